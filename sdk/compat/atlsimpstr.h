// atlsimpstr.h -- ATL's CSimpleStringT, the base of CStringT (CString, CStringA, CStringW).
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible.
//
// Ownership, as documented and as iis-tidy's checks read it: a CSimpleStringT owns a heap buffer
// (ATL's default string manager allocates from the process heap; so do these bodies, with
// HeapAlloc/HeapReAlloc/HeapFree) that grows as the string grows and is freed by the destructor.
// The checks know ATL::CSimpleStringT and ATL::CStringT by name as owning heap strings; the
// growth members they look for (Append, AppendChar, SetString, operator+=, Format, ...) keep
// their documented names. Reference counting and string managers are not modelled: every
// object owns its own buffer, and IAtlStringMgr is only declared.

#ifndef IISTIDY_COMPAT_ATLSIMPSTR_H
#define IISTIDY_COMPAT_ATLSIMPSTR_H
#pragma GCC system_header

#include <atldef.h>

namespace ATL {

// ATL's string-manager interface; only passed by pointer here.
struct IAtlStringMgr;

// The character types of a string and of its "other" width.
template <typename BaseType = char>
class ChTraitsBase {
public:
    typedef char XCHAR;
    typedef LPSTR PXSTR;
    typedef LPCSTR PCXSTR;
    typedef wchar_t YCHAR;
    typedef LPWSTR PYSTR;
    typedef LPCWSTR PCYSTR;
};

template <>
class ChTraitsBase<wchar_t> {
public:
    typedef wchar_t XCHAR;
    typedef LPWSTR PXSTR;
    typedef LPCWSTR PCXSTR;
    typedef char YCHAR;
    typedef LPSTR PYSTR;
    typedef LPCSTR PCYSTR;
};

template <typename BaseType, bool t_bMFCDLL = false>
class CSimpleStringT {
public:
    typedef typename ChTraitsBase<BaseType>::XCHAR XCHAR;
    typedef typename ChTraitsBase<BaseType>::PXSTR PXSTR;
    typedef typename ChTraitsBase<BaseType>::PCXSTR PCXSTR;
    typedef typename ChTraitsBase<BaseType>::YCHAR YCHAR;
    typedef typename ChTraitsBase<BaseType>::PYSTR PYSTR;
    typedef typename ChTraitsBase<BaseType>::PCYSTR PCYSTR;

    CSimpleStringT() noexcept : m_pszData(NULL), m_nDataLength(0), m_nAllocLength(0) {}
    explicit CSimpleStringT(IAtlStringMgr* pStringMgr) noexcept
        : m_pszData(NULL), m_nDataLength(0), m_nAllocLength(0)
    {
        (void)pStringMgr;
    }
    CSimpleStringT(const CSimpleStringT& strSrc)
        : m_pszData(NULL), m_nDataLength(0), m_nAllocLength(0)
    {
        SetString(strSrc.GetString(), strSrc.GetLength());
    }
    CSimpleStringT(CSimpleStringT&& strSrc) noexcept
        : m_pszData(strSrc.m_pszData), m_nDataLength(strSrc.m_nDataLength),
          m_nAllocLength(strSrc.m_nAllocLength)
    {
        strSrc.m_pszData = NULL;
        strSrc.m_nDataLength = 0;
        strSrc.m_nAllocLength = 0;
    }
    CSimpleStringT(PCXSTR pszSrc, IAtlStringMgr* pStringMgr = NULL)
        : m_pszData(NULL), m_nDataLength(0), m_nAllocLength(0)
    {
        (void)pStringMgr;
        SetString(pszSrc);
    }
    CSimpleStringT(const XCHAR* pchSrc, int nLength, IAtlStringMgr* pStringMgr = NULL)
        : m_pszData(NULL), m_nDataLength(0), m_nAllocLength(0)
    {
        (void)pStringMgr;
        SetString(pchSrc, nLength);
    }
    ~CSimpleStringT() noexcept { FreeData(); }

