// Heap uses that real modules make on purpose: none is a finding.
// RUN: %check_iis_tidy --expect-clean %s iis-request-heap-allocation %t
// RUN: %check_iis_tidy --expect-clean %s iis-request-heap-allocation %t -- --target=i686-pc-windows-msvc

#include "httpserv.h"
#include "heap-apis.h"

// IIS deletes stored contexts through CleanupStoredContext.
class CRequestState : public IHttpStoredContext {
public:
  void CleanupStoredContext() override { delete this; }
};

// A class with its own operator new (a pool or a lookaside cache).
class CCached {
public:
  static void *operator new(size_t Size);
  static void operator delete(void *);
};

class CModule : public CHttpModule {
public:
  explicit CModule(IModuleAllocator *Allocator) : m_pAllocator(Allocator) {}

  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    void *Pool = pHttpContext->AllocateRequestMemory(64);
    void *Fixed = m_pAllocator->AllocateMemory(32);
    int *InPool = new (Pool) int(3); // placement new into pool memory
    CCached *Cached = new CCached;
    CRequestState *State = new CRequestState;
    pHttpContext->GetModuleContextContainer()->SetModuleContext(State, nullptr);
    auto Owned = std::make_unique<CRequestState>(); // ANCM's pattern
    pHttpContext->GetModuleContextContainer()->SetModuleContext(Owned.release(), nullptr);
    wchar_t Local[64];
    FormatMessage(FORMAT_MESSAGE_FROM_SYSTEM, nullptr, 5, 0, Local, 64, nullptr);
    char *Kept = new char[8]; // NOLINT(iis-request-heap-allocation): suppressed as usual
    delete[] Kept;
    (void)Fixed; (void)InPool; (void)Cached;
    return RQ_NOTIFICATION_CONTINUE;
  }

private:
  IModuleAllocator *m_pAllocator;
};

// Same name, no CHttpModule base: not a handler.
class CRequestLogger {
public:
  virtual REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *,
                                                     IHttpEventProvider *) {
    char *P = new char[16];
    delete[] P;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
class CDerivedLogger : public CRequestLogger {
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *,
                                             IHttpEventProvider *) override {
    return malloc(1) ? RQ_NOTIFICATION_CONTINUE : RQ_NOTIFICATION_FINISH_REQUEST;
  }
};

// Global handlers other than PreBeginRequest run outside a request.
class CGlobal : public CGlobalModule {
  GLOBAL_NOTIFICATION_STATUS
  OnGlobalConfigurationChange(IGlobalConfigurationChangeProvider *) override {
    char *Cache = new char[4096];
    delete[] Cache;
    return GL_NOTIFICATION_CONTINUE;
  }
  void Terminate() override { delete this; }
};

// The factory and RegisterModule run once, not per request (the factory's
// new Module is the documented pattern).
class CFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *pAllocator) override {
    *ppModule = new CModule(pAllocator);
    return S_OK;
  }
  void Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *pModuleInfo,
                              IHttpServer *) {
  return pModuleInfo->SetRequestNotifications(new CFactory, RQ_BEGIN_REQUEST, 0);
}

// Dispose and the destructor are not notification handlers.
class CDisposing : public CHttpModule {
  void Dispose() override {
    char *P = new char[1];
    delete[] P;
    delete this;
  }
};

// A handler that is declared but whose uninstantiated template body never runs.
template <class T> class CNeverInstantiated : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *, IHttpEventProvider *) override {
    T *P = new T;
    delete P;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
