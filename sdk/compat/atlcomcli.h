// atlcomcli.h -- ATL's COM client classes: CComPtr, CComQIPtr, CComBSTR, CComVariant.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible.
//
// Ownership, as documented and as iis-tidy's checks read it: CComBSTR owns a BSTR allocated with
// SysAllocString* and frees it with SysFreeString (the checks know ATL::CComBSTR by name as an
// owning heap string); CComVariant owns its VARIANT (VariantClear); CComPtr owns one reference.

#ifndef IISTIDY_COMPAT_ATLCOMCLI_H
#define IISTIDY_COMPAT_ATLCOMCLI_H
#pragma GCC system_header

#include <atldef.h>
#include <atlconv.h>
#include <unknwn.h>
#include <objbase.h>

namespace ATL {

// Assignment helpers: take a reference on the new pointer, release the old one.
inline IUnknown* WINAPI AtlComPtrAssign(IUnknown** pp, IUnknown* lp) noexcept
{
    if (pp == NULL)
        return NULL;
    if (lp != NULL)
        lp->AddRef();
    if (*pp)
        (*pp)->Release();
    *pp = lp;
    return lp;
}

inline IUnknown* WINAPI AtlComQIPtrAssign(IUnknown** pp, IUnknown* lp, REFIID riid) noexcept
{
    if (pp == NULL)
        return NULL;
    IUnknown* pTemp = *pp;
    *pp = NULL;
    if (lp != NULL)
        lp->QueryInterface(riid, reinterpret_cast<void**>(pp));
    if (pTemp)
        pTemp->Release();
    return *pp;
}

// The reference-holding base of CComPtr and CComQIPtr.
template <class T>
class CComPtrBase {
protected:
    CComPtrBase() noexcept : p(NULL) {}
    CComPtrBase(T* lp) noexcept : p(lp)
    {
        if (p != NULL)
            p->AddRef();
    }
    void Swap(CComPtrBase& other) noexcept
    {
        T* pTemp = p;
        p = other.p;
        other.p = pTemp;
    }

public:
    typedef T _PtrClass;

    ~CComPtrBase() noexcept
    {
        if (p)
            p->Release();
    }

    operator T*() const noexcept { return p; }
    T& operator*() const { return *p; }
    // Only on an empty CComPtr: the callee stores a new reference through it.
    T** operator&() noexcept { return &p; }
    T* operator->() const noexcept { return p; }
    bool operator!() const noexcept { return p == NULL; }
    bool operator<(T* pT) const noexcept { return p < pT; }
    bool operator!=(T* pT) const noexcept { return !operator==(pT); }
    bool operator==(T* pT) const noexcept { return p == pT; }

    // Gives up this reference.
    void Release() noexcept
    {
        T* pTemp = p;
        if (pTemp) {
            p = NULL;
            pTemp->Release();
        }
    }
    bool IsEqualObject(IUnknown* pOther) noexcept
    {
        if (p == NULL && pOther == NULL)
            return true;
        if (p == NULL || pOther == NULL)
            return false;
        IUnknown* punk1 = NULL;
        IUnknown* punk2 = NULL;
        p->QueryInterface(IID_IUnknown, reinterpret_cast<void**>(&punk1));
        pOther->QueryInterface(IID_IUnknown, reinterpret_cast<void**>(&punk2));
        bool bEqual = punk1 == punk2;
        if (punk1)
            punk1->Release();
        if (punk2)
            punk2->Release();
        return bEqual;
    }
    // Takes over a reference the caller owns.
    void Attach(T* p2) noexcept
    {
        if (p)
            p->Release();
        p = p2;
    }
    // Hands this reference to the caller.
    T* Detach() noexcept
    {
        T* pt = p;
        p = NULL;
        return pt;
    }
    HRESULT CopyTo(T** ppT) noexcept
    {
        if (ppT == NULL)
            return E_POINTER;
        *ppT = p;
        if (p)
            p->AddRef();
        return S_OK;
    }
    HRESULT SetSite(IUnknown* punkParent) noexcept
    {
        (void)punkParent;
        return E_NOTIMPL;
    }
    HRESULT Advise(IUnknown* pUnk, const IID& iid, LPDWORD pdw) noexcept
    {
        (void)pUnk;
        (void)iid;
        (void)pdw;
        return E_NOTIMPL;
    }
    HRESULT CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter = NULL,
                             DWORD dwClsContext = CLSCTX_ALL) noexcept
    {
        return ::CoCreateInstance(rclsid, pUnkOuter, dwClsContext, __uuidof(T),
                                  reinterpret_cast<void**>(&p));
    }
    HRESULT CoCreateInstance(LPCOLESTR szProgID, LPUNKNOWN pUnkOuter = NULL,
                             DWORD dwClsContext = CLSCTX_ALL) noexcept
    {
        CLSID clsid;
        HRESULT hr = ::CLSIDFromProgID(szProgID, &clsid);
        if (SUCCEEDED(hr))
            hr = ::CoCreateInstance(clsid, pUnkOuter, dwClsContext, __uuidof(T),
                                    reinterpret_cast<void**>(&p));
        return hr;
    }
    template <class Q>
    HRESULT QueryInterface(Q** pp) const noexcept
    {
        return p->QueryInterface(__uuidof(Q), reinterpret_cast<void**>(pp));
    }

