// atlsafe.h -- ATL's CComSafeArray (a minimal form) and CComSafeArrayBound.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible.
//
// CComSafeArray owns its SAFEARRAY (SafeArrayCreate / SafeArrayDestroy); one-dimensional arrays
// only, and the element types that map to a VARTYPE below.

#ifndef IISTIDY_COMPAT_ATLSAFE_H
#define IISTIDY_COMPAT_ATLSAFE_H
#pragma GCC system_header

#include <atldef.h>

namespace ATL {

// The VARTYPE of a SAFEARRAY element type.
template <typename T>
struct _ATL_AutomationType;
#define IISTIDY_ATL_AUTOMATION_TYPE(type, vartype)                                             \
    template <>                                                                                \
    struct _ATL_AutomationType<type> {                                                         \
        static const VARTYPE type_vt = vartype;                                                \
    };
IISTIDY_ATL_AUTOMATION_TYPE(CHAR, VT_I1)
IISTIDY_ATL_AUTOMATION_TYPE(BYTE, VT_UI1)
IISTIDY_ATL_AUTOMATION_TYPE(SHORT, VT_I2)
IISTIDY_ATL_AUTOMATION_TYPE(USHORT, VT_UI2)
IISTIDY_ATL_AUTOMATION_TYPE(INT, VT_I4)
IISTIDY_ATL_AUTOMATION_TYPE(UINT, VT_UI4)
IISTIDY_ATL_AUTOMATION_TYPE(LONG, VT_I4)
IISTIDY_ATL_AUTOMATION_TYPE(ULONG, VT_UI4)
IISTIDY_ATL_AUTOMATION_TYPE(LONGLONG, VT_I8)
IISTIDY_ATL_AUTOMATION_TYPE(ULONGLONG, VT_UI8)
IISTIDY_ATL_AUTOMATION_TYPE(FLOAT, VT_R4)
IISTIDY_ATL_AUTOMATION_TYPE(DOUBLE, VT_R8)
IISTIDY_ATL_AUTOMATION_TYPE(BSTR, VT_BSTR)
IISTIDY_ATL_AUTOMATION_TYPE(VARIANT, VT_VARIANT)
IISTIDY_ATL_AUTOMATION_TYPE(IUnknown*, VT_UNKNOWN)
IISTIDY_ATL_AUTOMATION_TYPE(IDispatch*, VT_DISPATCH)
#undef IISTIDY_ATL_AUTOMATION_TYPE

class CComSafeArrayBound : public SAFEARRAYBOUND {
public:
    CComSafeArrayBound(ULONG ulCount = 0, LONG lLowerBound = 0) noexcept
    {
        cElements = ulCount;
        lLbound = lLowerBound;
    }
    ULONG GetCount() const noexcept { return cElements; }
    LONG GetLowerBound() const noexcept { return lLbound; }
    LONG GetUpperBound() const noexcept { return lLbound + static_cast<LONG>(cElements) - 1; }
};

template <typename T, VARTYPE _vartype = _ATL_AutomationType<T>::type_vt>
class CComSafeArray {
public:
    LPSAFEARRAY m_psa;

    CComSafeArray() noexcept : m_psa(NULL) {}
    explicit CComSafeArray(ULONG ulCount, LONG lLBound = 0) : m_psa(NULL)
    {
        HRESULT hr = Create(ulCount, lLBound);
        if (FAILED(hr))
            AtlThrow(hr);
    }
    explicit CComSafeArray(const SAFEARRAY* psaSrc) : m_psa(NULL)
    {
        if (psaSrc != NULL) {
            HRESULT hr = ::SafeArrayCopy(const_cast<LPSAFEARRAY>(psaSrc), &m_psa);
            if (FAILED(hr))
                AtlThrow(hr);
        }
    }
    CComSafeArray(const CComSafeArray& saSrc) : CComSafeArray(saSrc.m_psa) {}
    ~CComSafeArray() noexcept { Destroy(); }