    CSimpleStringT& operator=(const CSimpleStringT& strSrc)
    {
        if (this != &strSrc)
            SetString(strSrc.GetString(), strSrc.GetLength());
        return *this;
    }
    CSimpleStringT& operator=(CSimpleStringT&& strSrc) noexcept
    {
        if (this != &strSrc) {
            FreeData();
            m_pszData = strSrc.m_pszData;
            m_nDataLength = strSrc.m_nDataLength;
            m_nAllocLength = strSrc.m_nAllocLength;
            strSrc.m_pszData = NULL;
            strSrc.m_nDataLength = 0;
            strSrc.m_nAllocLength = 0;
        }
        return *this;
    }
    CSimpleStringT& operator=(PCXSTR pszSrc)
    {
        SetString(pszSrc);
        return *this;
    }
    CSimpleStringT& operator+=(const CSimpleStringT& strSrc)
    {
        Append(strSrc);
        return *this;
    }
    CSimpleStringT& operator+=(PCXSTR pszSrc)
    {
        Append(pszSrc);
        return *this;
    }
    CSimpleStringT& operator+=(XCHAR ch)
    {
        AppendChar(ch);
        return *this;
    }

    XCHAR operator[](int iChar) const { return GetAt(iChar); }
    operator PCXSTR() const noexcept { return GetString(); }

    void Append(PCXSTR pszSrc) { Append(pszSrc, StringLength(pszSrc)); }
    void Append(PCXSTR pszSrc, int nLength)
    {
        if (pszSrc == NULL || nLength <= 0)
            return;
        nLength = StringLengthN(pszSrc, nLength);
        // The source may be a piece of this string, which Reserve may move.
        bool bInside = m_pszData != NULL && pszSrc >= m_pszData &&
                       pszSrc <= m_pszData + m_nDataLength;
        ptrdiff_t nOffset = bInside ? pszSrc - m_pszData : 0;
        int nOldLength = m_nDataLength;
        Reserve(nOldLength + nLength);
        if (bInside)
            pszSrc = m_pszData + nOffset;
        CopyCharsOverlapped(m_pszData + nOldLength, pszSrc, nLength);
        SetLength(nOldLength + nLength);
    }
    void Append(const CSimpleStringT& strSrc) { Append(strSrc.GetString(), strSrc.GetLength()); }
    void AppendChar(XCHAR ch)
    {
        int nOldLength = m_nDataLength;
        Reserve(nOldLength + 1);
        m_pszData[nOldLength] = ch;
        SetLength(nOldLength + 1);
    }

    static void CopyChars(XCHAR* pchDest, const XCHAR* pchSrc, int nChars) noexcept
    {
        if (nChars > 0)
            ::memcpy(pchDest, pchSrc, static_cast<size_t>(nChars) * sizeof(XCHAR));
    }
    static void CopyChars(XCHAR* pchDest, size_t nDestLen, const XCHAR* pchSrc,
                          int nChars) noexcept
    {
        if (nChars > 0 && static_cast<size_t>(nChars) <= nDestLen)
            CopyChars(pchDest, pchSrc, nChars);
    }
    static void CopyCharsOverlapped(XCHAR* pchDest, const XCHAR* pchSrc, int nChars) noexcept
    {
        if (nChars > 0)
            ::memmove(pchDest, pchSrc, static_cast<size_t>(nChars) * sizeof(XCHAR));
    }

    void Empty() noexcept { SetLengthOrEmpty(0); }
    void FreeExtra() {}
    int GetAllocLength() const noexcept { return m_nAllocLength; }
    XCHAR GetAt(int iChar) const
    {
        if (iChar < 0 || iChar > m_nDataLength)
            AtlThrow(E_INVALIDARG);
        return GetString()[iChar];
    }
    // The writable buffer, at least nMinBufferLength characters plus the terminator. Call
    // ReleaseBuffer after writing to it.
    PXSTR GetBuffer()
    {
        Reserve(m_nDataLength);
        return m_pszData;
    }
    PXSTR GetBuffer(int nMinBufferLength)
    {
        Reserve(nMinBufferLength > m_nDataLength ? nMinBufferLength : m_nDataLength);
        return m_pszData;
    }
    PXSTR GetBufferSetLength(int nLength)
    {
        Reserve(nLength);
        SetLength(nLength);
        return m_pszData;
    }
    int GetLength() const noexcept { return m_nDataLength; }
    IAtlStringMgr* GetManager() const noexcept { return NULL; }
    PCXSTR GetString() const noexcept { return m_pszData != NULL ? m_pszData : NilString(); }
    bool IsEmpty() const noexcept { return m_nDataLength == 0; }
    PXSTR LockBuffer() { return GetBuffer(); }
    void UnlockBuffer() noexcept {}
    void Preallocate(int nLength) { Reserve(nLength); }
    // Ends a GetBuffer: the new length, or the length up to the terminator when -1.
    void ReleaseBuffer(int nNewLength = -1)
    {
        if (m_pszData == NULL)
            return;
        if (nNewLength == -1)
            nNewLength = StringLength(m_pszData);
        SetLength(nNewLength);
    }
    void ReleaseBufferSetLength(int nNewLength) { SetLength(nNewLength); }
    void SetAt(int iChar, XCHAR ch)
    {
        if (iChar < 0 || iChar >= m_nDataLength)
            AtlThrow(E_INVALIDARG);
        m_pszData[iChar] = ch;
    }
    void SetManager(IAtlStringMgr* pStringMgr) noexcept { (void)pStringMgr; }
    void SetString(PCXSTR pszSrc) { SetString(pszSrc, StringLength(pszSrc)); }
    void SetString(PCXSTR pszSrc, int nLength)
    {
        if (nLength <= 0 || pszSrc == NULL) {
            Empty();
            return;
        }
        if (pszSrc >= m_pszData && m_pszData != NULL && pszSrc < m_pszData + m_nAllocLength) {
            // A piece of this string itself.
            CSimpleStringT strCopy(pszSrc, nLength);
            SetString(strCopy.GetString(), strCopy.GetLength());
            return;
        }
        Reserve(nLength);
        CopyChars(m_pszData, pszSrc, nLength);
        SetLength(nLength);
    }
    void Truncate(int nNewLength)
    {
        if (nNewLength < m_nDataLength)
            SetLengthOrEmpty(nNewLength);
    }

