// cstringt.h -- ATL's CStringT (the class template behind CString, CStringA and CStringW) and
// its character traits (ChTraitsCRT, StrTraitATL).
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible.
//
// Ownership: see atlsimpstr.h. AllocSysString returns a new BSTR (SysAllocStringLen) that the
// caller frees with SysFreeString.

#ifndef IISTIDY_COMPAT_CSTRINGT_H
#define IISTIDY_COMPAT_CSTRINGT_H
#pragma GCC system_header

#include <atlsimpstr.h>
#include <stdio.h>

#ifndef CSTRING_EXPLICIT
#ifdef _ATL_CSTRING_EXPLICIT_CONSTRUCTORS
#define CSTRING_EXPLICIT explicit
#else
#define CSTRING_EXPLICIT
#endif
#endif

namespace ATL {

// The C runtime operations CStringT needs, for each character width.
template <typename BaseType>
class ChTraitsCRT;

template <>
class ChTraitsCRT<wchar_t> : public ChTraitsBase<wchar_t> {
public:
    static int StringLength(LPCWSTR psz) noexcept
    {
        return psz == NULL ? 0 : static_cast<int>(::wcslen(psz));
    }
    static int GetBaseTypeLength(LPCWSTR psz) noexcept { return StringLength(psz); }
    static int GetBaseTypeLength(LPCWSTR psz, int nLength) noexcept
    {
        (void)psz;
        return nLength;
    }
    static int GetBaseTypeLength(LPCSTR pszSrc) noexcept
    {
        return pszSrc == NULL
                   ? 0
                   : ::MultiByteToWideChar(CP_THREAD_ACP, 0, pszSrc, -1, NULL, 0) - 1;
    }
    static int GetBaseTypeLength(LPCSTR pszSrc, int nLength) noexcept
    {
        return ::MultiByteToWideChar(CP_THREAD_ACP, 0, pszSrc, nLength, NULL, 0);
    }
    static void ConvertToBaseType(LPWSTR pszDest, int nDestLength, LPCWSTR pszSrc,
                                  int nSrcLength = -1) noexcept
    {
        if (nSrcLength == -1)
            nSrcLength = StringLength(pszSrc) + 1;
        ::memcpy(pszDest, pszSrc,
                 static_cast<size_t>(nSrcLength < nDestLength ? nSrcLength : nDestLength) *
                     sizeof(wchar_t));
    }
    static void ConvertToBaseType(LPWSTR pszDest, int nDestLength, LPCSTR pszSrc,
                                  int nSrcLength = -1) noexcept
    {
        ::MultiByteToWideChar(CP_THREAD_ACP, 0, pszSrc, nSrcLength, pszDest, nDestLength);
    }
    static int StringCompare(LPCWSTR psz1, LPCWSTR psz2) noexcept { return ::wcscmp(psz1, psz2); }
    static int StringCompareIgnore(LPCWSTR psz1, LPCWSTR psz2) noexcept
    {
        return ::_wcsicmp(psz1, psz2);
    }
    static int StringCollate(LPCWSTR psz1, LPCWSTR psz2) noexcept { return ::wcscoll(psz1, psz2); }
    static int StringCollateIgnore(LPCWSTR psz1, LPCWSTR psz2) noexcept
    {
        return ::_wcsicoll(psz1, psz2);
    }
    static LPCWSTR StringFindString(LPCWSTR pszBlock, LPCWSTR pszMatch) noexcept
    {
        return ::wcsstr(pszBlock, pszMatch);
    }
    static LPCWSTR StringFindChar(LPCWSTR pszBlock, wchar_t chMatch) noexcept
    {
        return ::wcschr(pszBlock, chMatch);
    }
    static LPCWSTR StringFindCharRev(LPCWSTR psz, wchar_t ch) noexcept
    {
        return ::wcsrchr(psz, ch);
    }
    static LPCWSTR StringScanSet(LPCWSTR pszBlock, LPCWSTR pszMatch) noexcept
    {
        return ::wcspbrk(pszBlock, pszMatch);
    }
    static int StringSpanIncluding(LPCWSTR pszBlock, LPCWSTR pszSet) noexcept
    {
        return static_cast<int>(::wcsspn(pszBlock, pszSet));
    }
    static int StringSpanExcluding(LPCWSTR pszBlock, LPCWSTR pszSet) noexcept
    {
        return static_cast<int>(::wcscspn(pszBlock, pszSet));
    }
    static wchar_t CharToUpper(wchar_t ch) noexcept
    {
        return static_cast<wchar_t>(::towupper(ch));
    }
    static wchar_t CharToLower(wchar_t ch) noexcept
    {
        return static_cast<wchar_t>(::towlower(ch));
    }
    static bool IsSpace(wchar_t ch) noexcept { return ::iswspace(ch) != 0; }
    static int GetFormattedLength(LPCWSTR pszFormat, va_list args) noexcept
    {
        return ::_vscwprintf(pszFormat, args);
    }
    static int Format(LPWSTR pszBuffer, size_t nLength, LPCWSTR pszFormat,
                      va_list args) noexcept
    {
        // The _s form: strsafe.h renames the plain one to a deprecation error.
        return ::_vsnwprintf_s(pszBuffer, nLength, _TRUNCATE, pszFormat, args);
    }
    static DWORD FormatMessage(DWORD dwFlags, LPCVOID pSource, DWORD dwMessageID,
                               DWORD dwLanguageID, LPWSTR pszBuffer, DWORD nSize,
                               va_list* pArguments) noexcept
    {
        return ::FormatMessageW(dwFlags, pSource, dwMessageID, dwLanguageID, pszBuffer, nSize,
                                pArguments);
    }
    static DWORD GetEnvironmentVariable(LPCWSTR pszVar, LPWSTR pszBuffer, DWORD dwSize) noexcept
    {
        return ::GetEnvironmentVariableW(pszVar, pszBuffer, dwSize);
    }
    static int LoadString(HINSTANCE hInstance, UINT nID, LPWSTR pszBuffer,
                          int nBufferMax) noexcept
    {
        return ::LoadStringW(hInstance, nID, pszBuffer, nBufferMax);
    }
    static BSTR AllocSysString(LPCWSTR pchData, int nDataLength) noexcept
    {
        return ::SysAllocStringLen(pchData, static_cast<UINT>(nDataLength));
    }
    static BOOL ReAllocSysString(LPCWSTR pchData, BSTR* pbstr, int nDataLength) noexcept
    {
        return ::SysReAllocStringLen(pbstr, pchData, static_cast<UINT>(nDataLength));
    }
};

template <>
class ChTraitsCRT<char> : public ChTraitsBase<char> {
public:
    static int StringLength(LPCSTR psz) noexcept
    {
        return psz == NULL ? 0 : static_cast<int>(::strlen(psz));
    }
    static int GetBaseTypeLength(LPCSTR psz) noexcept { return StringLength(psz); }
    static int GetBaseTypeLength(LPCSTR psz, int nLength) noexcept
    {
        (void)psz;
        return nLength;
    }
    static int GetBaseTypeLength(LPCWSTR pszSrc) noexcept
    {
        return pszSrc == NULL ? 0
                              : ::WideCharToMultiByte(CP_THREAD_ACP, 0, pszSrc, -1, NULL, 0,
                                                      NULL, NULL) -
                                    1;
    }
    static int GetBaseTypeLength(LPCWSTR pszSrc, int nLength) noexcept
    {
        return ::WideCharToMultiByte(CP_THREAD_ACP, 0, pszSrc, nLength, NULL, 0, NULL, NULL);
    }
    static void ConvertToBaseType(LPSTR pszDest, int nDestLength, LPCSTR pszSrc,
                                  int nSrcLength = -1) noexcept
    {
        if (nSrcLength == -1)
            nSrcLength = StringLength(pszSrc) + 1;
        ::memcpy(pszDest, pszSrc,
                 static_cast<size_t>(nSrcLength < nDestLength ? nSrcLength : nDestLength));
    }
    static void ConvertToBaseType(LPSTR pszDest, int nDestLength, LPCWSTR pszSrc,
                                  int nSrcLength = -1) noexcept
    {
        ::WideCharToMultiByte(CP_THREAD_ACP, 0, pszSrc, nSrcLength, pszDest, nDestLength, NULL,
                              NULL);
    }
    static int StringCompare(LPCSTR psz1, LPCSTR psz2) noexcept { return ::strcmp(psz1, psz2); }
    static int StringCompareIgnore(LPCSTR psz1, LPCSTR psz2) noexcept
    {
        return ::_stricmp(psz1, psz2);
    }
    static int StringCollate(LPCSTR psz1, LPCSTR psz2) noexcept { return ::strcoll(psz1, psz2); }
    static int StringCollateIgnore(LPCSTR psz1, LPCSTR psz2) noexcept
    {
        return ::_stricoll(psz1, psz2);
    }
    static LPCSTR StringFindString(LPCSTR pszBlock, LPCSTR pszMatch) noexcept
    {
        return ::strstr(pszBlock, pszMatch);
    }
    static LPCSTR StringFindChar(LPCSTR pszBlock, char chMatch) noexcept
    {
        return ::strchr(pszBlock, chMatch);
    }
    static LPCSTR StringFindCharRev(LPCSTR psz, char ch) noexcept { return ::strrchr(psz, ch); }
    static LPCSTR StringScanSet(LPCSTR pszBlock, LPCSTR pszMatch) noexcept
    {
        return ::strpbrk(pszBlock, pszMatch);
    }
    static int StringSpanIncluding(LPCSTR pszBlock, LPCSTR pszSet) noexcept
    {
        return static_cast<int>(::strspn(pszBlock, pszSet));
    }
    static int StringSpanExcluding(LPCSTR pszBlock, LPCSTR pszSet) noexcept
    {
        return static_cast<int>(::strcspn(pszBlock, pszSet));
    }
    static char CharToUpper(char ch) noexcept
    {
        return static_cast<char>(::toupper(static_cast<unsigned char>(ch)));
    }
    static char CharToLower(char ch) noexcept
    {
        return static_cast<char>(::tolower(static_cast<unsigned char>(ch)));
    }
    static bool IsSpace(char ch) noexcept
    {
        return ::isspace(static_cast<unsigned char>(ch)) != 0;
    }
    static int GetFormattedLength(LPCSTR pszFormat, va_list args) noexcept
    {
        return ::_vscprintf(pszFormat, args);
    }
    static int Format(LPSTR pszBuffer, size_t nLength, LPCSTR pszFormat, va_list args) noexcept
    {
        // The _s form: strsafe.h renames the plain one to a deprecation error.
        return ::_vsnprintf_s(pszBuffer, nLength, _TRUNCATE, pszFormat, args);
    }
    static DWORD FormatMessage(DWORD dwFlags, LPCVOID pSource, DWORD dwMessageID,
                               DWORD dwLanguageID, LPSTR pszBuffer, DWORD nSize,
                               va_list* pArguments) noexcept
    {
        return ::FormatMessageA(dwFlags, pSource, dwMessageID, dwLanguageID, pszBuffer, nSize,
                                pArguments);
    }
    static DWORD GetEnvironmentVariable(LPCSTR pszVar, LPSTR pszBuffer, DWORD dwSize) noexcept
    {
        return ::GetEnvironmentVariableA(pszVar, pszBuffer, dwSize);
    }
    static int LoadString(HINSTANCE hInstance, UINT nID, LPSTR pszBuffer,
                          int nBufferMax) noexcept
    {
        return ::LoadStringA(hInstance, nID, pszBuffer, nBufferMax);
    }
    static BSTR AllocSysString(LPCSTR pchData, int nDataLength) noexcept
    {
        int nLen = ::MultiByteToWideChar(CP_THREAD_ACP, 0, pchData, nDataLength, NULL, 0);
        BSTR bstr = ::SysAllocStringLen(NULL, static_cast<UINT>(nLen));
        if (bstr != NULL)
            ::MultiByteToWideChar(CP_THREAD_ACP, 0, pchData, nDataLength, bstr, nLen);
        return bstr;
    }
    static BOOL ReAllocSysString(LPCSTR pchData, BSTR* pbstr, int nDataLength) noexcept
    {
        int nLen = ::MultiByteToWideChar(CP_THREAD_ACP, 0, pchData, nDataLength, NULL, 0);
        BOOL bSuccess = ::SysReAllocStringLen(pbstr, NULL, static_cast<UINT>(nLen));
        if (bSuccess)
            ::MultiByteToWideChar(CP_THREAD_ACP, 0, pchData, nDataLength, *pbstr, nLen);
        return bSuccess;
    }
};

// The string traits CStringT takes: the character operations plus the default string manager.
template <typename BaseType, class StringIterator = ChTraitsCRT<BaseType>>
class StrTraitATL : public StringIterator {
public:
    static IAtlStringMgr* GetDefaultManager() noexcept { return NULL; }
};

template <typename BaseType, class StringTraits>
class CStringT : public CSimpleStringT<BaseType> {
public:
    typedef CSimpleStringT<BaseType> CThisSimpleString;
    typedef StringTraits StrTraits;
    typedef typename CThisSimpleString::XCHAR XCHAR;
    typedef typename CThisSimpleString::PXSTR PXSTR;
    typedef typename CThisSimpleString::PCXSTR PCXSTR;
    typedef typename CThisSimpleString::YCHAR YCHAR;
    typedef typename CThisSimpleString::PYSTR PYSTR;
    typedef typename CThisSimpleString::PCYSTR PCYSTR;

