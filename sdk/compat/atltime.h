// atltime.h -- ATL's date and time classes: CTime (a point in time, seconds since 1970 UTC) and
// CTimeSpan (a signed number of seconds).
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible:
// they use the C run-time's 64-bit time functions, and Format goes through strftime/wcsftime.
//
// windows.h defines GetCurrentTime() as an old name for GetTickCount(); like ATL code expects,
// this header removes that macro so that CTime::GetCurrentTime() names the member.

#ifndef IISTIDY_COMPAT_ATLTIME_H
#define IISTIDY_COMPAT_ATLTIME_H
#pragma GCC system_header

#include <atlbase.h>
#include <atlstr.h>
#include <time.h>
#include <wchar.h>

#ifdef GetCurrentTime
#undef GetCurrentTime
#endif

namespace ATL {

// strftime for either character width.
inline size_t AtlTimeFormatTm(char* pszBuffer, size_t cchBuffer, const char* pszFormat,
                              const struct tm* ptm) noexcept
{
    return ::strftime(pszBuffer, cchBuffer, pszFormat, ptm);
}

inline size_t AtlTimeFormatTm(wchar_t* pszBuffer, size_t cchBuffer, const wchar_t* pszFormat,
                              const struct tm* ptm) noexcept
{
    return ::wcsftime(pszBuffer, cchBuffer, pszFormat, ptm);
}

// A signed length of time, in seconds.
class CTimeSpan {
public:
    CTimeSpan() noexcept : m_timeSpan(0) {}
    CTimeSpan(__time64_t time) noexcept : m_timeSpan(time) {}
    CTimeSpan(LONG lDays, int nHours, int nMins, int nSecs) noexcept
    {
        SetTimeSpan(lDays, nHours, nMins, nSecs);
    }

    void SetTimeSpan(LONG lDays, int nHours, int nMins, int nSecs) noexcept
    {
        m_timeSpan = nSecs + 60 * (nMins + 60 * (nHours + static_cast<__time64_t>(24) * lDays));
    }

    LONGLONG GetDays() const noexcept { return m_timeSpan / (24 * 3600); }
    LONGLONG GetTotalHours() const noexcept { return m_timeSpan / 3600; }
    LONG GetHours() const noexcept { return static_cast<LONG>(GetTotalHours() - GetDays() * 24); }
    LONGLONG GetTotalMinutes() const noexcept { return m_timeSpan / 60; }
    LONG GetMinutes() const noexcept
    {
        return static_cast<LONG>(GetTotalMinutes() - GetTotalHours() * 60);
    }
    LONGLONG GetTotalSeconds() const noexcept { return m_timeSpan; }
    LONG GetSeconds() const noexcept
    {
        return static_cast<LONG>(GetTotalSeconds() - GetTotalMinutes() * 60);
    }
    __time64_t GetTimeSpan() const noexcept { return m_timeSpan; }

    // %D (days), %H, %M, %S and %% are the documented codes.
    CString Format(LPCTSTR pszFormat) const
    {
        CString strResult;
        for (LPCTSTR p = pszFormat; p != NULL && *p != 0; ++p) {
            if (*p != _T('%') || p[1] == 0) {
                strResult.AppendChar(*p);
                continue;
            }
            ++p;
            switch (*p) {
            case _T('D'):
                strResult.AppendFormat(_T("%I64d"), GetDays());
                break;
            case _T('H'):
                strResult.AppendFormat(_T("%02ld"), static_cast<long>(GetHours()));
                break;
            case _T('M'):
                strResult.AppendFormat(_T("%02ld"), static_cast<long>(GetMinutes()));
                break;
            case _T('S'):
                strResult.AppendFormat(_T("%02ld"), static_cast<long>(GetSeconds()));
                break;
            default:
                strResult.AppendChar(*p);
                break;
            }
        }
        return strResult;
    }
    CString Format(UINT nFormatID) const
    {
        CString strFormat;
        strFormat.LoadString(nFormatID);
        return Format(static_cast<LPCTSTR>(strFormat));
    }

