// TraceLogging from sdk/compat (traceloggingprovider.h): a module defines its provider,
// registers it when it is loaded and logs each request with TraceLoggingWrite and the field
// macros. The events are not traced; the variables that are only logged still count as used
// (-Wunused, -Werror), for both character sets and both targets, and leaving out the
// optional arguments does not warn under -pedantic.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -pedantic -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clang --target=x86_64-w64-mingw32 -x c -fsyntax-only -std=c11 -Wall -Wextra -Werror -DTLG_C_ONLY -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <traceloggingprovider.h>

#if defined(TLG_C_ONLY)
// A C source defines and uses a provider too.
TRACELOGGING_DECLARE_PROVIDER(g_hCProvider);
TRACELOGGING_DEFINE_PROVIDER(g_hCProvider, "Contoso.Iis.CModule",
                             (0x1f2e3d4c, 0x5b6a, 0x7988, 0x97, 0xa6, 0xb5, 0xc4, 0xd3, 0xe2, 0xf1, 0x00));

int LogFromC(int cItems)
{
    int hr = (int)TraceLoggingRegister(g_hCProvider);
    TraceLoggingWrite(g_hCProvider, "CStarted", TraceLoggingInt32(cItems, "Items"));
    TraceLoggingUnregister(g_hCProvider);
    return hr;
}
#else
#include <httpserv.h>

// Declared where the module's shared header would declare it, defined once below.
TRACELOGGING_DECLARE_PROVIDER(g_hModuleProvider);

// {6B1C5F0E-2D43-4A8B-9C7D-0E1F2A3B4C5D}
TRACELOGGING_DEFINE_PROVIDER(g_hModuleProvider, "Contoso.Iis.RequestLogger",
                             (0x6b1c5f0e, 0x2d43, 0x4a8b, 0x9c, 0x7d, 0x0e, 0x1f, 0x2a, 0x3b, 0x4c, 0x5d),
                             TraceLoggingOptionGroup(0x4f50731a, 0x89cf, 0x4782, 0xb3, 0xe0, 0xdc, 0xe8, 0xc9, 0x04, 0x76, 0xba));

static_assert(__is_same(decltype(TraceLoggingRegister(g_hModuleProvider)), HRESULT), "");

class CRequestLoggerModule final : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext* pHttpContext, IHttpEventProvider* pProvider) override
    {
        (void)pProvider;
        IHttpRequest* pRequest = pHttpContext->GetRequest();
        PCSTR pszMethod = pRequest->GetHttpMethod();
        PCWSTR pszUrl = pHttpContext->GetScriptName();
        USHORT cchUserAgent = 0;
        PCSTR pszUserAgent = pRequest->GetHeader(HttpHeaderUserAgent, &cchUserAgent);
        DWORD dwSiteId = pHttpContext->GetSite()->GetSiteId();
        bool fSecure = pRequest->GetRawHttpRequest()->pSslInfo != NULL;
        GUID activityId = {};
        // Only logged: must not be reported as unused.
        ULONGLONG ullStarted = GetTickCount64();

        TraceLoggingWrite(g_hModuleProvider, "RequestStarted",
                          TraceLoggingLevel(WINEVENT_LEVEL_INFO),
                          TraceLoggingKeyword(0x10),
                          TraceLoggingOpcode(WINEVENT_OPCODE_START),
                          TraceLoggingDescription("A request reached the module"),
                          TraceLoggingString(pszMethod, "Method"),
                          TraceLoggingWideString(pszUrl, "Url"),
                          TraceLoggingCountedString(pszUserAgent, cchUserAgent, "UserAgent"),
                          TraceLoggingUInt32(dwSiteId, "SiteId"),
                          TraceLoggingBool(fSecure, "Secure"),
                          TraceLoggingGuid(activityId, "Activity"),
                          TraceLoggingPointer(pHttpContext, "Context"),
                          TraceLoggingValue(ullStarted, "Started"),
                          TraceLoggingValue(cchUserAgent));
        TraceLoggingWrite(g_hModuleProvider, "Heartbeat");
        return RQ_NOTIFICATION_CONTINUE;
    }

    VOID Dispose() override
    {
        HRESULT hr = S_OK;
        INT32 cRequests = 0;
        TraceLoggingWrite(g_hModuleProvider, "ModuleDisposed",
                          TraceLoggingLevel(WINEVENT_LEVEL_VERBOSE),
                          TraceLoggingHResult(hr, "Result"),
                          TraceLoggingInt32(cRequests, "Requests", "How many requests this instance saw"));
        delete this;
    }
};

class CRequestLoggerFactory final : public IHttpModuleFactory {
public:
    HRESULT GetHttpModule(CHttpModule** ppModule, IModuleAllocator* pAllocator) override
    {
        (void)pAllocator;
        *ppModule = new CRequestLoggerModule();
        return S_OK;
    }
    VOID Terminate() override
    {
        if (TraceLoggingProviderEnabled(g_hModuleProvider, WINEVENT_LEVEL_INFO, 0)) {
            TraceLoggingWrite(g_hModuleProvider, "Terminating");
        }
        TraceLoggingUnregister(g_hModuleProvider);
        delete this;
    }
};

HRESULT __stdcall RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo* pModuleInfo, IHttpServer* pGlobalInfo)
{
    (void)dwServerVersion;
    (void)pGlobalInfo;
    HRESULT hr = TraceLoggingRegister(g_hModuleProvider);
    if (FAILED(hr)) {
        return hr;
    }
    const GUID* pId = TraceLoggingProviderId(g_hModuleProvider);
    TraceLoggingWrite(g_hModuleProvider, "Registered", TraceLoggingGuid(*pId, "ProviderId"));
    return pModuleInfo->SetRequestNotifications(new CRequestLoggerFactory(), RQ_BEGIN_REQUEST, 0);
}
#endif