    CStringT() noexcept {}
    explicit CStringT(IAtlStringMgr* pStringMgr) noexcept : CThisSimpleString(pStringMgr) {}
    CStringT(const CStringT& strSrc) : CThisSimpleString(strSrc) {}
    CStringT(CStringT&& strSrc) noexcept : CThisSimpleString(static_cast<CThisSimpleString&&>(strSrc))
    {
    }
    CStringT(const CThisSimpleString& strSrc) : CThisSimpleString(strSrc) {}
    CStringT(const XCHAR* pszSrc) { *this = pszSrc; }
    CSTRING_EXPLICIT CStringT(const YCHAR* pszSrc) { *this = pszSrc; }
    CStringT(const XCHAR* pszSrc, IAtlStringMgr* pStringMgr) : CThisSimpleString(pStringMgr)
    {
        *this = pszSrc;
    }
    CStringT(const YCHAR* pszSrc, IAtlStringMgr* pStringMgr) : CThisSimpleString(pStringMgr)
    {
        *this = pszSrc;
    }
    CSTRING_EXPLICIT CStringT(const unsigned char* pszSrc)
    {
        *this = reinterpret_cast<const char*>(pszSrc);
    }
    CSTRING_EXPLICIT CStringT(XCHAR ch, int nLength = 1)
    {
        if (nLength > 0) {
            PXSTR pszBuffer = this->GetBuffer(nLength);
            for (int i = 0; i < nLength; ++i)
                pszBuffer[i] = ch;
            this->ReleaseBufferSetLength(nLength);
        }
    }
    CSTRING_EXPLICIT CStringT(YCHAR ch, int nLength = 1)
    {
        if (nLength > 0) {
            YCHAR chSrc[2] = {ch, 0};
            CStringT strOne(chSrc);
            for (int i = 0; i < nLength; ++i)
                this->Append(strOne);
        }
    }
    CStringT(const XCHAR* pch, int nLength) : CThisSimpleString(pch, nLength) {}
    CStringT(const YCHAR* pch, int nLength)
    {
        if (pch != NULL && nLength > 0) {
            int nDestLength = StringTraits::GetBaseTypeLength(pch, nLength);
            PXSTR pszBuffer = this->GetBuffer(nDestLength);
            StringTraits::ConvertToBaseType(pszBuffer, nDestLength, pch, nLength);
            this->ReleaseBufferSetLength(nDestLength);
        }
    }
    CStringT(const VARIANT& varSrc) { *this = varSrc; }
    ~CStringT() noexcept {}