    CTimeSpan operator+(CTimeSpan span) const noexcept { return CTimeSpan(m_timeSpan + span.m_timeSpan); }
    CTimeSpan operator-(CTimeSpan span) const noexcept { return CTimeSpan(m_timeSpan - span.m_timeSpan); }
    CTimeSpan& operator+=(CTimeSpan span) noexcept
    {
        m_timeSpan += span.m_timeSpan;
        return *this;
    }
    CTimeSpan& operator-=(CTimeSpan span) noexcept
    {
        m_timeSpan -= span.m_timeSpan;
        return *this;
    }
    bool operator==(CTimeSpan span) const noexcept { return m_timeSpan == span.m_timeSpan; }
    bool operator!=(CTimeSpan span) const noexcept { return m_timeSpan != span.m_timeSpan; }
    bool operator<(CTimeSpan span) const noexcept { return m_timeSpan < span.m_timeSpan; }
    bool operator>(CTimeSpan span) const noexcept { return m_timeSpan > span.m_timeSpan; }
    bool operator<=(CTimeSpan span) const noexcept { return m_timeSpan <= span.m_timeSpan; }
    bool operator>=(CTimeSpan span) const noexcept { return m_timeSpan >= span.m_timeSpan; }

private:
    __time64_t m_timeSpan;
};

// A point in time: seconds since midnight, January 1, 1970, UTC.
class CTime {
public:
    static CTime WINAPI GetCurrentTime() noexcept { return CTime(::_time64(NULL)); }
    static BOOL WINAPI IsValidFILETIME(const FILETIME& ft) noexcept
    {
        SYSTEMTIME st;
        return ::FileTimeToSystemTime(&ft, &st);
    }

    CTime() noexcept : m_time(0) {}
    CTime(__time64_t time) noexcept : m_time(time) {}
    CTime(int nYear, int nMonth, int nDay, int nHour, int nMin, int nSec, int nDST = -1)
    {
        struct tm t = {};
        t.tm_year = nYear - 1900;
        t.tm_mon = nMonth - 1;
        t.tm_mday = nDay;
        t.tm_hour = nHour;
        t.tm_min = nMin;
        t.tm_sec = nSec;
        t.tm_isdst = nDST;
        m_time = ::_mktime64(&t);
        ATLENSURE(m_time != -1);
    }
    CTime(WORD wDosDate, WORD wDosTime, int nDST = -1)
    {
        *this = CTime((wDosDate >> 9) + 1980, (wDosDate >> 5) & 0xf, wDosDate & 0x1f,
                      wDosTime >> 11, (wDosTime >> 5) & 0x3f, (wDosTime & 0x1f) * 2, nDST);
    }
    CTime(const SYSTEMTIME& st, int nDST = -1)
    {
        *this = CTime(st.wYear, st.wMonth, st.wDay, st.wHour, st.wMinute, st.wSecond, nDST);
    }
    // A UTC FILETIME, shown in local time as ATL does.
    CTime(const FILETIME& ft, int nDST = -1)
    {
        FILETIME ftLocal;
        SYSTEMTIME st;
        ATLENSURE(::FileTimeToLocalFileTime(&ft, &ftLocal) && ::FileTimeToSystemTime(&ftLocal, &st));
        *this = CTime(st, nDST);
    }

    CTime& operator=(__time64_t time) noexcept
    {
        m_time = time;
        return *this;
    }

    __time64_t GetTime() const noexcept { return m_time; }