    T* p;
};

// An owning COM interface pointer (one reference, released by the destructor).
template <class T>
class CComPtr : public CComPtrBase<T> {
public:
    CComPtr() noexcept {}
    CComPtr(T* lp) noexcept : CComPtrBase<T>(lp) {}
    CComPtr(const CComPtr<T>& lp) noexcept : CComPtrBase<T>(lp.p) {}
    CComPtr(CComPtr<T>&& lp) noexcept { this->Swap(lp); }
    template <class TSrc>
    CComPtr(const CComPtr<TSrc>& lp) noexcept : CComPtrBase<T>(lp.p)
    {
    }

    T* operator=(T* lp) noexcept
    {
        if (this->p != lp)
            return static_cast<T*>(
                AtlComPtrAssign(reinterpret_cast<IUnknown**>(&this->p), lp));
        return *this;
    }
    T* operator=(const CComPtr<T>& lp) noexcept
    {
        if (this->p != lp.p)
            return static_cast<T*>(
                AtlComPtrAssign(reinterpret_cast<IUnknown**>(&this->p), lp.p));
        return *this;
    }
    CComPtr<T>& operator=(CComPtr<T>&& lp) noexcept
    {
        if (this->p != lp.p) {
            CComPtr<T> tmp(static_cast<CComPtr<T>&&>(lp));
            this->Swap(tmp);
        }
        return *this;
    }
    // Assignment from another interface type queries for T.
    template <typename Q>
    T* operator=(const CComPtr<Q>& lp) noexcept
    {
        return static_cast<T*>(
            AtlComQIPtrAssign(reinterpret_cast<IUnknown**>(&this->p), lp, __uuidof(T)));
    }
};

// CComPtr that queries for T when given another interface. The IID defaults to __uuidof(T).
template <class T, const IID* piid = nullptr>
class CComQIPtr : public CComPtr<T> {
    static REFIID Iid() noexcept { return piid != nullptr ? *piid : __uuidof(T); }

public:
    CComQIPtr() noexcept {}
    CComQIPtr(T* lp) noexcept : CComPtr<T>(lp) {}
    CComQIPtr(const CComQIPtr<T, piid>& lp) noexcept : CComPtr<T>(lp.p) {}
    CComQIPtr(CComQIPtr<T, piid>&& lp) noexcept : CComPtr<T>(static_cast<CComPtr<T>&&>(lp)) {}
    CComQIPtr(IUnknown* lp) noexcept
    {
        if (lp != NULL)
            lp->QueryInterface(Iid(), reinterpret_cast<void**>(&this->p));
    }

    T* operator=(T* lp) noexcept
    {
        if (this->p != lp)
            return static_cast<T*>(
                AtlComPtrAssign(reinterpret_cast<IUnknown**>(&this->p), lp));
        return *this;
    }
    T* operator=(const CComQIPtr<T, piid>& lp) noexcept
    {
        if (this->p != lp.p)
            return static_cast<T*>(
                AtlComPtrAssign(reinterpret_cast<IUnknown**>(&this->p), lp.p));
        return *this;
    }
    T* operator=(IUnknown* lp) noexcept
    {
        if (static_cast<IUnknown*>(this->p) != lp)
            return static_cast<T*>(
                AtlComQIPtrAssign(reinterpret_cast<IUnknown**>(&this->p), lp, Iid()));
        return *this;
    }
};

// For IUnknown itself there is nothing to query: T* and IUnknown* are the same overload.
template <const IID* piid>
class CComQIPtr<IUnknown, piid> : public CComPtr<IUnknown> {
public:
    CComQIPtr() noexcept {}
    CComQIPtr(IUnknown* lp) noexcept : CComPtr<IUnknown>(lp) {}
    CComQIPtr(const CComQIPtr<IUnknown, piid>& lp) noexcept : CComPtr<IUnknown>(lp.p) {}

