// The smaller sdk/compat headers: atlsync.h, atlfile.h, atlutil.h, atlexcept.h, atltrace.h,
// atlconv.h and atlsimpstr.h included on their own, winmeta.h (which mingw-w64 lacks),
// ppltasks.h (a synchronous concurrency::task) and <cvt/wstring> / <cvt/utf8>.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <atlconv.h>
#include <atlexcept.h>
#include <atlsimpstr.h>
#include <atltrace.h>
#include <atlsync.h>
#include <atlfile.h>
#include <atlutil.h>
#include <winmeta.h>
#include <ppltasks.h>
#include <cvt/wstring>
#include <cvt/utf8>
#include <httpserv.h>
#include <string>

static_assert(WINEVENT_LEVEL_CRITICAL == 1 && WINEVENT_LEVEL_VERBOSE == 5, "");
static_assert(WINEVENT_OPCODE_START == 1 && WINEVENT_OPCODE_RECEIVE == 240, "");
static_assert(WINEVENT_KEYWORD_AUDIT_FAILURE == 0x10000000000000ULL, "");
static_assert(WINEVENT_KEYWORD_EVENTLOG_CLASSIC == 0x80000000000000ULL, "");
static_assert(WINEVENT_CHANNEL_GLOBAL_SYSTEM == 8, "");

// Synchronization objects.
static CCriticalSection g_csWriter;
static CEvent g_evShutdown;
static CMutex g_mtxFile;

HRESULT StartWriter()
{
    if (!g_evShutdown.Create(NULL, TRUE, FALSE, NULL)) {
        return AtlHresultFromLastError();
    }
    CSemaphore semSlots(0, 4);
    semSlots.Release();
    g_csWriter.Enter();
    BOOL fEntered = g_csWriter.TryEnter();
    if (fEntered) {
        g_csWriter.Leave();
    }
    g_csWriter.Leave();
    return S_OK;
}

// A log file written with CAtlFile.
HRESULT AppendToLog(LPCTSTR pszFile, const CStringA& strLine)
{
    CMutexLock lock(g_mtxFile, false);
    lock.Lock();
    CAtlFile file;
    HRESULT hr = file.Create(pszFile, FILE_APPEND_DATA, FILE_SHARE_READ, OPEN_ALWAYS);
    if (FAILED(hr)) {
        return hr;
    }
    ULONGLONG cbSize = 0;
    hr = file.GetSize(cbSize);
    if (SUCCEEDED(hr)) {
        DWORD cbWritten = 0;
        hr = file.Write(strLine.GetString(), static_cast<DWORD>(strLine.GetLength()), &cbWritten);
    }
    if (SUCCEEDED(hr)) {
        hr = file.Flush();
    }
    ATLTRACE(atlTraceGeneral, 1, "log size %llu\n", cbSize);
    return hr;
}

// ATL's exception type and the simple-string base on their own.
HRESULT Check(HRESULT hr)
{
    ATL::CAtlException e(hr);
    ATL::CSimpleStringT<char> str("x");
    str.AppendChar('y');
    return str.GetLength() == 2 ? static_cast<HRESULT>(e) : E_FAIL;
}

// Tasks, as module code that shares helpers with PPL-based code writes them.
int RunTasks()
{
    concurrency::task<int> tCount([]() { return 3; });
    auto tDouble = tCount.then([](int n) { return n * 2; });
    auto tText = tDouble.then([](concurrency::task<int> t) { return std::to_wstring(t.get()); });
    concurrency::create_task([]() {}).then([]() {}).wait();
    stdext::cvt::wstring_convert<stdext::cvt::codecvt_utf8<wchar_t>> converter;
    std::string strUtf8 = converter.to_bytes(tText.get());
    return static_cast<int>(strUtf8.size()) + (tDouble.is_done() ? 1 : 0);
}
