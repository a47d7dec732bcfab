// atlconv.h -- ATL's string conversion classes (CW2A, CA2W, CT2A, ...) and the older
// USES_CONVERSION macros (W2A, A2W, T2W, ...).
//
// Written for iis-tidy from the public ATL documentation (class and macro names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible.
//
// Memory, as documented: a conversion class converts into its fixed member buffer and falls
// back to the C runtime heap (malloc, freed by its destructor) for longer strings; the old
// macros convert onto the stack (_alloca), so their result lives until the function returns.
// The T forms follow TCHAR (wchar_t when UNICODE is defined).

#ifndef IISTIDY_COMPAT_ATLCONV_H
#define IISTIDY_COMPAT_ATLCONV_H
#pragma GCC system_header

#include <atldef.h>
#include <malloc.h>

namespace ATL {

inline UINT WINAPI _AtlGetConversionACP() noexcept
{
    return CP_THREAD_ACP;
}

inline LPWSTR WINAPI AtlA2WHelper(LPWSTR lpw, LPCSTR lpa, int nChars, UINT acp) noexcept
{
    if (lpw == NULL || lpa == NULL)
        return NULL;
    lpw[0] = L'\0';
    if (::MultiByteToWideChar(acp, 0, lpa, -1, lpw, nChars) == 0)
        return NULL;
    return lpw;
}

inline LPSTR WINAPI AtlW2AHelper(LPSTR lpa, LPCWSTR lpw, int nChars, UINT acp) noexcept
{
    if (lpa == NULL || lpw == NULL)
        return NULL;
    lpa[0] = '\0';
    if (::WideCharToMultiByte(acp, 0, lpw, -1, lpa, nChars, NULL, NULL) == 0)
        return NULL;
    return lpa;
}

// wchar_t -> char, through the buffer or the C runtime heap.
template <int t_nBufferLength = 128>
class CW2AEX {
public:
    CW2AEX(LPCWSTR psz) : m_psz(m_szBuffer) { Init(psz, _AtlGetConversionACP()); }
    CW2AEX(LPCWSTR psz, UINT nCodePage) : m_psz(m_szBuffer) { Init(psz, nCodePage); }
    ~CW2AEX() noexcept
    {
        if (m_psz != m_szBuffer)
            ::free(m_psz);
    }
    operator LPSTR() const noexcept { return m_psz; }

    LPSTR m_psz;
    char m_szBuffer[t_nBufferLength];

private:
    void Init(LPCWSTR psz, UINT nCodePage)
    {
        if (psz == NULL) {
            m_psz = NULL;
            return;
        }
        int nLength = ::WideCharToMultiByte(nCodePage, 0, psz, -1, NULL, 0, NULL, NULL);
        if (nLength > t_nBufferLength) {
            m_psz = static_cast<LPSTR>(::malloc(static_cast<size_t>(nLength)));
            if (m_psz == NULL)
                AtlThrow(E_OUTOFMEMORY);
        }
        ::WideCharToMultiByte(nCodePage, 0, psz, -1, m_psz,
                              nLength > t_nBufferLength ? nLength : t_nBufferLength, NULL, NULL);
    }

    CW2AEX(const CW2AEX&) = delete;
    CW2AEX& operator=(const CW2AEX&) = delete;
};

// char -> wchar_t, through the buffer or the C runtime heap.
template <int t_nBufferLength = 128>
class CA2WEX {
public:
    CA2WEX(LPCSTR psz) : m_psz(m_szBuffer) { Init(psz, _AtlGetConversionACP()); }
    CA2WEX(LPCSTR psz, UINT nCodePage) : m_psz(m_szBuffer) { Init(psz, nCodePage); }
    ~CA2WEX() noexcept
    {
        if (m_psz != m_szBuffer)
            ::free(m_psz);
    }
    operator LPWSTR() const noexcept { return m_psz; }