    IUnknown* operator=(IUnknown* lp) noexcept
    {
        if (this->p != lp)
            return AtlComPtrAssign(&this->p, lp);
        return *this;
    }
    IUnknown* operator=(const CComQIPtr<IUnknown, piid>& lp) noexcept
    {
        if (this->p != lp.p)
            return AtlComPtrAssign(&this->p, lp.p);
        return *this;
    }
};

typedef CComQIPtr<IDispatch> CComDispatchDriver;

// An owning BSTR: allocated with SysAllocString* by the constructors and by Copy, Append and
// the assignments; freed with SysFreeString by the destructor, Empty and reassignment.
class CComBSTR {
public:
    BSTR m_str;

    CComBSTR() noexcept : m_str(NULL) {}
    CComBSTR(decltype(nullptr)) noexcept : m_str(NULL) {}
    explicit CComBSTR(int nSize)
    {
        if (nSize < 0)
            AtlThrow(E_INVALIDARG);
        m_str = nSize == 0 ? NULL : ::SysAllocStringLen(NULL, static_cast<UINT>(nSize));
        if (nSize != 0 && m_str == NULL)
            AtlThrow(E_OUTOFMEMORY);
    }
    CComBSTR(int nSize, LPCOLESTR sz)
    {
        if (nSize < 0)
            AtlThrow(E_INVALIDARG);
        m_str = nSize == 0 && sz == NULL ? NULL
                                         : ::SysAllocStringLen(sz, static_cast<UINT>(nSize));
        if (m_str == NULL && (nSize != 0 || sz != NULL))
            AtlThrow(E_OUTOFMEMORY);
    }
    CComBSTR(LPCOLESTR pSrc)
    {
        if (pSrc == NULL) {
            m_str = NULL;
        } else {
            m_str = ::SysAllocString(pSrc);
            if (m_str == NULL)
                AtlThrow(E_OUTOFMEMORY);
        }
    }
    CComBSTR(LPCSTR pSrc)
    {
        if (pSrc == NULL) {
            m_str = NULL;
        } else {
            m_str = A2WBSTR(pSrc);
            if (m_str == NULL)
                AtlThrow(E_OUTOFMEMORY);
        }
    }
    CComBSTR(int nSize, LPCSTR sz)
    {
        if (nSize < 0)
            AtlThrow(E_INVALIDARG);
        m_str = nSize == 0 && sz == NULL ? NULL : A2WBSTR(sz, nSize);
    }
    CComBSTR(const CComBSTR& src)
    {
        m_str = src.Copy();
        if (src.m_str != NULL && m_str == NULL)
            AtlThrow(E_OUTOFMEMORY);
    }
    CComBSTR(CComBSTR&& src) noexcept : m_str(src.m_str) { src.m_str = NULL; }
    CComBSTR(REFGUID guid)
    {
        OLECHAR szGUID[64];
        ::StringFromGUID2(guid, szGUID, 64);
        m_str = ::SysAllocString(szGUID);
        if (m_str == NULL)
            AtlThrow(E_OUTOFMEMORY);
    }
    ~CComBSTR() noexcept { ::SysFreeString(m_str); }

    CComBSTR& operator=(const CComBSTR& src)
    {
        if (m_str != src.m_str) {
            ::SysFreeString(m_str);
            m_str = src.Copy();
            if (src.m_str != NULL && m_str == NULL)
                AtlThrow(E_OUTOFMEMORY);
        }
        return *this;
    }
    CComBSTR& operator=(CComBSTR&& src) noexcept
    {
        if (m_str != src.m_str) {
            ::SysFreeString(m_str);
            m_str = src.m_str;
            src.m_str = NULL;
        }
        return *this;
    }
    CComBSTR& operator=(LPCOLESTR pSrc)
    {
        if (pSrc != m_str) {
            ::SysFreeString(m_str);
            m_str = pSrc == NULL ? NULL : ::SysAllocString(pSrc);
            if (pSrc != NULL && m_str == NULL)
                AtlThrow(E_OUTOFMEMORY);
        }
        return *this;
    }
    CComBSTR& operator=(LPCSTR pSrc)
    {
        ::SysFreeString(m_str);
        m_str = pSrc == NULL ? NULL : A2WBSTR(pSrc);
        if (pSrc != NULL && m_str == NULL)
            AtlThrow(E_OUTOFMEMORY);
        return *this;
    }

