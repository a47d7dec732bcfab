// RUN: %check_iis_tidy %s iis-notification-mask-mismatch %t

#include "httpserv.h"
#ifndef UNREFERENCED_PARAMETER
#define UNREFERENCED_PARAMETER(P) (P) // as winnt.h spells it
#endif

// An override whose event is not registered never runs. It is reported when
// its body does something, with the first thing that will not happen; a stub
// (locals from constants, unused parameters, a constant status) is not.

static int g_cRequests;
void ScrubSecret(char *);

class CStubs : public CHttpModule {
public:
  // Stubs in their usual spellings: none is reported.
  REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext *, IAuthenticationProvider *) override {
    return RQ_NOTIFICATION_CONTINUE;
  }
  REQUEST_NOTIFICATION_STATUS OnAuthorizeRequest(IHttpContext *pHttpContext, IHttpEventProvider *pProvider) override {
    UNREFERENCED_PARAMETER(pHttpContext);
    UNREFERENCED_PARAMETER(pProvider);
    return RQ_NOTIFICATION_CONTINUE;
  }
  REQUEST_NOTIFICATION_STATUS OnResolveRequestCache(IHttpContext *pHttpContext, IHttpEventProvider *) override {
    // Nothing to do yet: the cache is resolved by IIS.
    (void)pHttpContext;
    REQUEST_NOTIFICATION_STATUS status = RQ_NOTIFICATION_CONTINUE;
    return status;
  }
  REQUEST_NOTIFICATION_STATUS OnMapRequestHandler(IHttpContext *, IMapHandlerProvider *) override {
    REQUEST_NOTIFICATION_STATUS status;
    status = RQ_NOTIFICATION_CONTINUE;
    return status;
  }

  // Overrides that do something: each is reported with what will not happen.
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *, IHttpEventProvider *) override {
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CStubs::OnEndRequest' is never called: the request mask 'CStubs' is registered with does not include RQ_END_REQUEST; its call to 'ScrubSecret' never runs [iis-notification-mask-mismatch]
    // CHECK-NOTES: :[[@LINE+47]]:10: note: 'CStubs' is registered here
    REQUEST_NOTIFICATION_STATUS status = RQ_NOTIFICATION_CONTINUE;
    ScrubSecret(m_szSecret);
    return status;
  }
  REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext *, IHttpEventProvider *) override {
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CStubs::OnLogRequest' is never called: the request mask 'CStubs' is registered with does not include RQ_LOG_REQUEST; its store to 'm_cLogged' never happens [iis-notification-mask-mismatch]
    // CHECK-NOTES: :[[@LINE+40]]:10: note: 'CStubs' is registered here
    ++m_cLogged;
    return RQ_NOTIFICATION_CONTINUE;
  }
  REQUEST_NOTIFICATION_STATUS OnUpdateRequestCache(IHttpContext *, IHttpEventProvider *) override {
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CStubs::OnUpdateRequestCache' is never called: the request mask 'CStubs' is registered with does not include RQ_UPDATE_REQUEST_CACHE; its store to 'g_cRequests' never happens [iis-notification-mask-mismatch]
    // CHECK-NOTES: :[[@LINE+34]]:10: note: 'CStubs' is registered here
    g_cRequests = 0;
    return RQ_NOTIFICATION_CONTINUE;
  }
  REQUEST_NOTIFICATION_STATUS OnReleaseRequestState(IHttpContext *, IHttpEventProvider *) override {
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CStubs::OnReleaseRequestState' is never called: the request mask 'CStubs' is registered with does not include RQ_RELEASE_REQUEST_STATE; its delete never runs [iis-notification-mask-mismatch]
    // CHECK-NOTES: :[[@LINE+28]]:10: note: 'CStubs' is registered here
    delete[] m_pBuffer;
    return RQ_NOTIFICATION_CONTINUE;
  }
  REQUEST_NOTIFICATION_STATUS OnAcquireRequestState(IHttpContext *, IHttpEventProvider *) override {
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CStubs::OnAcquireRequestState' is never called: the request mask 'CStubs' is registered with does not include RQ_ACQUIRE_REQUEST_STATE; its loop never runs [iis-notification-mask-mismatch]
    // CHECK-NOTES: :[[@LINE+22]]:10: note: 'CStubs' is registered here
    for (int i = 0; i < 4; ++i) {
    }
    return RQ_NOTIFICATION_CONTINUE;
  }

private:
  char m_szSecret[32];
  int m_cLogged = 0;
  char *m_pBuffer = nullptr;
};

class CStubsFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    *ppModule = new CStubs;
    return S_OK;
  }
  void Terminate() override { delete this; }
};

HRESULT RegisterStubs(IHttpModuleRegistrationInfo *pInfo) {
  return pInfo->SetRequestNotifications(new CStubsFactory, RQ_BEGIN_REQUEST, 0);
  // CHECK-NOTES: :[[@LINE-1]]:60: warning: 'CStubs' is registered for RQ_BEGIN_REQUEST in the request mask but does not override OnBeginRequest; the default CHttpModule::OnBeginRequest calls DebugBreak(), which ends a worker process that has no debugger attached [iis-notification-mask-mismatch]
  // CHECK-NOTES: :[[@LINE-9]]:17: note: the registered factory's GetHttpModule creates 'CStubs' here
}