    CStringT& operator=(const CStringT& strSrc)
    {
        CThisSimpleString::operator=(strSrc);
        return *this;
    }
    CStringT& operator=(CStringT&& strSrc) noexcept
    {
        CThisSimpleString::operator=(static_cast<CThisSimpleString&&>(strSrc));
        return *this;
    }
    CStringT& operator=(const CThisSimpleString& strSrc)
    {
        CThisSimpleString::operator=(strSrc);
        return *this;
    }
    CStringT& operator=(PCXSTR pszSrc)
    {
        CThisSimpleString::operator=(pszSrc);
        return *this;
    }
    CStringT& operator=(PCYSTR pszSrc)
    {
        int nDestLength = pszSrc != NULL ? StringTraits::GetBaseTypeLength(pszSrc) : 0;
        if (nDestLength > 0) {
            PXSTR pszBuffer = this->GetBuffer(nDestLength);
            StringTraits::ConvertToBaseType(pszBuffer, nDestLength + 1, pszSrc);
            this->ReleaseBufferSetLength(nDestLength);
        } else {
            this->Empty();
        }
        return *this;
    }
    CStringT& operator=(const unsigned char* pszSrc)
    {
        return operator=(reinterpret_cast<const char*>(pszSrc));
    }
    CStringT& operator=(char ch)
    {
        char ach[2] = {ch, 0};
        return operator=(ach);
    }
    CStringT& operator=(wchar_t ch)
    {
        wchar_t ach[2] = {ch, 0};
        return operator=(ach);
    }
    CStringT& operator=(const VARIANT& var)
    {
        VARIANT varCopy;
        ::VariantInit(&varCopy);
        if (SUCCEEDED(::VariantChangeType(&varCopy, const_cast<VARIANT*>(&var), 0, VT_BSTR))) {
            *this = static_cast<LPCWSTR>(varCopy.bstrVal);
            ::VariantClear(&varCopy);
        } else {
            this->Empty();
        }
        return *this;
    }