    unsigned int Length() const noexcept { return ::SysStringLen(m_str); }
    unsigned int ByteLength() const noexcept { return ::SysStringByteLen(m_str); }
    operator BSTR() const noexcept { return m_str; }
    // Only on an empty CComBSTR: the callee stores a new BSTR through it.
    BSTR* operator&() noexcept { return &m_str; }
    bool operator!() const noexcept { return m_str == NULL; }

    // A new BSTR with the same contents; the caller owns it.
    BSTR Copy() const noexcept
    {
        if (m_str == NULL)
            return NULL;
        return ::SysAllocStringByteLen(reinterpret_cast<const char*>(m_str),
                                       ::SysStringByteLen(m_str));
    }
    HRESULT CopyTo(BSTR* pbstr) const noexcept
    {
        if (pbstr == NULL)
            return E_POINTER;
        *pbstr = Copy();
        if (*pbstr == NULL && m_str != NULL)
            return E_OUTOFMEMORY;
        return S_OK;
    }
    HRESULT CopyTo(VARIANT* pvarDest) const noexcept
    {
        if (pvarDest == NULL)
            return E_POINTER;
        pvarDest->vt = VT_BSTR;
        pvarDest->bstrVal = Copy();
        if (pvarDest->bstrVal == NULL && m_str != NULL)
            return E_OUTOFMEMORY;
        return S_OK;
    }
    // Takes over a BSTR the caller owns.
    void Attach(BSTR src) noexcept
    {
        if (m_str != src) {
            ::SysFreeString(m_str);
            m_str = src;
        }
    }
    // Hands the BSTR to the caller, who frees it.
    BSTR Detach() noexcept
    {
        BSTR s = m_str;
        m_str = NULL;
        return s;
    }
    void Empty() noexcept
    {
        ::SysFreeString(m_str);
        m_str = NULL;
    }

    HRESULT Append(LPCOLESTR lpsz, int nLen) noexcept
    {
        if (lpsz == NULL || (m_str != NULL && nLen == 0))
            return S_OK;
        if (nLen < 0)
            return E_INVALIDARG;
        UINT n1 = Length();
        BSTR b = ::SysAllocStringLen(NULL, n1 + static_cast<UINT>(nLen));
        if (b == NULL)
            return E_OUTOFMEMORY;
        if (n1 != 0)
            ::memcpy(b, m_str, n1 * sizeof(OLECHAR));
        ::memcpy(b + n1, lpsz, static_cast<size_t>(nLen) * sizeof(OLECHAR));
        b[n1 + static_cast<UINT>(nLen)] = 0;
        ::SysFreeString(m_str);
        m_str = b;
        return S_OK;
    }
    HRESULT Append(const CComBSTR& bstrSrc) noexcept
    {
        return AppendBSTR(bstrSrc.m_str);
    }
    HRESULT Append(LPCOLESTR lpsz) noexcept
    {
        return lpsz == NULL ? S_OK : Append(lpsz, static_cast<int>(::wcslen(lpsz)));
    }
    HRESULT Append(LPCSTR lpsz) noexcept
    {
        if (lpsz == NULL)
            return S_OK;
        CComBSTR bstrTemp(lpsz);
        return Append(bstrTemp);
    }
    HRESULT Append(wchar_t ch) noexcept
    {
        OLECHAR chO = ch;
        return Append(&chO, 1);
    }
    HRESULT Append(char ch) noexcept
    {
        OLECHAR chO = static_cast<OLECHAR>(static_cast<unsigned char>(ch));
        return Append(&chO, 1);
    }
    HRESULT AppendBSTR(BSTR p) noexcept
    {
        return p == NULL ? S_OK : Append(p, static_cast<int>(::SysStringLen(p)));
    }
    HRESULT AppendBytes(const char* lpsz, int nLen) noexcept
    {
        if (lpsz == NULL || nLen == 0)
            return S_OK;
        UINT n1 = ByteLength();
        BSTR b = ::SysAllocStringByteLen(NULL, n1 + static_cast<UINT>(nLen));
        if (b == NULL)
            return E_OUTOFMEMORY;
        if (n1 != 0)
            ::memcpy(b, m_str, n1);
        ::memcpy(reinterpret_cast<char*>(b) + n1, lpsz, static_cast<size_t>(nLen));
        ::SysFreeString(m_str);
        m_str = b;
        return S_OK;
    }
    HRESULT AssignBSTR(const BSTR bstrSrc) noexcept
    {
        if (m_str == bstrSrc)
            return S_OK;
        ::SysFreeString(m_str);
        m_str = NULL;
        if (bstrSrc != NULL) {
            m_str = ::SysAllocStringByteLen(reinterpret_cast<const char*>(bstrSrc),
                                            ::SysStringByteLen(bstrSrc));
            if (m_str == NULL)
                return E_OUTOFMEMORY;
        }
        return S_OK;
    }
    HRESULT ToLower() noexcept
    {
        for (UINT i = 0, n = Length(); i < n; ++i)
            m_str[i] = static_cast<OLECHAR>(::towlower(m_str[i]));
        return S_OK;
    }
    HRESULT ToUpper() noexcept
    {
        for (UINT i = 0, n = Length(); i < n; ++i)
            m_str[i] = static_cast<OLECHAR>(::towupper(m_str[i]));
        return S_OK;
    }
    bool LoadString(HINSTANCE hInst, UINT nID) noexcept
    {
        ::SysFreeString(m_str);
        m_str = NULL;
        LPCWSTR pImage = NULL;
        int nLength = ::LoadStringW(hInst, nID, reinterpret_cast<LPWSTR>(&pImage), 0);
        if (nLength <= 0 || pImage == NULL)
            return false;
        m_str = ::SysAllocStringLen(pImage, static_cast<UINT>(nLength));
        return m_str != NULL;
    }
    bool LoadString(UINT nID) noexcept { return LoadString(::GetModuleHandleW(NULL), nID); }