    struct tm* GetGmtTm(struct tm* ptm) const
    {
        ATLENSURE(ptm != NULL);
        return ::_gmtime64_s(ptm, &m_time) == 0 ? ptm : NULL;
    }
    struct tm* GetLocalTm(struct tm* ptm) const
    {
        ATLENSURE(ptm != NULL);
        return ::_localtime64_s(ptm, &m_time) == 0 ? ptm : NULL;
    }
    bool GetAsSystemTime(SYSTEMTIME& st) const noexcept
    {
        struct tm t;
        if (::_localtime64_s(&t, &m_time) != 0)
            return false;
        st.wYear = static_cast<WORD>(t.tm_year + 1900);
        st.wMonth = static_cast<WORD>(t.tm_mon + 1);
        st.wDayOfWeek = static_cast<WORD>(t.tm_wday);
        st.wDay = static_cast<WORD>(t.tm_mday);
        st.wHour = static_cast<WORD>(t.tm_hour);
        st.wMinute = static_cast<WORD>(t.tm_min);
        st.wSecond = static_cast<WORD>(t.tm_sec);
        st.wMilliseconds = 0;
        return true;
    }

    // Local-time parts.
    int GetYear() const { return LocalPart().tm_year + 1900; }
    int GetMonth() const { return LocalPart().tm_mon + 1; }
    int GetDay() const { return LocalPart().tm_mday; }
    int GetHour() const { return LocalPart().tm_hour; }
    int GetMinute() const { return LocalPart().tm_min; }
    int GetSecond() const { return LocalPart().tm_sec; }
    int GetDayOfWeek() const { return LocalPart().tm_wday + 1; }

    // strftime codes, in local time (Format) or UTC (FormatGmt).
    CString Format(LPCTSTR pszFormat) const
    {
        struct tm t;
        return FormatTm(pszFormat, GetLocalTm(&t));
    }
    CString FormatGmt(LPCTSTR pszFormat) const
    {
        struct tm t;
        return FormatTm(pszFormat, GetGmtTm(&t));
    }
    CString Format(UINT nFormatID) const
    {
        CString strFormat;
        strFormat.LoadString(nFormatID);
        return Format(static_cast<LPCTSTR>(strFormat));
    }
    CString FormatGmt(UINT nFormatID) const
    {
        CString strFormat;
        strFormat.LoadString(nFormatID);
        return FormatGmt(static_cast<LPCTSTR>(strFormat));
    }

    CTimeSpan operator-(CTime time) const noexcept { return CTimeSpan(m_time - time.m_time); }
    CTime operator-(CTimeSpan span) const noexcept { return CTime(m_time - span.GetTimeSpan()); }
    CTime operator+(CTimeSpan span) const noexcept { return CTime(m_time + span.GetTimeSpan()); }
    CTime& operator+=(CTimeSpan span) noexcept
    {
        m_time += span.GetTimeSpan();
        return *this;
    }
    CTime& operator-=(CTimeSpan span) noexcept
    {
        m_time -= span.GetTimeSpan();
        return *this;
    }
    bool operator==(CTime time) const noexcept { return m_time == time.m_time; }
    bool operator!=(CTime time) const noexcept { return m_time != time.m_time; }
    bool operator<(CTime time) const noexcept { return m_time < time.m_time; }
    bool operator>(CTime time) const noexcept { return m_time > time.m_time; }
    bool operator<=(CTime time) const noexcept { return m_time <= time.m_time; }
    bool operator>=(CTime time) const noexcept { return m_time >= time.m_time; }

private:
    struct tm LocalPart() const
    {
        struct tm t = {};
        ATLENSURE(::_localtime64_s(&t, &m_time) == 0);
        return t;
    }
    static CString FormatTm(LPCTSTR pszFormat, const struct tm* ptm)
    {
        TCHAR szBuffer[256];
        szBuffer[0] = 0;
        if (ptm != NULL && pszFormat != NULL)
            AtlTimeFormatTm(szBuffer, sizeof(szBuffer) / sizeof(szBuffer[0]), pszFormat, ptm);
        return CString(szBuffer);
    }

    __time64_t m_time;
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLTIME_H
