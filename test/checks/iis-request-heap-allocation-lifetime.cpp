// Heap memory that outlives the request on purpose is not a finding: it is
// stored into globals, statics, or members of the global module or factory,
// or created once by a function-local static.
// RUN: %check_iis_tidy %s iis-request-heap-allocation %t

#include "httpserv.h"
#include "heap-apis.h"

char *g_Cache = nullptr;
struct CSettings { static char *Shared; char *Table[4]; };
char *CSettings::Shared = nullptr;
CSettings g_Settings;

class CGlobal : public CGlobalModule {
public:
  GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider *pProvider) override {
    if (!m_pCache)
      m_pCache = new char[4096]; // a cross-request cache of the global module
    char *PerRequest = new char[8];
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: heap allocation with 'new[]' in request handler 'OnGlobalPreBeginRequest'; use 'pProvider->GetHttpContext()->AllocateRequestMemory()' instead
    delete[] PerRequest;
    return GL_NOTIFICATION_CONTINUE;
  }
  void Terminate() override { delete this; }
  char *m_pCache = nullptr;
};

class CFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **, IModuleAllocator *) override { return S_OK; }
  void Terminate() override { delete this; }
  char *m_pShared = nullptr;
};
CFactory *g_Factory;

static char *CachedBanner() {
  static char *Banner = (char *)malloc(64); // runs once
  return Banner;
}

// The constructor of a long-lived object belongs to that object.
struct CTables { CTables() { Rows = new int[64]; } int *Rows; };
CTables *g_Tables;

static void FillCaches() {
  g_Tables = new CTables;
  g_Cache = (char *)malloc(16);
  CSettings::Shared = new char[16];
  g_Settings.Table[1] = _strdup("x");
  g_Factory->m_pShared = new char[8];
}

class CModule : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    if (!g_Cache)
      g_Cache = new char[256];
    FillCaches();
    CachedBanner();
    static void *Once = HeapAlloc(GetProcessHeap(), 0, 64);
    (void)Once;

    // A local class's methods run only when called.
    struct CLocal {
      void *Make() { return malloc(4); }
    };

    // A per-request member of the module is a finding: the module object lives
    // for one request.
    m_pBody = new char[16];
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'new[]' in request handler 'OnBeginRequest'
    return RQ_NOTIFICATION_CONTINUE;
  }
  char *m_pBody = nullptr;
};

// make_unique of a stored context is handed to IIS with release(); make_shared
// keeps a count IIS does not know about.
class CState : public IHttpStoredContext {
public:
  void CleanupStoredContext() override { delete this; }
};
class CContextModule : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    auto Owned = std::make_unique<CState>();
    pHttpContext->GetModuleContextContainer()->SetModuleContext(Owned.release(), nullptr);
    auto Shared = std::make_shared<CState>();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: heap allocation with 'std::make_shared' in request handler 'OnEndRequest'
    void *Raw = ::operator new(32);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: heap allocation with 'operator new' in request handler 'OnEndRequest'
    (void)Shared; (void)Raw;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
