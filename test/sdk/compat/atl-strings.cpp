// ATL strings from sdk/compat (atlstr.h, atlsimpstr.h, cstringt.h, atlconv.h): CString follows
// TCHAR, and the class templates are exactly ATL::CStringT and ATL::CSimpleStringT (iis-tidy's
// checks recognise owning strings by those qualified names). The members and conversions module
// code uses parse, for both character sets, both targets and three language standards, with and
// without the C++ library's headers.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -nostdinc++ -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -DWITH_STL -isystem %sdk_include -isystem %repo/sdk/compat %s

#if defined(WITH_STL)
#include <string>
#include <vector>
#endif
#include <atlbase.h>
#include <atlstr.h>
#include <httpserv.h>

// The typedefs and the templates behind them.
static_assert(__is_same(CStringW, ATL::CStringT<wchar_t, ATL::StrTraitATL<wchar_t, ATL::ChTraitsCRT<wchar_t>>>), "");
static_assert(__is_same(CStringA, ATL::CStringT<char, ATL::StrTraitATL<char, ATL::ChTraitsCRT<char>>>), "");
static_assert(__is_same(CString, ATL::CStringT<TCHAR, ATL::StrTraitATL<TCHAR, ATL::ChTraitsCRT<TCHAR>>>), "");
static_assert(__is_same(CString, ATL::CAtlString), "");
static_assert(__is_base_of(ATL::CSimpleStringT<wchar_t>, CStringW), "");
static_assert(__is_base_of(ATL::CSimpleStringT<char>, CStringA), "");
static_assert(sizeof(CString::XCHAR) == sizeof(TCHAR), "CString follows TCHAR");
#if defined(UNICODE)
static_assert(__is_same(CString, CStringW), "");
#else
static_assert(__is_same(CString, CStringA), "");
#endif

// A log line for the request: method, URL and status, formatted with CString.
CStringW FormatLogLine(IHttpContext* pHttpContext, USHORT uStatus)
{
    IHttpRequest* pRequest = pHttpContext->GetRequest();
    CStringA strMethod(pRequest->GetHttpMethod());
    CStringW strUrl(pHttpContext->GetScriptName());
    CStringW strLine;
    strLine.Format(L"%S %s -> %u", strMethod.GetString(), strUrl.GetString(),
                   static_cast<unsigned>(uStatus));
    strLine.AppendFormat(L" (%d chars)", strUrl.GetLength());
    strLine += L'\n';
    return strLine;
}

// Splits "a, b ,c" into trimmed, lower-case names.
int CountNames(const CString& strList)
{
    int cNames = 0;
    int iPos = 0;
    CString strToken = strList.Tokenize(_T(","), iPos);
    while (iPos != -1) {
        strToken.Trim();
        strToken.MakeLower();
        if (!strToken.IsEmpty() && strToken.CompareNoCase(_T("none")) != 0) {
            ++cNames;
        }
        strToken = strList.Tokenize(_T(","), iPos);
    }
    return cNames;
}

CString Normalize(LPCTSTR pszPath)
{
    CString strPath(pszPath);
    strPath.Replace(_T('\\'), _T('/'));
    strPath.Replace(_T("//"), _T("/"));
    strPath.TrimRight(_T('/'));
    if (strPath.Find(_T('?')) >= 0) {
        strPath = strPath.Left(strPath.Find(_T('?')));
    }
    if (strPath.GetLength() > 1 && strPath[0] == _T('/')) {
        strPath = strPath.Mid(1);
    }
    CString strExt = strPath.Right(4);
    if (strExt == _T(".asp") || _T(".htm") == strExt || strPath != _T("x")) {
        strPath.Append(_T(""));
    }
    strPath.Insert(0, _T('/'));
    strPath.Delete(0, 0);
    strPath.MakeUpper();
    return _T("[") + strPath + _T("]");
}

// Raw buffers: GetBuffer/ReleaseBuffer around an API that fills a buffer.
CStringW ModulePath()
{
    CStringW strPath;
    DWORD cch = GetModuleFileNameW(NULL, strPath.GetBuffer(MAX_PATH), MAX_PATH);
    strPath.ReleaseBuffer(static_cast<int>(cch));
    LPCWSTR pszPath = strPath; // operator PCXSTR
    return CStringW(pszPath);
}

// Conversions: classes (CW2A, CA2W, CT2A, CW2AEX, ...) and the older USES_CONVERSION macros.
HRESULT SetHeaderFromWide(IHttpResponse* pResponse, LPCWSTR pszValue)
{
    CW2A szUtf8(pszValue, CP_UTF8);
    CW2AEX<64> szShort(pszValue);
    LPCSTR pszAnsi = szShort;
    (void)pszAnsi;
    CStringA strValue(szUtf8);
    return pResponse->SetHeader("X-Module", strValue, static_cast<USHORT>(strValue.GetLength()),
                                TRUE);
}

CStringW Widen(LPCSTR pszNarrow)
{
    CA2W wsz(pszNarrow, CP_UTF8);
    CStringW strResult(static_cast<LPCWSTR>(wsz));
    CT2A szT(CString(_T("t")));
    CA2T szFromA("a");
    CW2T szFromW(L"w");
    CT2W wszT(_T("tw"));
    CT2CA szConstT(_T("ct"));
    LPCTSTR pszT = szFromA;
    LPCTSTR pszT2 = szFromW;
    (void)pszT;
    (void)pszT2;
    strResult += static_cast<LPCWSTR>(wszT);
    strResult += static_cast<LPCSTR>(szT);
    strResult += static_cast<LPCSTR>(szConstT);
    return strResult;
}

int OldStyle(LPCWSTR pszWide, LPCSTR pszNarrow)
{
    USES_CONVERSION;
    LPCSTR psz1 = W2A(pszWide);
    LPCWSTR psz2 = A2W(pszNarrow);
    LPCTSTR psz3 = W2CT(pszWide);
    LPCSTR psz4 = T2CA(psz3);
    LPCOLESTR psz5 = T2COLE(psz3);
    BSTR bstr = A2BSTR(pszNarrow);
    SysFreeString(bstr);
    return lstrlenA(psz1) + lstrlenW(psz2) + lstrlenA(psz4) + lstrlenW(psz5);
}

// A BSTR from a CString is the caller's to free.
HRESULT GetDisplayName(const CStringW& strName, BSTR* pbstrName)
{
    *pbstrName = strName.AllocSysString();
    return *pbstrName != NULL ? S_OK : E_OUTOFMEMORY;
}

#if defined(WITH_STL)
std::wstring ToStd(const CStringW& str)
{
    std::vector<std::wstring> parts;
    parts.push_back(std::wstring(str.GetString(), static_cast<size_t>(str.GetLength())));
    return parts.front();
}
#endif