    CStringT& operator+=(const CThisSimpleString& str)
    {
        CThisSimpleString::operator+=(str);
        return *this;
    }
    CStringT& operator+=(PCXSTR pszSrc)
    {
        CThisSimpleString::operator+=(pszSrc);
        return *this;
    }
    CStringT& operator+=(PCYSTR pszSrc)
    {
        CStringT str(pszSrc);
        return operator+=(str);
    }
    CStringT& operator+=(char ch)
    {
        char ach[2] = {ch, 0};
        return operator+=(ach);
    }
    CStringT& operator+=(unsigned char ch)
    {
        return operator+=(static_cast<char>(ch));
    }
    CStringT& operator+=(wchar_t ch)
    {
        wchar_t ach[2] = {ch, 0};
        return operator+=(ach);
    }
    CStringT& operator+=(const VARIANT& var)
    {
        CStringT str(var);
        return operator+=(str);
    }

    // Comparison.
    int Compare(PCXSTR psz) const { return StringTraits::StringCompare(this->GetString(), psz); }
    int CompareNoCase(PCXSTR psz) const
    {
        return StringTraits::StringCompareIgnore(this->GetString(), psz);
    }
    int Collate(PCXSTR psz) const { return StringTraits::StringCollate(this->GetString(), psz); }
    int CollateNoCase(PCXSTR psz) const
    {
        return StringTraits::StringCollateIgnore(this->GetString(), psz);
    }