    CComBSTR& operator+=(const CComBSTR& bstrSrc)
    {
        HRESULT hr = AppendBSTR(bstrSrc.m_str);
        if (FAILED(hr))
            AtlThrow(hr);
        return *this;
    }
    CComBSTR& operator+=(LPCOLESTR pszSrc)
    {
        HRESULT hr = Append(pszSrc);
        if (FAILED(hr))
            AtlThrow(hr);
        return *this;
    }

    bool operator<(const CComBSTR& bstrSrc) const noexcept
    {
        return ::VarBstrCmp(m_str, bstrSrc.m_str, LOCALE_USER_DEFAULT, 0) ==
               static_cast<HRESULT>(VARCMP_LT);
    }
    bool operator>(const CComBSTR& bstrSrc) const noexcept
    {
        return ::VarBstrCmp(m_str, bstrSrc.m_str, LOCALE_USER_DEFAULT, 0) ==
               static_cast<HRESULT>(VARCMP_GT);
    }
    bool operator==(const CComBSTR& bstrSrc) const noexcept
    {
        return ::VarBstrCmp(m_str, bstrSrc.m_str, LOCALE_USER_DEFAULT, 0) ==
               static_cast<HRESULT>(VARCMP_EQ);
    }
    bool operator!=(const CComBSTR& bstrSrc) const noexcept { return !operator==(bstrSrc); }
    bool operator==(LPCOLESTR pszSrc) const noexcept
    {
        if (m_str == NULL || pszSrc == NULL)
            return m_str == pszSrc || (pszSrc == NULL ? Length() == 0 : *pszSrc == 0);
        return ::wcscmp(m_str, pszSrc) == 0;
    }
    bool operator!=(LPCOLESTR pszSrc) const noexcept { return !operator==(pszSrc); }
    bool operator==(LPOLESTR pszSrc) const noexcept { return operator==(LPCOLESTR(pszSrc)); }
    bool operator!=(LPOLESTR pszSrc) const noexcept { return !operator==(pszSrc); }
    // Comparisons with NULL (whatever integer type the null macro has).
    bool operator==(int nNull) const noexcept { return (void)nNull, m_str == NULL; }
    bool operator!=(int nNull) const noexcept { return (void)nNull, m_str != NULL; }
    bool operator==(long nNull) const noexcept { return (void)nNull, m_str == NULL; }
    bool operator!=(long nNull) const noexcept { return (void)nNull, m_str != NULL; }
    bool operator==(long long nNull) const noexcept { return (void)nNull, m_str == NULL; }
    bool operator!=(long long nNull) const noexcept { return (void)nNull, m_str != NULL; }
    bool operator==(decltype(nullptr)) const noexcept { return m_str == NULL; }
    bool operator!=(decltype(nullptr)) const noexcept { return m_str != NULL; }

