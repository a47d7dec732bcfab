// Stored contexts by scope: a request's own container lives as long as the
// request, but a connection's stored context (IHttpConnectionStoredContext,
// alive across the keep-alive requests of a connection) and a context put
// into the connection's, application's or site's container outlive it. So
// does the one module object a factory hands out for every request.
// RUN: %check_iis_tidy %s iis-request-memory-escape %t

#include "httpserv.h"

class CConnectionState : public IHttpConnectionStoredContext {
public:
  void CleanupStoredContext() override { delete this; }
  void NotifyDisconnect() override {}
  char *m_pLastPath = nullptr;
};

class CApplicationState : public IHttpStoredContext {
public:
  void CleanupStoredContext() override { delete this; }
  char *m_pBanner = nullptr;
};

class CKeepAliveState : public IHttpStoredContext {
public:
  void CleanupStoredContext() override { delete this; }
  char *m_pAgent = nullptr;
};

class CRequestState : public IHttpStoredContext {
public:
  void CleanupStoredContext() override { delete this; }
  char *m_pScratch = nullptr;
};

HTTP_MODULE_ID g_ModuleId;

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    char *pPath = static_cast<char *>(pHttpContext->AllocateRequestMemory(260));

    auto *pConnection = static_cast<CConnectionState *>(
        pHttpContext->GetConnection()->GetModuleContextContainer()->GetModuleContext(g_ModuleId));
    pConnection->m_pLastPath = pPath;
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: request-pool memory is stored in 'm_pLastPath', which outlives the request

    CApplicationState *pApplication = new CApplicationState;
    pHttpContext->GetApplication()->GetModuleContextContainer()->SetModuleContext(pApplication,
                                                                                  g_ModuleId);
    pApplication->m_pBanner = pPath;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: request-pool memory is stored in 'm_pBanner', which outlives the request

    // The connection's container through a local variable.
    IHttpModuleContextContainer *pKeepAlive = pHttpContext->GetConnection()->GetModuleContextContainer();
    CKeepAliveState *pAgent = new CKeepAliveState;
    pKeepAlive->SetModuleContext(pAgent, g_ModuleId);
    pAgent->m_pAgent = pPath;
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request-pool memory is stored in 'm_pAgent', which outlives the request

    // The request's own container: gone with the request, like the pool.
    CRequestState *pState = new CRequestState;
    pHttpContext->GetModuleContextContainer()->SetModuleContext(pState, g_ModuleId);
    pState->m_pScratch = pPath;
    return RQ_NOTIFICATION_CONTINUE;
  }
};

// One module object for every request: its members outlive each request.
class CSharedModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    m_pLast = static_cast<char *>(pHttpContext->AllocateRequestMemory(16));
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request-pool memory is stored in 'm_pLast', which outlives the request
    return RQ_NOTIFICATION_CONTINUE;
  }
  char *m_pLast = nullptr;
};

class CSharedFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    *ppModule = &m_Module;
    return S_OK;
  }
  void Terminate() override { delete this; }
  CSharedModule m_Module;
};

// A module per request: its members die with the request.
class CPerRequestModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    m_pLast = static_cast<char *>(pHttpContext->AllocateRequestMemory(16));
    return RQ_NOTIFICATION_CONTINUE;
  }
  char *m_pLast = nullptr;
};

class CPerRequestFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    *ppModule = new CPerRequestModule;
    return S_OK;
  }
  void Terminate() override { delete this; }
};