    // Editing. Each returns the new length.
    int Delete(int iIndex, int nCount = 1)
    {
        int nLength = this->GetLength();
        if (iIndex < 0)
            iIndex = 0;
        if (nCount < 0 || iIndex >= nLength)
            return nLength;
        if (nCount > nLength - iIndex)
            nCount = nLength - iIndex;
        if (nCount > 0) {
            PXSTR pszBuffer = this->GetBuffer();
            CThisSimpleString::CopyCharsOverlapped(pszBuffer + iIndex, pszBuffer + iIndex + nCount,
                                                   nLength - iIndex - nCount);
            this->ReleaseBufferSetLength(nLength - nCount);
        }
        return this->GetLength();
    }
    int Insert(int iIndex, XCHAR ch)
    {
        XCHAR ach[2] = {ch, 0};
        return Insert(iIndex, ach);
    }
    int Insert(int iIndex, PCXSTR psz)
    {
        if (iIndex < 0)
            iIndex = 0;
        if (iIndex > this->GetLength())
            iIndex = this->GetLength();
        CStringT strTail(this->GetString() + iIndex);
        this->Truncate(iIndex);
        this->Append(psz);
        this->Append(strTail);
        return this->GetLength();
    }
    int Remove(XCHAR chRemove)
    {
        int nLength = this->GetLength();
        PXSTR pszBuffer = this->GetBuffer();
        int nNew = 0;
        for (int i = 0; i < nLength; ++i) {
            if (pszBuffer[i] != chRemove)
                pszBuffer[nNew++] = pszBuffer[i];
        }
        this->ReleaseBufferSetLength(nNew);
        return nLength - nNew;
    }
    // Each returns the number of replacements.
    int Replace(XCHAR chOld, XCHAR chNew)
    {
        int nCount = 0;
        if (chOld != chNew) {
            int nLength = this->GetLength();
            PXSTR pszBuffer = this->GetBuffer();
            for (int i = 0; i < nLength; ++i) {
                if (pszBuffer[i] == chOld) {
                    pszBuffer[i] = chNew;
                    ++nCount;
                }
            }
            this->ReleaseBufferSetLength(nLength);
        }
        return nCount;
    }
    int Replace(PCXSTR pszOld, PCXSTR pszNew)
    {
        int nOldLength = CThisSimpleString::StringLength(pszOld);
        if (nOldLength == 0)
            return 0;
        CStringT strResult;
        int nCount = 0;
        int iStart = 0;
        for (;;) {
            int iFound = Find(pszOld, iStart);
            if (iFound < 0)
                break;
            strResult.Append(this->GetString() + iStart, iFound - iStart);
            strResult.Append(pszNew);
            iStart = iFound + nOldLength;
            ++nCount;
        }
        if (nCount > 0) {
            strResult.Append(this->GetString() + iStart);
            *this = strResult;
        }
        return nCount;
    }

    // Searching. Each returns a zero-based index, or -1.
    int Find(XCHAR ch, int iStart = 0) const
    {
        if (iStart < 0 || iStart >= this->GetLength())
            return -1;
        PCXSTR psz = StringTraits::StringFindChar(this->GetString() + iStart, ch);
        return psz == NULL ? -1 : static_cast<int>(psz - this->GetString());
    }
    int Find(PCXSTR pszSub, int iStart = 0) const
    {
        if (pszSub == NULL || iStart < 0 || iStart > this->GetLength())
            return -1;
        PCXSTR psz = StringTraits::StringFindString(this->GetString() + iStart, pszSub);
        return psz == NULL ? -1 : static_cast<int>(psz - this->GetString());
    }
    int FindOneOf(PCXSTR pszCharSet) const
    {
        PCXSTR psz = StringTraits::StringScanSet(this->GetString(), pszCharSet);
        return psz == NULL ? -1 : static_cast<int>(psz - this->GetString());
    }
    int ReverseFind(XCHAR ch) const
    {
        PCXSTR psz = StringTraits::StringFindCharRev(this->GetString(), ch);
        return psz == NULL ? -1 : static_cast<int>(psz - this->GetString());
    }

    CStringT& MakeUpper()
    {
        int nLength = this->GetLength();
        PXSTR pszBuffer = this->GetBuffer();
        for (int i = 0; i < nLength; ++i)
            pszBuffer[i] = StringTraits::CharToUpper(pszBuffer[i]);
        this->ReleaseBufferSetLength(nLength);
        return *this;
    }
    CStringT& MakeLower()
    {
        int nLength = this->GetLength();
        PXSTR pszBuffer = this->GetBuffer();
        for (int i = 0; i < nLength; ++i)
            pszBuffer[i] = StringTraits::CharToLower(pszBuffer[i]);
        this->ReleaseBufferSetLength(nLength);
        return *this;
    }
    CStringT& MakeReverse()
    {
        int nLength = this->GetLength();
        PXSTR pszBuffer = this->GetBuffer();
        for (int i = 0, j = nLength - 1; i < j; ++i, --j) {
            XCHAR ch = pszBuffer[i];
            pszBuffer[i] = pszBuffer[j];
            pszBuffer[j] = ch;
        }
        this->ReleaseBufferSetLength(nLength);
        return *this;
    }

