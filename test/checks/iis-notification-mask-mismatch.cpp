// RUN: %check_iis_tidy %s iis-notification-mask-mismatch %t
// RUN: %check_iis_tidy --check-suffix=NODEAD --config-option=iis-notification-mask-mismatch.ReportUnregisteredHandlers=false %s iis-notification-mask-mismatch %t

#include "httpserv.h"

// --- A registered event whose handler is missing; a handler whose event is
// --- not registered.
class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override;
  REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext *, IHttpEventProvider *) override;
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CModule::OnLogRequest' is never called: the request mask 'CModule' is registered with does not include RQ_LOG_REQUEST [iis-notification-mask-mismatch]
  // CHECK-NOTES: :[[@LINE+19]]:10: note: 'CModule' is registered here
  REQUEST_NOTIFICATION_STATUS OnPostAuthorizeRequest(IHttpContext *, IHttpEventProvider *) override;
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CModule::OnPostAuthorizeRequest' is never called: the post-request mask 'CModule' is registered with does not include RQ_AUTHORIZE_REQUEST [iis-notification-mask-mismatch]
  // CHECK-NOTES: :[[@LINE+16]]:10: note: 'CModule' is registered here
  // No mask bit subscribes to it: never reported.
  REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext *, DWORD, BOOL, IHttpEventProvider *,
                                                IHttpCompletionInfo *) override;
};

class CFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    *ppModule = new CModule; /*L:create*/
    return S_OK;
  }
  void Terminate() override { delete this; }
};

HRESULT RegisterModuleClass(IHttpModuleRegistrationInfo *pInfo) {
  return pInfo->SetRequestNotifications(new CFactory, RQ_BEGIN_REQUEST | RQ_END_REQUEST, /*L:register*/
  // CHECK-NOTES: :[[@LINE-1]]:74: warning: 'CModule' is registered for RQ_END_REQUEST in the request mask but does not override OnEndRequest; the default CHttpModule::OnEndRequest calls DebugBreak(), which ends a worker process that has no debugger attached [iis-notification-mask-mismatch]
  // CHECK-NOTES: :[[@LINE-9]]:17: note: the registered factory's GetHttpModule creates 'CModule' here
                                        RQ_BEGIN_REQUEST); /*L:register2*/
  // CHECK-NOTES: :[[@LINE-1]]:41: warning: 'CModule' is registered for RQ_BEGIN_REQUEST in the post-request mask but does not override OnPostBeginRequest; the default CHttpModule::OnPostBeginRequest calls DebugBreak(), which ends a worker process that has no debugger attached [iis-notification-mask-mismatch]
  // CHECK-NOTES: :[[@LINE-12]]:17: note: the registered factory's GetHttpModule creates 'CModule' here
}

// --- Global modules: the same, against OnGlobal* and OnSuspendProcess.
class CGlobal : public CGlobalModule { /*L:global*/
public:
  GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider *) override;
  GLOBAL_NOTIFICATION_STATUS OnGlobalFileChange(IGlobalFileChangeProvider *) override;
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: 'CGlobal::OnGlobalFileChange' is never called: the global mask 'CGlobal' is registered with does not include GL_FILE_CHANGE [iis-notification-mask-mismatch]
  // CHECK-NOTES: :[[@LINE+6]]:10: note: 'CGlobal' is registered here
  void Terminate() override { delete this; }
};

HRESULT RegisterGlobal(IHttpModuleRegistrationInfo *pInfo) {
  CGlobal *pGlobal = new CGlobal;
  return pInfo->SetGlobalNotifications(pGlobal, GL_PRE_BEGIN_REQUEST | GL_SUSPEND_PROCESS); /*L:globalregister*/
  // CHECK-NOTES: :[[@LINE-1]]:72: warning: 'CGlobal' is registered for GL_SUSPEND_PROCESS in the global mask but does not override OnSuspendProcess; the default CGlobalModule::OnSuspendProcess calls DebugBreak(), which ends a worker process that has no debugger attached [iis-notification-mask-mismatch]
  // CHECK-NOTES: :[[@LINE-13]]:7: note: 'CGlobal' declared here
}