    CComSafeArray& operator=(const CComSafeArray& saSrc)
    {
        if (this != &saSrc) {
            Destroy();
            if (saSrc.m_psa != NULL) {
                HRESULT hr = ::SafeArrayCopy(saSrc.m_psa, &m_psa);
                if (FAILED(hr))
                    AtlThrow(hr);
            }
        }
        return *this;
    }

    HRESULT Create(ULONG ulCount = 0, LONG lLBound = 0) noexcept
    {
        Destroy();
        SAFEARRAYBOUND bound;
        bound.cElements = ulCount;
        bound.lLbound = lLBound;
        m_psa = ::SafeArrayCreate(_vartype, 1, &bound);
        return m_psa == NULL ? E_OUTOFMEMORY : S_OK;
    }
    HRESULT Destroy() noexcept
    {
        HRESULT hr = S_OK;
        if (m_psa != NULL) {
            hr = ::SafeArrayDestroy(m_psa);
            m_psa = NULL;
        }
        return hr;
    }
    // Takes over a SAFEARRAY the caller owns.
    HRESULT Attach(const SAFEARRAY* psaSrc) noexcept
    {
        Destroy();
        m_psa = const_cast<LPSAFEARRAY>(psaSrc);
        return S_OK;
    }
    // Hands the SAFEARRAY to the caller, who destroys it.
    LPSAFEARRAY Detach() noexcept
    {
        LPSAFEARRAY psa = m_psa;
        m_psa = NULL;
        return psa;
    }

    ULONG GetCount(UINT uDim = 0) const noexcept
    {
        return m_psa == NULL ? 0 : m_psa->rgsabound[uDim].cElements;
    }
    UINT GetDimensions() const noexcept { return m_psa == NULL ? 0 : ::SafeArrayGetDim(m_psa); }
    LONG GetLowerBound(UINT uDim = 0) const noexcept
    {
        return m_psa == NULL ? 0 : m_psa->rgsabound[uDim].lLbound;
    }
    LONG GetUpperBound(UINT uDim = 0) const noexcept
    {
        return GetLowerBound(uDim) + static_cast<LONG>(GetCount(uDim)) - 1;
    }
    VARTYPE GetType() const noexcept { return _vartype; }
    LPSAFEARRAY* GetSafeArrayPtr() noexcept { return &m_psa; }
    LPSAFEARRAY GetSafeArray() const noexcept { return m_psa; }
    operator LPSAFEARRAY() const noexcept { return m_psa; }
    bool IsSizable() const noexcept { return m_psa != NULL && !(m_psa->fFeatures & FADF_FIXEDSIZE); }

    T& GetAt(LONG lIndex) const
    {
        if (m_psa == NULL)
            AtlThrow(E_UNEXPECTED);
        return static_cast<T*>(m_psa->pvData)[lIndex - GetLowerBound()];
    }
    T& operator[](LONG lIndex) const { return GetAt(lIndex); }
    T& operator[](int nIndex) const { return GetAt(static_cast<LONG>(nIndex)); }
    HRESULT SetAt(LONG lIndex, const T& t, BOOL bCopy = TRUE)
    {
        (void)bCopy;
        GetAt(lIndex) = t;
        return S_OK;
    }
    HRESULT Add(const T& t, BOOL bCopy = TRUE)
    {
        LONG lUpper = GetUpperBound();
        HRESULT hr = Resize(GetCount() + 1, GetLowerBound());
        if (FAILED(hr))
            return hr;
        return SetAt(lUpper + 1, t, bCopy);
    }
    HRESULT Resize(ULONG ulCount, LONG lLBound = 0) noexcept
    {
        if (m_psa == NULL)
            return Create(ulCount, lLBound);
        SAFEARRAYBOUND bound;
        bound.cElements = ulCount;
        bound.lLbound = lLBound;
        return ::SafeArrayRedim(m_psa, &bound);
    }
    HRESULT CopyTo(LPSAFEARRAY* ppArray) noexcept
    {
        if (ppArray == NULL)
            return E_POINTER;
        return ::SafeArrayCopy(m_psa, ppArray);
    }
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLSAFE_H