    // Substrings (new strings).
    CStringT Mid(int iFirst) const { return Mid(iFirst, this->GetLength() - iFirst); }
    CStringT Mid(int iFirst, int nCount) const
    {
        if (iFirst < 0)
            iFirst = 0;
        if (nCount < 0)
            nCount = 0;
        int nLength = this->GetLength();
        if (iFirst > nLength)
            iFirst = nLength;
        if (nCount > nLength - iFirst)
            nCount = nLength - iFirst;
        return CStringT(this->GetString() + iFirst, nCount);
    }
    CStringT Left(int nCount) const { return Mid(0, nCount); }
    CStringT Right(int nCount) const
    {
        if (nCount < 0)
            nCount = 0;
        int nLength = this->GetLength();
        if (nCount > nLength)
            nCount = nLength;
        return CStringT(this->GetString() + nLength - nCount, nCount);
    }
    CStringT SpanIncluding(PCXSTR pszCharSet) const
    {
        return Left(StringTraits::StringSpanIncluding(this->GetString(), pszCharSet));
    }
    CStringT SpanExcluding(PCXSTR pszCharSet) const
    {
        return Left(StringTraits::StringSpanExcluding(this->GetString(), pszCharSet));
    }
    // The next token after iStart (updated past it); iStart becomes -1 at the end.
    CStringT Tokenize(PCXSTR pszTokens, int& iStart) const
    {
        if (iStart < 0)
            return CStringT();
        if (pszTokens == NULL || *pszTokens == 0) {
            if (iStart < this->GetLength())
                return CStringT(this->GetString() + iStart);
        } else {
            PCXSTR pszPlace = this->GetString() + iStart;
            PCXSTR pszEnd = this->GetString() + this->GetLength();
            if (pszPlace < pszEnd) {
                int nIncluding = StringTraits::StringSpanIncluding(pszPlace, pszTokens);
                if (pszPlace + nIncluding < pszEnd) {
                    pszPlace += nIncluding;
                    int nExcluding = StringTraits::StringSpanExcluding(pszPlace, pszTokens);
                    int iFrom = iStart + nIncluding;
                    iStart = iFrom + nExcluding + 1;
                    return Mid(iFrom, nExcluding);
                }
            }
        }
        iStart = -1;
        return CStringT();
    }

    // Trimming. Each returns *this.
    CStringT& TrimRight()
    {
        int nLength = this->GetLength();
        while (nLength > 0 && StringTraits::IsSpace(this->GetString()[nLength - 1]))
            --nLength;
        this->Truncate(nLength);
        return *this;
    }
    CStringT& TrimRight(XCHAR chTarget)
    {
        int nLength = this->GetLength();
        while (nLength > 0 && this->GetString()[nLength - 1] == chTarget)
            --nLength;
        this->Truncate(nLength);
        return *this;
    }
    CStringT& TrimRight(PCXSTR pszTargets)
    {
        int nLength = this->GetLength();
        while (nLength > 0 && pszTargets != NULL &&
               StringTraits::StringFindChar(pszTargets, this->GetString()[nLength - 1]) != NULL)
            --nLength;
        this->Truncate(nLength);
        return *this;
    }
    CStringT& TrimLeft()
    {
        int n = 0;
        while (n < this->GetLength() && StringTraits::IsSpace(this->GetString()[n]))
            ++n;
        Delete(0, n);
        return *this;
    }
    CStringT& TrimLeft(XCHAR chTarget)
    {
        int n = 0;
        while (n < this->GetLength() && this->GetString()[n] == chTarget)
            ++n;
        Delete(0, n);
        return *this;
    }
    CStringT& TrimLeft(PCXSTR pszTargets)
    {
        int n = 0;
        while (n < this->GetLength() && pszTargets != NULL &&
               StringTraits::StringFindChar(pszTargets, this->GetString()[n]) != NULL)
            ++n;
        Delete(0, n);
        return *this;
    }
    CStringT& Trim() { return TrimRight().TrimLeft(); }
    CStringT& Trim(XCHAR chTarget) { return TrimRight(chTarget).TrimLeft(chTarget); }
    CStringT& Trim(PCXSTR pszTargets) { return TrimRight(pszTargets).TrimLeft(pszTargets); }

