// atlcomtime.h -- ATL's OLE automation date classes: COleDateTime (a DATE, days since
// December 30, 1899, with the time of day as the fraction, plus a status) and
// COleDateTimeSpan (a length of time in days).
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible:
// conversions go through the automation functions (SystemTimeToVariantTime,
// VariantTimeToSystemTime, VarBstrFromDate, VarDateFromStr), and arithmetic treats DATE as a
// plain number of days (ATL's handling of dates before 1899 is not modelled).
//
// windows.h defines GetCurrentTime() as an old name for GetTickCount(); this header removes that
// macro so that COleDateTime::GetCurrentTime() names the member.

#ifndef IISTIDY_COMPAT_ATLCOMTIME_H
#define IISTIDY_COMPAT_ATLCOMTIME_H
#pragma GCC system_header

#include <atlbase.h>
#include <atlstr.h>
#include <oleauto.h>
#include <time.h>
#include <wchar.h>

#ifdef GetCurrentTime
#undef GetCurrentTime
#endif

namespace ATL {

// strftime for either character width.
inline size_t AtlComTimeFormatTm(char* pszBuffer, size_t cchBuffer, const char* pszFormat,
                                 const struct tm* ptm) noexcept
{
    return ::strftime(pszBuffer, cchBuffer, pszFormat, ptm);
}

inline size_t AtlComTimeFormatTm(wchar_t* pszBuffer, size_t cchBuffer, const wchar_t* pszFormat,
                                 const struct tm* ptm) noexcept
{
    return ::wcsftime(pszBuffer, cchBuffer, pszFormat, ptm);
}

// A signed length of time in days (the fraction is the part of a day).
class COleDateTimeSpan {
public:
    enum DateTimeSpanStatus { valid = 0, invalid = 1, null = 2 };

    COleDateTimeSpan() noexcept : m_span(0), m_status(valid) {}
    COleDateTimeSpan(double dblSpanSrc) noexcept : m_span(dblSpanSrc), m_status(valid) {}
    COleDateTimeSpan(LONG lDays, int nHours, int nMins, int nSecs) noexcept
    {
        SetDateTimeSpan(lDays, nHours, nMins, nSecs);
    }

    void SetDateTimeSpan(LONG lDays, int nHours, int nMins, int nSecs) noexcept
    {
        m_span = lDays + (nHours + (nMins + nSecs / 60.0) / 60.0) / 24.0;
        m_status = valid;
    }
    DateTimeSpanStatus GetStatus() const noexcept { return m_status; }
    void SetStatus(DateTimeSpanStatus status) noexcept { m_status = status; }

    double GetTotalDays() const noexcept { return m_span; }
    double GetTotalHours() const noexcept { return m_span * 24; }
    double GetTotalMinutes() const noexcept { return m_span * 24 * 60; }
    double GetTotalSeconds() const noexcept { return m_span * 24 * 60 * 60; }
    LONG GetDays() const noexcept { return static_cast<LONG>(m_span); }
    LONG GetHours() const noexcept { return static_cast<LONG>(GetTotalHours()) % 24; }
    LONG GetMinutes() const noexcept { return static_cast<LONG>(GetTotalMinutes()) % 60; }
    LONG GetSeconds() const noexcept
    {
        return static_cast<LONG>(GetTotalSeconds() + (m_span < 0 ? -0.5 : 0.5)) % 60;
    }

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
                strResult.AppendFormat(_T("%ld"), static_cast<long>(GetDays()));
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

    operator double() const noexcept { return m_span; }
    COleDateTimeSpan& operator=(double dblSpanSrc) noexcept
    {
        m_span = dblSpanSrc;
        m_status = valid;
        return *this;
    }
    COleDateTimeSpan operator+(const COleDateTimeSpan& span) const noexcept
    {
        return COleDateTimeSpan(m_span + span.m_span);
    }
    COleDateTimeSpan operator-(const COleDateTimeSpan& span) const noexcept
    {
        return COleDateTimeSpan(m_span - span.m_span);
    }
    COleDateTimeSpan operator-() const noexcept { return COleDateTimeSpan(-m_span); }
    COleDateTimeSpan& operator+=(const COleDateTimeSpan& span) noexcept
    {
        m_span += span.m_span;
        return *this;
    }
    COleDateTimeSpan& operator-=(const COleDateTimeSpan& span) noexcept
    {
        m_span -= span.m_span;
        return *this;
    }
    bool operator==(const COleDateTimeSpan& span) const noexcept { return m_span == span.m_span; }
    bool operator!=(const COleDateTimeSpan& span) const noexcept { return m_span != span.m_span; }
    bool operator<(const COleDateTimeSpan& span) const noexcept { return m_span < span.m_span; }
    bool operator>(const COleDateTimeSpan& span) const noexcept { return m_span > span.m_span; }
    bool operator<=(const COleDateTimeSpan& span) const noexcept { return m_span <= span.m_span; }
    bool operator>=(const COleDateTimeSpan& span) const noexcept { return m_span >= span.m_span; }

