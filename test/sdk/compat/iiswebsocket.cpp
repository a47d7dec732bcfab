// iiswebsocket.h from sdk/compat: a handler that takes the WebSocket context from IHttpContext3's
// named-context container and reads, writes and closes through it. The header needs only
// httpserv.h, so it also works in httpserv.h's standalone mode (MSVC targets, no windows.h);
// the member order (vtable slots after IHttpStoredContext::CleanupStoredContext) is the SDK's.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-pc-windows-msvc -fsyntax-only -std=c++17 -Wall -Wextra -Werror -nostdinc -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-pc-windows-msvc -fsyntax-only -std=c++17 -Wall -Wextra -Werror -nostdinc -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-pc-windows-msvc -std=c++17 -S -emit-llvm -o /dev/null -Xclang -fdump-vtable-layouts -nostdinc -isystem %sdk_include -isystem %repo/sdk/compat %s | FileCheck %s --check-prefix=VTABLE

#include <httpserv.h>
#include <iiswebsocket.h>

static_assert(__is_base_of(IHttpStoredContext, IWebSocketContext), "");
static_assert(__is_same(PFN_WEBSOCKET_COMPLETION,
                        void(WINAPI*)(HRESULT, void*, DWORD, BOOL, BOOL, BOOL)),
              "");

static IHttpServer* g_pHttpServer = NULL;

// The module's wrapper around the SDK's HttpGetExtendedInterface (which iis-tidy's httpserv.h
// does not declare).
HRESULT GetContext3(IHttpContext* pHttpContext, IHttpContext3** ppHttpContext3);

struct ECHO_STATE {
    IWebSocketContext* pWebSocket;
    IHttpContext* pHttpContext;
    BYTE abBuffer[4096];
};

static void WINAPI OnReadComplete(HRESULT hrError, void* pvCompletionContext, DWORD cbIO,
                                  BOOL fUTF8Encoded, BOOL fFinalFragment, BOOL fClose)
{
    ECHO_STATE* pState = static_cast<ECHO_STATE*>(pvCompletionContext);
    if (FAILED(hrError) || fClose) {
        pState->pWebSocket->CancelOutstandingIO();
        pState->pWebSocket->CloseTcpConnection();
        pState->pHttpContext->IndicateCompletion(RQ_NOTIFICATION_FINISH_REQUEST);
        return;
    }
    DWORD cbSent = cbIO;
    BOOL fCompletionExpected = FALSE;
    pState->pWebSocket->WriteFragment(pState->abBuffer, &cbSent, TRUE, fUTF8Encoded,
                                      fFinalFragment, NULL, NULL, &fCompletionExpected);
}

class CEchoModule : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext* pHttpContext,
                                                        IHttpEventProvider* pProvider) override
    {
        (void)pProvider;
        IHttpContext3* pHttpContext3 = NULL;
        HRESULT hr = GetContext3(pHttpContext, &pHttpContext3);
        if (FAILED(hr) || pHttpContext3 == NULL) {
            return RQ_NOTIFICATION_FINISH_REQUEST;
        }
        IWebSocketContext* pWebSocket = static_cast<IWebSocketContext*>(
            pHttpContext3->GetNamedContextContainer()->GetNamedContext(IIS_WEBSOCKET));
        if (pWebSocket == NULL) {
            return RQ_NOTIFICATION_CONTINUE;
        }
        ECHO_STATE* pState = static_cast<ECHO_STATE*>(
            pHttpContext->AllocateRequestMemory(sizeof(ECHO_STATE)));
        if (pState == NULL) {
            pWebSocket->SendConnectionClose(FALSE, 1011, L"out of memory");
            return RQ_NOTIFICATION_FINISH_REQUEST;
        }
        pState->pWebSocket = pWebSocket;
        pState->pHttpContext = pHttpContext;
        DWORD cbRead = sizeof(pState->abBuffer);
        BOOL fUTF8 = FALSE;
        BOOL fFinal = FALSE;
        BOOL fClose = FALSE;
        BOOL fCompletionExpected = FALSE;
        hr = pWebSocket->ReadFragment(pState->abBuffer, &cbRead, TRUE, &fUTF8, &fFinal, &fClose,
                                      OnReadComplete, pState, &fCompletionExpected);
        if (FAILED(hr)) {
            USHORT uStatus = 0;
            LPCWSTR pszReason = NULL;
            USHORT cchReason = 0;
            pWebSocket->GetCloseStatus(&uStatus, &pszReason, &cchReason);
            return RQ_NOTIFICATION_FINISH_REQUEST;
        }
        return fCompletionExpected ? RQ_NOTIFICATION_PENDING : RQ_NOTIFICATION_CONTINUE;
    }
};

bool IsUpgraded(IHttpContext* pHttpContext)
{
    PCSTR pszValue = NULL;
    DWORD cchValue = 0;
    return SUCCEEDED(pHttpContext->GetServerVariable(IIS_WEBSOCKET_SERVER_VARIABLE, &pszValue,
                                                     &cchValue)) &&
           g_pHttpServer != NULL;
}

// An out-of-line constructor lays out (and dumps) the interface's vftable.
struct CProbeWebSocket : IWebSocketContext {
    CProbeWebSocket();
};
CProbeWebSocket::CProbeWebSocket() {}

// VTABLE-LABEL: VFTable indices for 'IWebSocketContext' (6 entries).
// VTABLE-NEXT:   1 | HRESULT IWebSocketContext::WriteFragment(void *, DWORD *, BOOL, BOOL, BOOL, PFN_WEBSOCKET_COMPLETION, void *, BOOL *)
// VTABLE-NEXT:   2 | HRESULT IWebSocketContext::ReadFragment(void *, DWORD *, BOOL, BOOL *, BOOL *, BOOL *, PFN_WEBSOCKET_COMPLETION, void *, BOOL *)
// VTABLE-NEXT:   3 | HRESULT IWebSocketContext::SendConnectionClose(BOOL, USHORT, LPCWSTR, PFN_WEBSOCKET_COMPLETION, void *, BOOL *)
// VTABLE-NEXT:   4 | HRESULT IWebSocketContext::GetCloseStatus(USHORT *, LPCWSTR *, USHORT *)
// VTABLE-NEXT:   5 | void IWebSocketContext::CloseTcpConnection()
// VTABLE-NEXT:   6 | void IWebSocketContext::CancelOutstandingIO()