    // printf-style formatting (heap growth).
    void __cdecl Format(PCXSTR pszFormat, ...)
    {
        va_list args;
        va_start(args, pszFormat);
        FormatV(pszFormat, args);
        va_end(args);
    }
    void __cdecl Format(UINT nFormatID, ...)
    {
        CStringT strFormat;
        strFormat.LoadString(nFormatID);
        va_list args;
        va_start(args, nFormatID);
        FormatV(strFormat, args);
        va_end(args);
    }
    void __cdecl AppendFormat(PCXSTR pszFormat, ...)
    {
        va_list args;
        va_start(args, pszFormat);
        AppendFormatV(pszFormat, args);
        va_end(args);
    }
    void __cdecl AppendFormat(UINT nFormatID, ...)
    {
        CStringT strFormat;
        strFormat.LoadString(nFormatID);
        va_list args;
        va_start(args, nFormatID);
        AppendFormatV(strFormat, args);
        va_end(args);
    }
    void FormatV(PCXSTR pszFormat, va_list args)
    {
        this->Empty();
        AppendFormatV(pszFormat, args);
    }
    void AppendFormatV(PCXSTR pszFormat, va_list args)
    {
        if (pszFormat == NULL)
            AtlThrow(E_INVALIDARG);
        va_list argsCopy;
        va_copy(argsCopy, args);
        int nLength = StringTraits::GetFormattedLength(pszFormat, argsCopy);
        va_end(argsCopy);
        if (nLength < 0)
            AtlThrow(E_FAIL);
        int nOldLength = this->GetLength();
        PXSTR pszBuffer = this->GetBuffer(nOldLength + nLength);
        StringTraits::Format(pszBuffer + nOldLength, static_cast<size_t>(nLength) + 1, pszFormat,
                             args);
        this->ReleaseBufferSetLength(nOldLength + nLength);
    }
    // FormatMessage-style formatting (the message is allocated by FormatMessage and copied).
    void __cdecl FormatMessage(PCXSTR pszFormat, ...)
    {
        va_list args;
        va_start(args, pszFormat);
        FormatMessageV(pszFormat, &args);
        va_end(args);
    }
    void __cdecl FormatMessage(UINT nFormatID, ...)
    {
        CStringT strFormat;
        strFormat.LoadString(nFormatID);
        va_list args;
        va_start(args, nFormatID);
        FormatMessageV(strFormat, &args);
        va_end(args);
    }
    void FormatMessageV(PCXSTR pszFormat, va_list* pArgList)
    {
        PXSTR pszTemp = NULL;
        DWORD dwResult = StringTraits::FormatMessage(
            FORMAT_MESSAGE_FROM_STRING | FORMAT_MESSAGE_ALLOCATE_BUFFER, pszFormat, 0, 0,
            reinterpret_cast<PXSTR>(&pszTemp), 0, pArgList);
        if (dwResult == 0 || pszTemp == NULL)
            AtlThrow(E_OUTOFMEMORY);
        *this = pszTemp;
        ::LocalFree(pszTemp);
    }

    BOOL GetEnvironmentVariable(PCXSTR pszVar)
    {
        DWORD nLength = StringTraits::GetEnvironmentVariable(pszVar, NULL, 0);
        if (nLength == 0) {
            this->Empty();
            return FALSE;
        }
        PXSTR pszBuffer = this->GetBuffer(static_cast<int>(nLength));
        StringTraits::GetEnvironmentVariable(pszVar, pszBuffer, nLength);
        this->ReleaseBuffer();
        return TRUE;
    }

    BOOL LoadString(HINSTANCE hInstance, UINT nID)
    {
        XCHAR szBuffer[256];
        int nLength = StringTraits::LoadString(hInstance, nID, szBuffer, 256);
        if (nLength <= 0)
            return FALSE;
        this->SetString(szBuffer, nLength);
        return TRUE;
    }
    BOOL LoadString(HINSTANCE hInstance, UINT nID, WORD wLanguageID)
    {
        (void)wLanguageID;
        return LoadString(hInstance, nID);
    }
    BOOL LoadString(UINT nID) { return LoadString(::GetModuleHandleW(NULL), nID); }

    // A new BSTR with the string's contents; the caller frees it with SysFreeString.
    BSTR AllocSysString() const
    {
        BSTR bstrResult = StringTraits::AllocSysString(this->GetString(), this->GetLength());
        if (bstrResult == NULL)
            AtlThrow(E_OUTOFMEMORY);
        return bstrResult;
    }
    // Reallocates *pbstr (SysReAllocStringLen) with the string's contents.
    BSTR SetSysString(BSTR* pbstr) const
    {
        if (!StringTraits::ReAllocSysString(this->GetString(), pbstr, this->GetLength()))
            AtlThrow(E_OUTOFMEMORY);
        return *pbstr;
    }

    void AnsiToOem() {}
    void OemToAnsi() {}

