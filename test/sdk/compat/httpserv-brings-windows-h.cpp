// A module source that includes only httpserv.h and then uses the Windows API, as sources
// written against the SDK do (the SDK's httpserv.h brings windows.h in). On a Windows target
// whose include path has windows.h (mingw-w64's here), iis-tidy's httpserv.h includes it first.
// Without sdk/compat the windows.h part must work too; with it, httpserv.h also takes the SAL
// annotations and HTTP Server API flags that mingw-w64 lacks.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -I%sdk_include %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DWITH_COMPAT -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -DWITH_COMPAT -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <httpserv.h>

#if !IISTIDY_HTTPSERV_WITH_WINDOWS_H || !defined(_WINDOWS_)
#error "httpserv.h should have included windows.h"
#endif

static CRITICAL_SECTION g_csLog;
static volatile LONG g_cRequests = 0;

static void LogLastError(DWORD dwError)
{
    WCHAR szMessage[256];
    DWORD cch = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL,
                               dwError, 0, szMessage, 256, NULL);
    EnterCriticalSection(&g_csLog);
    if (cch != 0) {
        OutputDebugStringW(szMessage);
    }
    LeaveCriticalSection(&g_csLog);
}

class CCountingModule : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext* pHttpContext,
                                               IHttpEventProvider* pProvider) override
    {
        (void)pProvider;
        InterlockedIncrement(&g_cRequests);
        const char szBody[] = "counted";
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = const_cast<char*>(szBody);
        chunk.FromMemory.BufferLength = static_cast<ULONG>(strlen(szBody));
        DWORD cbSent = 0;
        HRESULT hr = pHttpContext->GetResponse()->WriteEntityChunks(&chunk, 1, FALSE, TRUE,
                                                                     &cbSent);
        if (FAILED(hr)) {
            LogLastError(static_cast<DWORD>(hr));
        }
        return RQ_NOTIFICATION_CONTINUE;
    }
};

// Overlapped I/O on a handle IIS's thread pool completes.
static void WINAPI OnIoComplete(DWORD dwError, DWORD cbTransferred, LPOVERLAPPED pOverlapped)
{
    (void)cbTransferred;
    (void)pOverlapped;
    if (dwError != ERROR_SUCCESS) {
        LogLastError(dwError);
    }
}

HRESULT StartWatch(IHttpServer* pServer, HANDLE hDirectory)
{
    static OVERLAPPED s_overlapped;
    ZeroMemory(&s_overlapped, sizeof(s_overlapped));
    UINT_PTR uKey = reinterpret_cast<UINT_PTR>(hDirectory);
    (void)uKey;
    return pServer->AssociateWithThreadPool(hDirectory, OnIoComplete);
}

#if defined(WITH_COMPAT)
// From sdk/compat: annotations mingw-w64 lacks, and newer HTTP Server API flags.
static bool IsHttp2(__in const HTTP_REQUEST* pRequest, _Pre_ _Notnull_ DWORD* pdwFlags)
{
    *pdwFlags = pRequest->Flags;
    return (pRequest->Flags & HTTP_REQUEST_FLAG_HTTP2) != 0;
}
static_assert(HTTP_REQUEST_FLAG_HTTP2 == 0x4 && HTTP_REQUEST_FLAG_HTTP3 == 0x8, "");
static_assert(HTTP_REQUEST_FLAG_IP_ROUTED == 0x2, "");
#endif

HRESULT WINAPI RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo* pModuleInfo,
                              IHttpServer* pGlobalInfo)
{
    (void)dwServerVersion;
    (void)pModuleInfo;
    (void)pGlobalInfo;
    InitializeCriticalSection(&g_csLog);
#if defined(WITH_COMPAT)
    (void)&IsHttp2;
#endif
    return S_OK;
}