    LPWSTR m_psz;
    wchar_t m_szBuffer[t_nBufferLength];

private:
    void Init(LPCSTR psz, UINT nCodePage)
    {
        if (psz == NULL) {
            m_psz = NULL;
            return;
        }
        int nLength = ::MultiByteToWideChar(nCodePage, 0, psz, -1, NULL, 0);
        if (nLength > t_nBufferLength) {
            m_psz = static_cast<LPWSTR>(::malloc(static_cast<size_t>(nLength) * sizeof(wchar_t)));
            if (m_psz == NULL)
                AtlThrow(E_OUTOFMEMORY);
        }
        ::MultiByteToWideChar(nCodePage, 0, psz, -1, m_psz,
                              nLength > t_nBufferLength ? nLength : t_nBufferLength);
    }

    CA2WEX(const CA2WEX&) = delete;
    CA2WEX& operator=(const CA2WEX&) = delete;
};

// Same-type copies (what the T forms become when no conversion is needed).
template <int t_nBufferLength = 128>
class CW2WEX {
public:
    CW2WEX(LPCWSTR psz) : m_psz(m_szBuffer) { Init(psz); }
    CW2WEX(LPCWSTR psz, UINT nCodePage) : m_psz(m_szBuffer)
    {
        (void)nCodePage;
        Init(psz);
    }
    ~CW2WEX() noexcept
    {
        if (m_psz != m_szBuffer)
            ::free(m_psz);
    }
    operator LPWSTR() const noexcept { return m_psz; }

    LPWSTR m_psz;
    wchar_t m_szBuffer[t_nBufferLength];

private:
    void Init(LPCWSTR psz)
    {
        if (psz == NULL) {
            m_psz = NULL;
            return;
        }
        size_t nLength = ::wcslen(psz) + 1;
        if (nLength > static_cast<size_t>(t_nBufferLength)) {
            m_psz = static_cast<LPWSTR>(::malloc(nLength * sizeof(wchar_t)));
            if (m_psz == NULL)
                AtlThrow(E_OUTOFMEMORY);
        }
        ::memcpy(m_psz, psz, nLength * sizeof(wchar_t));
    }

    CW2WEX(const CW2WEX&) = delete;
    CW2WEX& operator=(const CW2WEX&) = delete;
};

template <int t_nBufferLength = 128>
class CA2AEX {
public:
    CA2AEX(LPCSTR psz) : m_psz(m_szBuffer) { Init(psz); }
    CA2AEX(LPCSTR psz, UINT nCodePage) : m_psz(m_szBuffer)
    {
        (void)nCodePage;
        Init(psz);
    }
    ~CA2AEX() noexcept
    {
        if (m_psz != m_szBuffer)
            ::free(m_psz);
    }
    operator LPSTR() const noexcept { return m_psz; }

    LPSTR m_psz;
    char m_szBuffer[t_nBufferLength];

private:
    void Init(LPCSTR psz)
    {
        if (psz == NULL) {
            m_psz = NULL;
            return;
        }
        size_t nLength = ::strlen(psz) + 1;
        if (nLength > static_cast<size_t>(t_nBufferLength)) {
            m_psz = static_cast<LPSTR>(::malloc(nLength));
            if (m_psz == NULL)
                AtlThrow(E_OUTOFMEMORY);
        }
        ::memcpy(m_psz, psz, nLength);
    }

    CA2AEX(const CA2AEX&) = delete;
    CA2AEX& operator=(const CA2AEX&) = delete;
};

// Read-only pass-through (no copy at all).
template <int t_nBufferLength = 128>
class CW2CWEX {
public:
    CW2CWEX(LPCWSTR psz) noexcept : m_psz(psz) {}
    CW2CWEX(LPCWSTR psz, UINT nCodePage) noexcept : m_psz(psz) { (void)nCodePage; }
    operator LPCWSTR() const noexcept { return m_psz; }