    double m_span;
    DateTimeSpanStatus m_status;
};

// An automation DATE with a status (valid, invalid, null or error).
class COleDateTime {
public:
    enum DateTimeStatus { error = -1, valid = 0, invalid = 1, null = 2 };

    static COleDateTime WINAPI GetCurrentTime() noexcept
    {
        SYSTEMTIME st;
        ::GetLocalTime(&st);
        return COleDateTime(st);
    }

    COleDateTime() noexcept : m_dt(0), m_status(valid) {}
    COleDateTime(DATE dtSrc) noexcept : m_dt(dtSrc), m_status(valid) {}
    COleDateTime(const VARIANT& varSrc) noexcept : m_dt(0), m_status(valid) { *this = varSrc; }
    COleDateTime(__time64_t timeSrc) noexcept : m_dt(0), m_status(valid) { *this = timeSrc; }
    COleDateTime(const SYSTEMTIME& systimeSrc) noexcept : m_dt(0), m_status(valid)
    {
        *this = systimeSrc;
    }
    COleDateTime(const FILETIME& filetimeSrc) noexcept : m_dt(0), m_status(valid)
    {
        *this = filetimeSrc;
    }
    COleDateTime(int nYear, int nMonth, int nDay, int nHour, int nMin, int nSec) noexcept
        : m_dt(0), m_status(valid)
    {
        SetDateTime(nYear, nMonth, nDay, nHour, nMin, nSec);
    }
    COleDateTime(WORD wDosDate, WORD wDosTime) noexcept : m_dt(0), m_status(valid)
    {
        m_status = ::DosDateTimeToVariantTime(wDosDate, wDosTime, &m_dt) ? valid : invalid;
    }

    COleDateTime& operator=(const VARIANT& varSrc) noexcept
    {
        if (varSrc.vt == VT_DATE) {
            m_dt = varSrc.date;
            m_status = valid;
        } else if (varSrc.vt == VT_NULL) {
            m_dt = 0;
            m_status = null;
        } else {
            VARIANT varDate;
            ::VariantInit(&varDate);
            if (SUCCEEDED(::VariantChangeType(&varDate, const_cast<VARIANT*>(&varSrc), 0, VT_DATE))) {
                m_dt = varDate.date;
                m_status = valid;
            } else {
                m_dt = 0;
                m_status = invalid;
            }
            ::VariantClear(&varDate);
        }
        return *this;
    }
    COleDateTime& operator=(DATE dtSrc) noexcept
    {
        m_dt = dtSrc;
        m_status = valid;
        return *this;
    }
    COleDateTime& operator=(const __time64_t& timeSrc) noexcept
    {
        struct tm t;
        if (::_localtime64_s(&t, &timeSrc) != 0) {
            m_dt = 0;
            m_status = invalid;
            return *this;
        }
        return SetDateTimeAndReturn(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour,
                                    t.tm_min, t.tm_sec);
    }
    COleDateTime& operator=(const SYSTEMTIME& systimeSrc) noexcept
    {
        m_status = ::SystemTimeToVariantTime(const_cast<SYSTEMTIME*>(&systimeSrc), &m_dt) ? valid
                                                                                          : invalid;
        return *this;
    }
    // A UTC FILETIME, shown in local time.
    COleDateTime& operator=(const FILETIME& filetimeSrc) noexcept
    {
        FILETIME ftLocal;
        SYSTEMTIME st;
        if (::FileTimeToLocalFileTime(&filetimeSrc, &ftLocal) && ::FileTimeToSystemTime(&ftLocal, &st))
            return *this = st;
        m_dt = 0;
        m_status = invalid;
        return *this;
    }

    DateTimeStatus GetStatus() const noexcept { return m_status; }
    void SetStatus(DateTimeStatus status) noexcept { m_status = status; }
    operator DATE() const noexcept { return m_dt; }

    bool GetAsSystemTime(SYSTEMTIME& st) const noexcept
    {
        return m_status == valid && ::VariantTimeToSystemTime(m_dt, &st) != 0;
    }

    int GetYear() const noexcept { return Part(&SYSTEMTIME::wYear); }
    int GetMonth() const noexcept { return Part(&SYSTEMTIME::wMonth); }
    int GetDay() const noexcept { return Part(&SYSTEMTIME::wDay); }
    int GetHour() const noexcept { return Part(&SYSTEMTIME::wHour); }
    int GetMinute() const noexcept { return Part(&SYSTEMTIME::wMinute); }
    int GetSecond() const noexcept { return Part(&SYSTEMTIME::wSecond); }
    // 1 is Sunday.
    int GetDayOfWeek() const noexcept
    {
        int nDay = Part(&SYSTEMTIME::wDayOfWeek);
        return nDay < 0 ? -1 : nDay + 1;
    }
    // 1 is January 1.
    int GetDayOfYear() const noexcept
    {
        int nYear = GetYear();
        if (nYear < 0)
            return -1;
        COleDateTime dtFirst(nYear, 1, 1, 0, 0, 0);
        return static_cast<int>(m_dt - dtFirst.m_dt) + 1;
    }