    // A one-dimensional SAFEARRAY of bytes with the string's bytes (the caller destroys it).
    HRESULT BSTRToArray(LPSAFEARRAY* ppArray) noexcept
    {
        if (ppArray == NULL)
            return E_POINTER;
        SAFEARRAYBOUND bound;
        bound.lLbound = 0;
        bound.cElements = ByteLength();
        *ppArray = ::SafeArrayCreate(VT_UI1, 1, &bound);
        if (*ppArray == NULL)
            return E_OUTOFMEMORY;
        if (bound.cElements != 0)
            ::memcpy((*ppArray)->pvData, m_str, bound.cElements);
        return S_OK;
    }
    HRESULT ArrayToBSTR(const SAFEARRAY* pSrc) noexcept
    {
        if (pSrc == NULL)
            return E_INVALIDARG;
        ::SysFreeString(m_str);
        m_str = ::SysAllocStringByteLen(static_cast<const char*>(pSrc->pvData),
                                        pSrc->rgsabound[0].cElements);
        return m_str == NULL ? E_OUTOFMEMORY : S_OK;
    }
    HRESULT WriteToStream(IStream* pStream) noexcept
    {
        if (pStream == NULL)
            return E_INVALIDARG;
        ULONG cb = ByteLength() + sizeof(OLECHAR);
        ULONG cbWritten = 0;
        HRESULT hr = pStream->Write(&cb, sizeof(cb), &cbWritten);
        if (SUCCEEDED(hr) && m_str != NULL)
            hr = pStream->Write(m_str, cb, &cbWritten);
        return hr;
    }
    HRESULT ReadFromStream(IStream* pStream) noexcept
    {
        if (pStream == NULL)
            return E_INVALIDARG;
        ULONG cb = 0;
        ULONG cbRead = 0;
        HRESULT hr = pStream->Read(&cb, sizeof(cb), &cbRead);
        if (FAILED(hr) || cb < sizeof(OLECHAR))
            return hr;
        Empty();
        m_str = ::SysAllocStringByteLen(NULL, cb - sizeof(OLECHAR));
        if (m_str == NULL)
            return E_OUTOFMEMORY;
        return pStream->Read(m_str, cb, &cbRead);
    }
};

// An owning VARIANT: cleared (VariantClear) by the destructor and before each assignment.
class CComVariant : public tagVARIANT {
public:
    CComVariant() noexcept { ::VariantInit(this); }
    ~CComVariant() noexcept { Clear(); }

    CComVariant(const VARIANT& varSrc)
    {
        vt = VT_EMPTY;
        InternalCopy(&varSrc);
    }
    CComVariant(const CComVariant& varSrc)
    {
        vt = VT_EMPTY;
        InternalCopy(&varSrc);
    }
    CComVariant(LPCOLESTR lpszSrc)
    {
        vt = VT_EMPTY;
        *this = lpszSrc;
    }
    CComVariant(LPCSTR lpszSrc)
    {
        vt = VT_EMPTY;
        *this = lpszSrc;
    }
    CComVariant(bool bSrc) noexcept
    {
        vt = VT_BOOL;
        boolVal = bSrc ? VARIANT_TRUE : VARIANT_FALSE;
    }
    CComVariant(int nSrc, VARTYPE vtSrc = VT_I4) noexcept
    {
        vt = vtSrc;
        intVal = nSrc;
    }
    CComVariant(BYTE nSrc) noexcept
    {
        vt = VT_UI1;
        bVal = nSrc;
    }
    CComVariant(short nSrc) noexcept
    {
        vt = VT_I2;
        iVal = nSrc;
    }
    CComVariant(long nSrc, VARTYPE vtSrc = VT_I4) noexcept
    {
        vt = vtSrc;
        lVal = nSrc;
    }
    CComVariant(float fltSrc) noexcept
    {
        vt = VT_R4;
        fltVal = fltSrc;
    }
    CComVariant(double dblSrc, VARTYPE vtSrc = VT_R8) noexcept
    {
        vt = vtSrc;
        dblVal = dblSrc;
    }
    CComVariant(LONGLONG nSrc) noexcept
    {
        vt = VT_I8;
        llVal = nSrc;
    }
    CComVariant(ULONGLONG nSrc) noexcept
    {
        vt = VT_UI8;
        ullVal = nSrc;
    }
    CComVariant(CY cySrc) noexcept
    {
        vt = VT_CY;
        cyVal.Hi = cySrc.Hi;
        cyVal.Lo = cySrc.Lo;
    }
    CComVariant(IDispatch* pSrc) noexcept
    {
        vt = VT_DISPATCH;
        pdispVal = pSrc;
        if (pdispVal != NULL)
            pdispVal->AddRef();
    }
    CComVariant(IUnknown* pSrc) noexcept
    {
        vt = VT_UNKNOWN;
        punkVal = pSrc;
        if (punkVal != NULL)
            punkVal->AddRef();
    }
    CComVariant(char cSrc) noexcept
    {
        vt = VT_I1;
        cVal = cSrc;
    }
    CComVariant(unsigned short nSrc) noexcept
    {
        vt = VT_UI2;
        uiVal = nSrc;
    }
    CComVariant(unsigned long nSrc) noexcept
    {
        vt = VT_UI4;
        ulVal = nSrc;
    }
    CComVariant(unsigned int nSrc, VARTYPE vtSrc = VT_UI4) noexcept
    {
        vt = vtSrc;
        uintVal = nSrc;
    }
    CComVariant(const CComBSTR& bstrSrc)
    {
        vt = VT_EMPTY;
        *this = static_cast<LPCOLESTR>(bstrSrc.m_str);
    }
    CComVariant(const SAFEARRAY* pSrc)
    {
        vt = VT_EMPTY;
        LPSAFEARRAY pCopy = NULL;
        if (pSrc != NULL && SUCCEEDED(::SafeArrayCopy(const_cast<LPSAFEARRAY>(pSrc), &pCopy))) {
            VARTYPE vtElement = VT_EMPTY;
            ::SafeArrayGetVartype(pCopy, &vtElement);
            vt = static_cast<VARTYPE>(VT_ARRAY | vtElement);
            parray = pCopy;
        }
    }

