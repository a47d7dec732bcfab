// ATL's COleDateTime and COleDateTimeSpan from sdk/compat (atlcomtime.h): a module parses an
// If-Modified-Since style value, compares it with a file's write time, reads a DATE out of a
// configuration VARIANT and formats the result. COleDateTime::GetCurrentTime is the member, not
// windows.h's old GetCurrentTime() macro. Both character sets, both targets, with and without
// the C++ library's headers.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -nostdinc++ -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <atlbase.h>
#include <atlcomtime.h>
#include <atlstr.h>
#include <httpserv.h>

static_assert(__is_same(COleDateTime, ATL::COleDateTime), "");
static_assert(__is_same(COleDateTimeSpan, ATL::COleDateTimeSpan), "");
static_assert(__is_same(decltype(COleDateTime::GetCurrentTime()), COleDateTime), "the member, not GetTickCount");
static_assert(__is_same(decltype(COleDateTime().m_dt), DATE), "");
static_assert(__is_same(decltype(COleDateTime().m_status), COleDateTime::DateTimeStatus), "");
static_assert(__is_same(decltype(COleDateTime() - COleDateTime()), COleDateTimeSpan), "");

// True when the client's copy (If-Modified-Since) is at least as new as the file.
bool ClientCopyIsCurrent(IHttpRequest* pRequest, const FILETIME& ftLastWrite)
{
    USHORT cchValue = 0;
    PCSTR pszValue = pRequest->GetHeader(HttpHeaderIfModifiedSince, &cchValue);
    if (pszValue == NULL || cchValue == 0) {
        return false;
    }
    COleDateTime dtClient;
    if (!dtClient.ParseDateTime(CString(pszValue)) || dtClient.GetStatus() != COleDateTime::valid) {
        return false;
    }
    COleDateTime dtFile(ftLastWrite);
    return dtFile.m_status == COleDateTime::valid && dtClient >= dtFile;
}

// A configured expiry date, as a VARIANT read from the module's configuration section.
CString DescribeExpiry(const VARIANT& varExpires)
{
    COleDateTime dtExpires(varExpires);
    if (dtExpires.GetStatus() == COleDateTime::null) {
        return CString(_T("never"));
    }
    COleDateTimeSpan remaining = dtExpires - COleDateTime::GetCurrentTime();
    CString strResult = dtExpires.Format(VAR_DATEVALUEONLY, LOCALE_INVARIANT);
    strResult += _T(" (");
    strResult += remaining.Format(_T("%D days %H:%M"));
    strResult += _T(")");
    if (remaining < COleDateTimeSpan(0, 0, 0, 0) || remaining.GetTotalHours() > 24.0 * 365) {
        strResult += _T(" out of range");
    }
    return strResult;
}

// Log-file names and a rollover time built from parts and from SYSTEMTIME.
CString DailyLogName(const SYSTEMTIME& stNow)
{
    COleDateTime dtNow(stNow);
    COleDateTime dtMidnight(dtNow.GetYear(), dtNow.GetMonth(), dtNow.GetDay(), 0, 0, 0);
    COleDateTime dtRollover = dtMidnight + COleDateTimeSpan(1, 0, 0, 0);
    dtRollover -= COleDateTimeSpan(0, 0, 0, 1);
    CString strName;
    strName.Format(_T("requests-%04d%02d%02d-%d.log"), dtNow.GetYear(), dtNow.GetMonth(),
                   dtNow.GetDay(), dtNow.GetDayOfYear());
    if (dtRollover.GetHour() == 23 && dtRollover.GetMinute() == 59 && dtNow.GetSecond() >= 0) {
        strName += dtRollover.Format(_T("-%H%M%S"));
    }
    DATE dtRaw = dtRollover;
    COleDateTime dtCopy;
    dtCopy = dtRaw;
    dtCopy.SetDate(2024, 2, 29);
    dtCopy.SetTime(12, 0, 0);
    return dtCopy != dtRollover ? strName : CString();
}