    int SetDateTime(int nYear, int nMonth, int nDay, int nHour, int nMin, int nSec) noexcept
    {
        SetDateTimeAndReturn(nYear, nMonth, nDay, nHour, nMin, nSec);
        return m_status == valid ? 0 : 1;
    }
    int SetDate(int nYear, int nMonth, int nDay) noexcept
    {
        return SetDateTime(nYear, nMonth, nDay, 0, 0, 0);
    }
    int SetTime(int nHour, int nMin, int nSec) noexcept
    {
        return SetDateTime(1899, 12, 30, nHour, nMin, nSec);
    }

    // The locale's format (VAR_DATEVALUEONLY, VAR_TIMEVALUEONLY, ... in dwFlags).
    CString Format(DWORD dwFlags = 0, LCID lcid = LANG_USER_DEFAULT) const
    {
        if (m_status == null)
            return CString();
        if (m_status != valid)
            return CString(_T("Invalid DateTime"));
        BSTR bstr = NULL;
        if (FAILED(::VarBstrFromDate(m_dt, lcid, dwFlags, &bstr)))
            return CString();
        CString strResult(bstr);
        ::SysFreeString(bstr);
        return strResult;
    }
    // strftime codes.
    CString Format(LPCTSTR pFormat) const
    {
        SYSTEMTIME st;
        if (pFormat == NULL || !GetAsSystemTime(st))
            return CString();
        struct tm t = {};
        t.tm_year = st.wYear - 1900;
        t.tm_mon = st.wMonth - 1;
        t.tm_mday = st.wDay;
        t.tm_hour = st.wHour;
        t.tm_min = st.wMinute;
        t.tm_sec = st.wSecond;
        t.tm_wday = st.wDayOfWeek;
        t.tm_isdst = -1;
        TCHAR szBuffer[256];
        szBuffer[0] = 0;
        AtlComTimeFormatTm(szBuffer, sizeof(szBuffer) / sizeof(szBuffer[0]), pFormat, &t);
        return CString(szBuffer);
    }
    CString Format(UINT nFormatID) const
    {
        CString strFormat;
        strFormat.LoadString(nFormatID);
        return Format(static_cast<LPCTSTR>(strFormat));
    }

    // Parses with the locale's rules; on failure the status becomes invalid and false returns.
    bool ParseDateTime(LPCTSTR lpszDate, DWORD dwFlags = 0, LCID lcid = LANG_USER_DEFAULT) noexcept
    {
        if (lpszDate == NULL) {
            m_status = invalid;
            return false;
        }
        CStringW strDate(lpszDate);
        DATE dt = 0;
        if (FAILED(::VarDateFromStr(const_cast<LPWSTR>(strDate.GetString()), lcid, dwFlags, &dt))) {
            m_dt = 0;
            m_status = invalid;
            return false;
        }
        m_dt = dt;
        m_status = valid;
        return true;
    }

    COleDateTime operator+(COleDateTimeSpan dateSpan) const noexcept
    {
        return COleDateTime(m_dt + dateSpan.m_span);
    }
    COleDateTime operator-(COleDateTimeSpan dateSpan) const noexcept
    {
        return COleDateTime(m_dt - dateSpan.m_span);
    }
    COleDateTimeSpan operator-(const COleDateTime& date) const noexcept
    {
        return COleDateTimeSpan(m_dt - date.m_dt);
    }
    COleDateTime& operator+=(COleDateTimeSpan dateSpan) noexcept
    {
        m_dt += dateSpan.m_span;
        return *this;
    }
    COleDateTime& operator-=(COleDateTimeSpan dateSpan) noexcept
    {
        m_dt -= dateSpan.m_span;
        return *this;
    }
    bool operator==(const COleDateTime& date) const noexcept { return m_dt == date.m_dt; }
    bool operator!=(const COleDateTime& date) const noexcept { return m_dt != date.m_dt; }
    bool operator<(const COleDateTime& date) const noexcept { return m_dt < date.m_dt; }
    bool operator>(const COleDateTime& date) const noexcept { return m_dt > date.m_dt; }
    bool operator<=(const COleDateTime& date) const noexcept { return m_dt <= date.m_dt; }
    bool operator>=(const COleDateTime& date) const noexcept { return m_dt >= date.m_dt; }

    DATE m_dt;
    DateTimeStatus m_status;

private:
    int Part(WORD SYSTEMTIME::*pField) const noexcept
    {
        SYSTEMTIME st;
        return GetAsSystemTime(st) ? st.*pField : -1;
    }
    COleDateTime& SetDateTimeAndReturn(int nYear, int nMonth, int nDay, int nHour, int nMin,
                                       int nSec) noexcept
    {
        SYSTEMTIME st = {};
        st.wYear = static_cast<WORD>(nYear);
        st.wMonth = static_cast<WORD>(nMonth);
        st.wDay = static_cast<WORD>(nDay);
        st.wHour = static_cast<WORD>(nHour);
        st.wMinute = static_cast<WORD>(nMin);
        st.wSecond = static_cast<WORD>(nSec);
        return *this = st;
    }
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLCOMTIME_H