    LPCWSTR m_psz;

private:
    CW2CWEX(const CW2CWEX&) = delete;
    CW2CWEX& operator=(const CW2CWEX&) = delete;
};

template <int t_nBufferLength = 128>
class CA2CAEX {
public:
    CA2CAEX(LPCSTR psz) noexcept : m_psz(psz) {}
    CA2CAEX(LPCSTR psz, UINT nCodePage) noexcept : m_psz(psz) { (void)nCodePage; }
    operator LPCSTR() const noexcept { return m_psz; }

    LPCSTR m_psz;

private:
    CA2CAEX(const CA2CAEX&) = delete;
    CA2CAEX& operator=(const CA2CAEX&) = delete;
};

typedef CW2AEX<> CW2A;
typedef CA2WEX<> CA2W;
typedef CW2WEX<> CW2W;
typedef CA2AEX<> CA2A;
typedef CW2CWEX<> CW2CW;
typedef CA2CAEX<> CA2CA;

// The T and OLE forms: chosen by TCHAR's width, so that they take LPCTSTR whatever it is.
template <bool t_bWide, class WideForm, class NarrowForm>
struct IisTidySelectByTCHAR {
    typedef WideForm type;
};
template <class WideForm, class NarrowForm>
struct IisTidySelectByTCHAR<false, WideForm, NarrowForm> {
    typedef NarrowForm type;
};
#define IISTIDY_ATL_TFORM(wide, narrow)                                                        \
    typename ::ATL::IisTidySelectByTCHAR<sizeof(TCHAR) == sizeof(wchar_t), wide, narrow>::type

template <int t_nBufferLength = 128>
using CT2AEX = IISTIDY_ATL_TFORM(CW2AEX<t_nBufferLength>, CA2AEX<t_nBufferLength>);
template <int t_nBufferLength = 128>
using CT2WEX = IISTIDY_ATL_TFORM(CW2WEX<t_nBufferLength>, CA2WEX<t_nBufferLength>);
template <int t_nBufferLength = 128>
using CA2TEX = IISTIDY_ATL_TFORM(CA2WEX<t_nBufferLength>, CA2AEX<t_nBufferLength>);
template <int t_nBufferLength = 128>
using CW2TEX = IISTIDY_ATL_TFORM(CW2WEX<t_nBufferLength>, CW2AEX<t_nBufferLength>);
template <int t_nBufferLength = 128>
using CT2CAEX = IISTIDY_ATL_TFORM(CW2AEX<t_nBufferLength>, CA2CAEX<t_nBufferLength>);
template <int t_nBufferLength = 128>
using CT2CWEX = IISTIDY_ATL_TFORM(CW2CWEX<t_nBufferLength>, CA2WEX<t_nBufferLength>);
template <int t_nBufferLength = 128>
using CA2CTEX = IISTIDY_ATL_TFORM(CA2WEX<t_nBufferLength>, CA2CAEX<t_nBufferLength>);
template <int t_nBufferLength = 128>
using CW2CTEX = IISTIDY_ATL_TFORM(CW2CWEX<t_nBufferLength>, CW2AEX<t_nBufferLength>);

typedef CT2AEX<> CT2A;
typedef CT2WEX<> CT2W;
typedef CA2TEX<> CA2T;
typedef CW2TEX<> CW2T;
typedef CT2CAEX<> CT2CA;
typedef CT2CWEX<> CT2CW;
typedef CA2CTEX<> CA2CT;
typedef CW2CTEX<> CW2CT;

typedef CT2W CT2OLE;
typedef CT2CW CT2COLE;
typedef CW2T COLE2T;
typedef CW2CT COLE2CT;
typedef CA2W CA2OLE;
typedef CW2A COLE2A;
typedef CW2W CW2OLE;
typedef CW2W COLE2W;

// A BSTR from a narrow string (allocated with SysAllocStringLen; the caller frees it).
inline BSTR A2WBSTR(LPCSTR lp, int nLen = -1)
{
    if (lp == NULL || nLen == 0)
        return NULL;
    int nChars = ::MultiByteToWideChar(_AtlGetConversionACP(), 0, lp, nLen, NULL, 0);
    BSTR str = ::SysAllocStringLen(NULL, static_cast<UINT>(nChars));
    if (str != NULL)
        ::MultiByteToWideChar(_AtlGetConversionACP(), 0, lp, nLen, str, nChars);
    return str;
}

} // namespace ATL