// --- Must not warn.

// Masks that add up over two registrations, a named constant, the factory
// reached through a variable declared as the interface, and a handler
// inherited from a shared base (it may serve other modules).
class CSharedBase : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *, IHttpEventProvider *) override;
};
class CConsistent : public CSharedBase {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override;
  REQUEST_NOTIFICATION_STATUS OnPostLogRequest(IHttpContext *, IHttpEventProvider *) override;
  REQUEST_NOTIFICATION_STATUS OnMapPath(IHttpContext *, IMapPathProvider *) override;
};
class CConsistentFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    CConsistent *pModule = new CConsistent;
    *ppModule = pModule;
    return S_OK;
  }
  void Terminate() override { delete this; }
};
constexpr DWORD kPostEvents = RQ_LOG_REQUEST;

HRESULT RegisterConsistent(IHttpModuleRegistrationInfo *pInfo) {
  IHttpModuleFactory *pFactory = new CConsistentFactory;
  HRESULT hr = pInfo->SetRequestNotifications(pFactory, RQ_BEGIN_REQUEST, kPostEvents);
  if (FAILED(hr))
    return hr;
  return pInfo->SetRequestNotifications(pFactory, RQ_MAP_PATH, 0);
}

// A mask read at run time is not guessed: neither direction is reported.
class CConfigured : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *, ISendResponseProvider *) override;
};
class CConfiguredFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    *ppModule = new CConfigured;
    return S_OK;
  }
  void Terminate() override { delete this; }
};
HRESULT RegisterConfigured(IHttpModuleRegistrationInfo *pInfo, DWORD dwFromConfig) {
  return pInfo->SetRequestNotifications(new CConfiguredFactory, dwFromConfig, 0);
}

// A factory that creates one of two classes: which one is registered is not
// known.
class CFirst : public CHttpModule {};
class CSecond : public CHttpModule {};
class CChoosingFactory : public IHttpModuleFactory {
public:
  bool m_fFirst = true;
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    if (m_fFirst)
      *ppModule = new CFirst;
    else
      *ppModule = new CSecond;
    return S_OK;
  }
  void Terminate() override { delete this; }
};
HRESULT RegisterChoosing(IHttpModuleRegistrationInfo *pInfo) {
  return pInfo->SetRequestNotifications(new CChoosingFactory, RQ_BEGIN_REQUEST, 0);
}

// A factory whose GetHttpModule is not defined in this TU.
class COpaqueFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override;
  void Terminate() override { delete this; }
};
HRESULT RegisterOpaque(IHttpModuleRegistrationInfo *pInfo) {
  return pInfo->SetRequestNotifications(new COpaqueFactory, RQ_BEGIN_REQUEST, 0);
}

// With ReportUnregisteredHandlers=false only the missing handlers remain.
// CHECK-NOTES-NODEAD: :[[@LINE-107]]:74: warning: 'CModule' is registered for RQ_END_REQUEST in the request mask
// CHECK-NOTES-NODEAD: :[[@LINE-115]]:17: note: the registered factory's GetHttpModule creates 'CModule' here
// CHECK-NOTES-NODEAD: :[[@LINE-106]]:41: warning: 'CModule' is registered for RQ_BEGIN_REQUEST in the post-request mask
// CHECK-NOTES-NODEAD: :[[@LINE-117]]:17: note: the registered factory's GetHttpModule creates 'CModule' here
// CHECK-NOTES-NODEAD: :[[@LINE-91]]:72: warning: 'CGlobal' is registered for GL_SUSPEND_PROCESS in the global mask
// CHECK-NOTES-NODEAD: :[[@LINE-103]]:7: note: 'CGlobal' declared here
