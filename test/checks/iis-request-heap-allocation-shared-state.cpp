// State that outlives the request through the module's own design: a module
// object the factory hands out for every request (a static, or a member of
// the factory) keeps its members across requests; an allocation handed to a
// method of a long-lived object that stores it in a member is a cross-request
// store. A per-request module and a method that only reads stay reported.
// RUN: %check_iis_tidy %s iis-request-heap-allocation %t

#include "httpserv.h"
#include "heap-apis.h"

// One object for every request: a function-local static.
class CSharedModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {
    if (!m_pBanner)
      m_pBanner = _strdup("gateway"); // kept across requests
    char *Line = (char *)malloc(64);
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
    free(Line);
    return RQ_NOTIFICATION_CONTINUE;
  }
  char *m_pBanner = nullptr;
};

class CSharedFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    static CSharedModule s_Module;
    *ppModule = &s_Module;
    return S_OK;
  }
  void Terminate() override { delete this; }
};

// One object for every request: a member of the factory, by pointer.
class CMemberModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *, IHttpEventProvider *) override {
    m_pLast = new char[32]; // the factory's one module object keeps it
    return RQ_NOTIFICATION_CONTINUE;
  }
  char *m_pLast = nullptr;
};

class CMemberFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    *ppModule = m_pModule;
    return S_OK;
  }
  void Terminate() override { delete this; }
  CMemberModule *m_pModule = new CMemberModule;
};

// A module created per request: its members die with it.
class CPerRequestModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {
    m_pScratch = new char[32];
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: heap allocation with 'new[]' in request handler 'OnBeginRequest'
    return RQ_NOTIFICATION_CONTINUE;
  }
  char *m_pScratch = nullptr;
};

class CPerRequestFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    *ppModule = new CPerRequestModule;
    return S_OK;
  }
  void Terminate() override { delete this; }
};

// A cross-request cache and its methods: Put keeps its argument, Find reads it.
class CCache {
public:
  void Put(const char *Key, char *Value) {
    m_Keys[m_Count] = Key;
    m_Values[m_Count++] = Value;
  }
  bool Find(const char *Value) const { return Value && m_Count; }

private:
  const char *m_Keys[16];
  char *m_Values[16];
  int m_Count = 0;
};
CCache g_Cache;
CCache *g_pCache = &g_Cache;

class CCachingModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {
    g_Cache.Put("k", _strdup("v"));   // stored by Put into the global cache
    g_pCache->Put("k", _strdup("w")); // the same through a global pointer
    char *Probe = _strdup("probe");
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: heap allocation with '_strdup' in request handler 'OnBeginRequest'
    g_Cache.Find(Probe);               // Find only reads it
    CCache Local;
    Local.Put("k", _strdup("x"));      // a per-request object keeps it for this request
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: heap allocation with '_strdup' in request handler 'OnBeginRequest'
    free(Probe);
    return RQ_NOTIFICATION_CONTINUE;
  }
};

// A connection's stored context keeps its members across the keep-alive
// requests of the connection; a request's stored context does not.
class CConnectionState : public IHttpConnectionStoredContext {
public:
  void CleanupStoredContext() override { free(m_pAgent); delete this; }
  void NotifyDisconnect() override {}
  char *m_pAgent = nullptr;
};

class CRequestState : public IHttpStoredContext {
public:
  void CleanupStoredContext() override { free(m_pScratch); delete this; }
  char *m_pScratch = nullptr;
};

class CContextModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    auto *pConnection = static_cast<CConnectionState *>(
        pHttpContext->GetConnection()->GetModuleContextContainer()->GetModuleContext(nullptr));
    pConnection->m_pAgent = _strdup("agent"); // lives with the connection
    auto *pRequest = static_cast<CRequestState *>(
        pHttpContext->GetModuleContextContainer()->GetModuleContext(nullptr));
    pRequest->m_pScratch = _strdup("scratch");
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: heap allocation with '_strdup' in request handler 'OnEndRequest'
    return RQ_NOTIFICATION_CONTINUE;
  }
};
