// iiswebsocket.h -- the IIS WebSocket module's interface for native modules.
//
// Written for iis-tidy from public facts (the IIS native-code API reference pages for
// IWebSocketContext and PFN_WEBSOCKET_COMPLETION, and the member order of the SDK header); no
// text of the Windows SDK's iiswebsocket.h was copied. It serves static analysis on hosts
// without the Windows SDK, for example with mingw-w64's windows.h on Linux. Production builds use
// the Windows SDK.
//
// A module obtains the context from IHttpContext3: GetNamedContextContainer() ->
// GetNamedContext(IIS_WEBSOCKET), cast to IWebSocketContext*. The context belongs to IIS: the
// module does not delete it.

#ifndef IISTIDY_COMPAT_IISWEBSOCKET_H
#define IISTIDY_COMPAT_IISWEBSOCKET_H
#pragma GCC system_header

#include <httpserv.h>

// The name under which the WebSocket module stores its context in the named-context container,
// and the server variable it sets on a request that was upgraded.
#ifndef IIS_WEBSOCKET
#define IIS_WEBSOCKET L"websockets"
#endif
#ifndef IIS_WEBSOCKET_SERVER_VARIABLE
#define IIS_WEBSOCKET_SERVER_VARIABLE "IIS_WEBSOCK"
#endif

// Called when an asynchronous ReadFragment, WriteFragment or SendConnectionClose completes.
typedef void(WINAPI* PFN_WEBSOCKET_COMPLETION)(HRESULT hrError, void* pvCompletionContext,
                                               DWORD cbIO, BOOL fUTF8Encoded,
                                               BOOL fFinalFragment, BOOL fClose);

// Members in the SDK's declaration order (vtable order), after IHttpStoredContext's
// CleanupStoredContext. The documentation shows SendConnectionClose's status code as a pointer;
// the SDK header passes it by value, and so does this declaration.
class IWebSocketContext : public IHttpStoredContext {
public:
    virtual HRESULT WriteFragment(void* pData, DWORD* pcbSent, BOOL fAsync, BOOL fUTF8Encoded,
                                  BOOL fFinalFragment,
                                  PFN_WEBSOCKET_COMPLETION pfnCompletion = NULL,
                                  void* pvCompletionContext = NULL,
                                  BOOL* pfCompletionExpected = NULL) = 0;
    virtual HRESULT ReadFragment(void* pData, DWORD* pcbData, BOOL fAsync, BOOL* pfUTF8Encoded,
                                 BOOL* pfFinalFragment, BOOL* pfConnectionClose,
                                 PFN_WEBSOCKET_COMPLETION pfnCompletion = NULL,
                                 void* pvCompletionContext = NULL,
                                 BOOL* pfCompletionExpected = NULL) = 0;
    virtual HRESULT SendConnectionClose(BOOL fAsync, USHORT uStatusCode, LPCWSTR pszReason = NULL,
                                        PFN_WEBSOCKET_COMPLETION pfnCompletion = NULL,
                                        void* pvCompletionContext = NULL,
                                        BOOL* pfCompletionExpected = NULL) = 0;
    virtual HRESULT GetCloseStatus(USHORT* pStatusCode, LPCWSTR* ppszReason = NULL,
                                   USHORT* pcchReason = NULL) = 0;
    virtual void CloseTcpConnection() = 0;
    virtual void CancelOutstandingIO() = 0;
};

#endif // IISTIDY_COMPAT_IISWEBSOCKET_H