    CComVariant& operator=(const CComVariant& varSrc)
    {
        if (this != &varSrc)
            InternalCopy(&varSrc);
        return *this;
    }
    CComVariant& operator=(const VARIANT& varSrc)
    {
        if (static_cast<VARIANT*>(this) != &varSrc)
            InternalCopy(&varSrc);
        return *this;
    }
    CComVariant& operator=(const CComBSTR& bstrSrc)
    {
        return *this = static_cast<LPCOLESTR>(bstrSrc.m_str);
    }
    CComVariant& operator=(LPCOLESTR lpszSrc)
    {
        ClearThrow();
        vt = VT_BSTR;
        bstrVal = ::SysAllocString(lpszSrc);
        if (bstrVal == NULL && lpszSrc != NULL) {
            vt = VT_ERROR;
            scode = E_OUTOFMEMORY;
            AtlThrow(E_OUTOFMEMORY);
        }
        return *this;
    }
    CComVariant& operator=(LPCSTR lpszSrc)
    {
        ClearThrow();
        vt = VT_BSTR;
        bstrVal = A2WBSTR(lpszSrc);
        if (bstrVal == NULL && lpszSrc != NULL) {
            vt = VT_ERROR;
            scode = E_OUTOFMEMORY;
            AtlThrow(E_OUTOFMEMORY);
        }
        return *this;
    }
    CComVariant& operator=(bool bSrc)
    {
        ClearThrow();
        vt = VT_BOOL;
        boolVal = bSrc ? VARIANT_TRUE : VARIANT_FALSE;
        return *this;
    }
    CComVariant& operator=(int nSrc)
    {
        ClearThrow();
        vt = VT_I4;
        intVal = nSrc;
        return *this;
    }
    CComVariant& operator=(BYTE nSrc)
    {
        ClearThrow();
        vt = VT_UI1;
        bVal = nSrc;
        return *this;
    }
    CComVariant& operator=(short nSrc)
    {
        ClearThrow();
        vt = VT_I2;
        iVal = nSrc;
        return *this;
    }
    CComVariant& operator=(long nSrc)
    {
        ClearThrow();
        vt = VT_I4;
        lVal = nSrc;
        return *this;
    }
    CComVariant& operator=(float fltSrc)
    {
        ClearThrow();
        vt = VT_R4;
        fltVal = fltSrc;
        return *this;
    }
    CComVariant& operator=(double dblSrc)
    {
        ClearThrow();
        vt = VT_R8;
        dblVal = dblSrc;
        return *this;
    }
    CComVariant& operator=(LONGLONG nSrc)
    {
        ClearThrow();
        vt = VT_I8;
        llVal = nSrc;
        return *this;
    }
    CComVariant& operator=(ULONGLONG nSrc)
    {
        ClearThrow();
        vt = VT_UI8;
        ullVal = nSrc;
        return *this;
    }
    CComVariant& operator=(unsigned short nSrc)
    {
        ClearThrow();
        vt = VT_UI2;
        uiVal = nSrc;
        return *this;
    }
    CComVariant& operator=(unsigned long nSrc)
    {
        ClearThrow();
        vt = VT_UI4;
        ulVal = nSrc;
        return *this;
    }
    CComVariant& operator=(unsigned int nSrc)
    {
        ClearThrow();
        vt = VT_UI4;
        uintVal = nSrc;
        return *this;
    }
    CComVariant& operator=(IDispatch* pSrc)
    {
        ClearThrow();
        vt = VT_DISPATCH;
        pdispVal = pSrc;
        if (pdispVal != NULL)
            pdispVal->AddRef();
        return *this;
    }
    CComVariant& operator=(IUnknown* pSrc)
    {
        ClearThrow();
        vt = VT_UNKNOWN;
        punkVal = pSrc;
        if (punkVal != NULL)
            punkVal->AddRef();
        return *this;
    }