    friend CStringT operator+(const CStringT& str1, const CStringT& str2)
    {
        CStringT strResult(str1);
        strResult.Append(str2);
        return strResult;
    }
    friend CStringT operator+(const CStringT& str1, PCXSTR psz2)
    {
        CStringT strResult(str1);
        strResult.Append(psz2);
        return strResult;
    }
    friend CStringT operator+(PCXSTR psz1, const CStringT& str2)
    {
        CStringT strResult(psz1);
        strResult.Append(str2);
        return strResult;
    }
    friend CStringT operator+(const CStringT& str1, PCYSTR psz2)
    {
        CStringT strResult(str1);
        strResult += psz2;
        return strResult;
    }
    friend CStringT operator+(PCYSTR psz1, const CStringT& str2)
    {
        CStringT strResult(psz1);
        strResult.Append(str2);
        return strResult;
    }
    friend CStringT operator+(const CStringT& str1, wchar_t ch2)
    {
        CStringT strResult(str1);
        strResult += ch2;
        return strResult;
    }
    friend CStringT operator+(const CStringT& str1, char ch2)
    {
        CStringT strResult(str1);
        strResult += ch2;
        return strResult;
    }
    friend CStringT operator+(wchar_t ch1, const CStringT& str2)
    {
        CStringT strResult;
        strResult += ch1;
        strResult.Append(str2);
        return strResult;
    }
    friend CStringT operator+(char ch1, const CStringT& str2)
    {
        CStringT strResult;
        strResult += ch1;
        strResult.Append(str2);
        return strResult;
    }

    friend bool operator==(const CStringT& str1, const CStringT& str2) noexcept
    {
        return str1.Compare(str2) == 0;
    }
    friend bool operator==(const CStringT& str1, PCXSTR psz2) noexcept
    {
        return str1.Compare(psz2) == 0;
    }
    friend bool operator==(PCXSTR psz1, const CStringT& str2) noexcept
    {
        return str2.Compare(psz1) == 0;
    }
    friend bool operator==(const CStringT& str1, PCYSTR psz2)
    {
        return str1.Compare(CStringT(psz2)) == 0;
    }
    friend bool operator==(PCYSTR psz1, const CStringT& str2)
    {
        return str2.Compare(CStringT(psz1)) == 0;
    }
    friend bool operator==(const CStringT& str1, XCHAR ch2) noexcept
    {
        return str1.GetLength() == 1 && str1[0] == ch2;
    }
    friend bool operator==(XCHAR ch1, const CStringT& str2) noexcept
    {
        return str2.GetLength() == 1 && str2[0] == ch1;
    }
    friend bool operator!=(const CStringT& str1, const CStringT& str2) noexcept
    {
        return str1.Compare(str2) != 0;
    }
    friend bool operator!=(const CStringT& str1, PCXSTR psz2) noexcept
    {
        return str1.Compare(psz2) != 0;
    }
    friend bool operator!=(PCXSTR psz1, const CStringT& str2) noexcept
    {
        return str2.Compare(psz1) != 0;
    }
    friend bool operator!=(const CStringT& str1, PCYSTR psz2) { return !(str1 == psz2); }
    friend bool operator!=(PCYSTR psz1, const CStringT& str2) { return !(psz1 == str2); }
    friend bool operator!=(const CStringT& str1, XCHAR ch2) noexcept { return !(str1 == ch2); }
    friend bool operator!=(XCHAR ch1, const CStringT& str2) noexcept { return !(ch1 == str2); }
    friend bool operator<(const CStringT& str1, const CStringT& str2) noexcept
    {
        return str1.Compare(str2) < 0;
    }
    friend bool operator<(const CStringT& str1, PCXSTR psz2) noexcept
    {
        return str1.Compare(psz2) < 0;
    }
    friend bool operator<(PCXSTR psz1, const CStringT& str2) noexcept
    {
        return str2.Compare(psz1) > 0;
    }
    friend bool operator>(const CStringT& str1, const CStringT& str2) noexcept
    {
        return str1.Compare(str2) > 0;
    }
    friend bool operator>(const CStringT& str1, PCXSTR psz2) noexcept
    {
        return str1.Compare(psz2) > 0;
    }
    friend bool operator>(PCXSTR psz1, const CStringT& str2) noexcept
    {
        return str2.Compare(psz1) < 0;
    }
    friend bool operator<=(const CStringT& str1, const CStringT& str2) noexcept
    {
        return str1.Compare(str2) <= 0;
    }
    friend bool operator<=(const CStringT& str1, PCXSTR psz2) noexcept
    {
        return str1.Compare(psz2) <= 0;
    }
    friend bool operator<=(PCXSTR psz1, const CStringT& str2) noexcept
    {
        return str2.Compare(psz1) >= 0;
    }
    friend bool operator>=(const CStringT& str1, const CStringT& str2) noexcept
    {
        return str1.Compare(str2) >= 0;
    }
    friend bool operator>=(const CStringT& str1, PCXSTR psz2) noexcept
    {
        return str1.Compare(psz2) >= 0;
    }
    friend bool operator>=(PCXSTR psz1, const CStringT& str2) noexcept
    {
        return str2.Compare(psz1) <= 0;
    }
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_CSTRINGT_H