// The older macros. USES_CONVERSION declares the locals they use.
#ifndef USES_CONVERSION
#define USES_CONVERSION                                                                        \
    int _convert = 0;                                                                          \
    (void)_convert;                                                                            \
    UINT _acp = ::ATL::_AtlGetConversionACP();                                                 \
    (void)_acp;                                                                                \
    LPCWSTR _lpw = NULL;                                                                       \
    (void)_lpw;                                                                                \
    LPCSTR _lpa = NULL;                                                                        \
    (void)_lpa
#endif
#ifndef USES_CONVERSION_EX
#define USES_CONVERSION_EX USES_CONVERSION
#endif
#ifndef USES_ATL_SAFE_ALLOCA
#define USES_ATL_SAFE_ALLOCA
#endif

#define A2W(lpa)                                                                               \
    (((_lpa = (lpa)) == NULL)                                                                  \
         ? NULL                                                                                \
         : (_convert = (::lstrlenA(_lpa) + 1),                                                 \
            ::ATL::AtlA2WHelper(static_cast<LPWSTR>(_alloca(_convert * sizeof(WCHAR))), _lpa,  \
                                _convert, _acp)))
#define W2A(lpw)                                                                               \
    (((_lpw = (lpw)) == NULL)                                                                  \
         ? NULL                                                                                \
         : (_convert = (::lstrlenW(_lpw) + 1) * 4,                                             \
            ::ATL::AtlW2AHelper(static_cast<LPSTR>(_alloca(_convert)), _lpw, _convert, _acp)))
#define A2CW(lpa) (static_cast<LPCWSTR>(A2W(lpa)))
#define W2CA(lpw) (static_cast<LPCSTR>(W2A(lpw)))

#if defined(UNICODE)
#define T2A W2A
#define A2T A2W
#define T2CA W2CA
#define A2CT A2CW
#define T2W(lp) ((LPWSTR)(lp))
#define W2T(lp) ((LPTSTR)(lp))
#define T2CW(lp) ((LPCWSTR)(lp))
#define W2CT(lp) ((LPCTSTR)(lp))
#else
#define T2W A2W
#define W2T W2A
#define T2CW A2CW
#define W2CT W2CA
#define T2A(lp) ((LPSTR)(lp))
#define A2T(lp) ((LPTSTR)(lp))
#define T2CA(lp) ((LPCSTR)(lp))
#define A2CT(lp) ((LPCTSTR)(lp))
#endif

#define OLE2T W2T
#define T2OLE T2W
#define OLE2CT W2CT
#define T2COLE T2CW
#define A2OLE A2W
#define OLE2A W2A
#define A2COLE A2CW
#define OLE2CA W2CA
#define W2OLE(lp) ((LPOLESTR)(lp))
#define OLE2W(lp) ((LPWSTR)(lp))
#define W2COLE(lp) ((LPCOLESTR)(lp))
#define OLE2CW(lp) ((LPCWSTR)(lp))

// BSTRs from the macros are heap strings (SysAllocString*): the caller frees them.
#define A2BSTR(lpa) (::ATL::A2WBSTR(lpa))
#define OLE2BSTR(lpo) (::SysAllocString(lpo))
#define W2BSTR(lpw) (::SysAllocString(lpw))
#if defined(UNICODE)
#define T2BSTR(lp) (::SysAllocString(lp))
#else
#define T2BSTR(lp) (::ATL::A2WBSTR(lp))
#endif

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLCONV_H