    bool operator==(const VARIANT& varSrc) const noexcept
    {
        if (this == &varSrc)
            return true;
        if (vt != varSrc.vt)
            return false;
        return ::VarCmp(const_cast<VARIANT*>(static_cast<const VARIANT*>(this)),
                        const_cast<VARIANT*>(&varSrc), LOCALE_USER_DEFAULT, 0) ==
               static_cast<HRESULT>(VARCMP_EQ);
    }
    bool operator!=(const VARIANT& varSrc) const noexcept { return !operator==(varSrc); }

    HRESULT Clear() noexcept { return ::VariantClear(this); }
    HRESULT ClearToZero() noexcept
    {
        HRESULT hr = ::VariantClear(this);
        ::memset(static_cast<VARIANT*>(this), 0, sizeof(VARIANT));
        return hr;
    }
    HRESULT Copy(const VARIANT* pSrc) noexcept
    {
        return ::VariantCopy(this, const_cast<VARIANT*>(pSrc));
    }
    // A BSTR copy of a VT_BSTR value; the caller frees it.
    HRESULT CopyTo(BSTR* pstrDest) const noexcept
    {
        if (pstrDest == NULL)
            return E_POINTER;
        if (vt != VT_BSTR)
            return DISP_E_TYPEMISMATCH;
        *pstrDest = ::SysAllocStringByteLen(reinterpret_cast<const char*>(bstrVal),
                                            ::SysStringByteLen(bstrVal));
        return *pstrDest == NULL && bstrVal != NULL ? E_OUTOFMEMORY : S_OK;
    }
    // Takes over the caller's VARIANT (which is left VT_EMPTY).
    HRESULT Attach(VARIANT* pSrc) noexcept
    {
        if (pSrc == NULL)
            return E_INVALIDARG;
        HRESULT hr = Clear();
        if (SUCCEEDED(hr)) {
            ::memcpy(static_cast<VARIANT*>(this), pSrc, sizeof(VARIANT));
            pSrc->vt = VT_EMPTY;
        }
        return hr;
    }
    // Hands the value to the caller's VARIANT (cleared first); this one is left VT_EMPTY.
    HRESULT Detach(VARIANT* pDest) noexcept
    {
        if (pDest == NULL)
            return E_POINTER;
        HRESULT hr = ::VariantClear(pDest);
        if (SUCCEEDED(hr)) {
            ::memcpy(pDest, static_cast<VARIANT*>(this), sizeof(VARIANT));
            vt = VT_EMPTY;
        }
        return hr;
    }
    HRESULT ChangeType(VARTYPE vtNew, const VARIANT* pSrc = NULL) noexcept
    {
        VARIANT* pVar = const_cast<VARIANT*>(pSrc);
        if (pVar == NULL)
            pVar = this;
        return ::VariantChangeType(this, pVar, 0, vtNew);
    }
    template <typename T>
    void SetByRef(T* pT) noexcept
    {
        Clear();
        vt = static_cast<VARTYPE>(vt | VT_BYREF);
        byref = pT;
    }

private:
    void ClearThrow()
    {
        HRESULT hr = Clear();
        if (FAILED(hr))
            AtlThrow(hr);
    }
    void InternalCopy(const VARIANT* pSrc)
    {
        HRESULT hr = Copy(pSrc);
        if (FAILED(hr)) {
            vt = VT_ERROR;
            scode = hr;
            AtlThrow(hr);
        }
    }
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLCOMCLI_H