    static int StringLength(const char* psz) noexcept
    {
        return psz == NULL ? 0 : static_cast<int>(::strlen(psz));
    }
    static int StringLength(const wchar_t* psz) noexcept
    {
        return psz == NULL ? 0 : static_cast<int>(::wcslen(psz));
    }

    // The length of pch up to its terminator, at most nMax.
    static int StringLengthN(const XCHAR* pch, int nMax) noexcept
    {
        int n = 0;
        if (pch != NULL) {
            while (n < nMax && pch[n] != 0)
                ++n;
        }
        return n;
    }

    friend CSimpleStringT operator+(const CSimpleStringT& str1, const CSimpleStringT& str2)
    {
        CSimpleStringT s(str1);
        s.Append(str2);
        return s;
    }
    friend CSimpleStringT operator+(const CSimpleStringT& str1, PCXSTR psz2)
    {
        CSimpleStringT s(str1);
        s.Append(psz2);
        return s;
    }
    friend CSimpleStringT operator+(PCXSTR psz1, const CSimpleStringT& str2)
    {
        CSimpleStringT s(psz1);
        s.Append(str2);
        return s;
    }

protected:
    // Makes room for nLength characters and the terminator (heap growth).
    void Reserve(int nLength)
    {
        if (nLength < 0)
            AtlThrow(E_INVALIDARG);
        if (m_pszData != NULL && nLength <= m_nAllocLength)
            return;
        int nNewAlloc = m_nAllocLength < 8 ? 8 : m_nAllocLength;
        while (nNewAlloc < nLength)
            nNewAlloc *= 2;
        size_t cbNew = (static_cast<size_t>(nNewAlloc) + 1) * sizeof(XCHAR);
        void* pNew = m_pszData == NULL ? ::HeapAlloc(::GetProcessHeap(), 0, cbNew)
                                       : ::HeapReAlloc(::GetProcessHeap(), 0, m_pszData, cbNew);
        if (pNew == NULL)
            AtlThrow(E_OUTOFMEMORY);
        if (m_pszData == NULL)
            static_cast<PXSTR>(pNew)[0] = 0;
        m_pszData = static_cast<PXSTR>(pNew);
        m_nAllocLength = nNewAlloc;
    }
    void SetLength(int nLength)
    {
        if (nLength < 0 || (nLength > 0 && nLength > m_nAllocLength))
            AtlThrow(E_INVALIDARG);
        m_nDataLength = nLength;
        if (m_pszData != NULL)
            m_pszData[nLength] = 0;
    }
    void SetLengthOrEmpty(int nLength) noexcept
    {
        m_nDataLength = nLength;
        if (m_pszData != NULL)
            m_pszData[nLength] = 0;
    }
    void FreeData() noexcept
    {
        if (m_pszData != NULL)
            ::HeapFree(::GetProcessHeap(), 0, m_pszData);
        m_pszData = NULL;
        m_nDataLength = 0;
        m_nAllocLength = 0;
    }
    static PCXSTR NilString() noexcept
    {
        static const XCHAR s_chNil = 0;
        return &s_chNil;
    }

private:
    PXSTR m_pszData;
    int m_nDataLength;
    int m_nAllocLength;
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLSIMPSTR_H
