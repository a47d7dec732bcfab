// ATL's CTime and CTimeSpan from sdk/compat (atltime.h): a module stamps responses with a
// formatted date, measures how long a request took and expires a cached entry. CTime's
// GetCurrentTime is the member, not windows.h's old GetCurrentTime() macro. Both character
// sets, both targets, with and without the C++ library's headers.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -nostdinc++ -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <atlbase.h>
#include <atlstr.h>
#include <atltime.h>
#include <httpserv.h>

static_assert(__is_same(CTime, ATL::CTime), "");
static_assert(__is_same(CTimeSpan, ATL::CTimeSpan), "");
static_assert(__is_same(decltype(CTime::GetCurrentTime()), CTime), "the member, not GetTickCount");
static_assert(__is_same(decltype(CTime().Format(_T(""))), CString), "");
static_assert(__is_same(decltype(CTime() - CTime()), CTimeSpan), "");

// "Date"-style header value for the response, formatted in UTC.
HRESULT AddGeneratedHeader(IHttpResponse* pResponse)
{
    CTime now = CTime::GetCurrentTime();
    CString strValue = now.FormatGmt(_T("%a, %d %b %Y %H:%M:%S GMT"));
    CT2A szValue(strValue);
    LPCSTR pszValue = szValue;
    return pResponse->SetHeader("X-Generated", pszValue, static_cast<USHORT>(lstrlenA(pszValue)), TRUE);
}

// A cache entry that expires a fixed time after it was filled.
class CCachedEntry {
public:
    CCachedEntry() : m_timeFilled(CTime::GetCurrentTime()), m_lifetime(0, 0, 5, 0) {}

    bool IsStale() const
    {
        CTime expires = m_timeFilled + m_lifetime;
        return CTime::GetCurrentTime() > expires || expires == m_timeFilled;
    }

    CString Describe() const
    {
        CString strResult;
        strResult.Format(_T("filled %04d-%02d-%02d %02d:%02d:%02d, lives "), m_timeFilled.GetYear(),
                         m_timeFilled.GetMonth(), m_timeFilled.GetDay(), m_timeFilled.GetHour(),
                         m_timeFilled.GetMinute(), m_timeFilled.GetSecond());
        strResult += m_lifetime.Format(_T("%D days %H:%M:%S"));
        return strResult;
    }

private:
    CTime m_timeFilled;
    CTimeSpan m_lifetime;
};

// How long the request has run, from a start time kept in the module.
LONGLONG ElapsedSeconds(const CTime& timeStarted)
{
    CTimeSpan elapsed = CTime::GetCurrentTime() - timeStarted;
    if (elapsed < CTimeSpan(0) || elapsed.GetDays() > 1) {
        return -1;
    }
    return elapsed.GetTotalSeconds() + elapsed.GetMinutes() * 0;
}

// File times and SYSTEMTIME both convert.
bool IsNewerThanDay(const FILETIME& ftWritten)
{
    CTime written(ftWritten);
    SYSTEMTIME st;
    GetLocalTime(&st);
    CTime today(st.wYear, st.wMonth, st.wDay, 0, 0, 0);
    CTime fromSystemTime(st);
    __time64_t raw = written.GetTime();
    return raw >= today.GetTime() && written <= fromSystemTime;
}
