// GetHttpModule runs once per request; `new Module` there is the documented
// pattern, so it is checked only under CheckGetHttpModule.
// RUN: %check_iis_tidy --expect-clean %s iis-request-heap-allocation %t
// RUN: %check_iis_tidy --check-suffix=ON --config-option=iis-request-heap-allocation.CheckGetHttpModule=true %s iis-request-heap-allocation %t

#include "httpserv.h"
#include "heap-apis.h"

class CModule : public CHttpModule {
public:
  explicit CModule(IModuleAllocator *pAllocator) : m_pAllocator(pAllocator) {
    m_pTable = new int[16];
    // CHECK-NOTES-ON: :[[@LINE-1]]:16: warning: heap allocation with 'new[]' in 'CModule', reached from 'GetHttpModule'; use 'pAllocator->AllocateMemory()' instead
    // CHECK-NOTES-ON: :[[@LINE+11]]:21: note: constructor of 'CModule' called here from 'GetHttpModule'
    // CHECK-NOTES-ON: :[[@LINE+8]]:11: note: 'GetHttpModule' overrides 'IHttpModuleFactory::GetHttpModule', which IIS calls once per request
  }
  IModuleAllocator *m_pAllocator;
  int *m_pTable;
};

class CFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *pAllocator) override { /*L:factory*/
    // CHECK-NOTES-ON: :[[@LINE+1]]:17: warning: module object created on the heap in 'GetHttpModule' for every request; create it in the request pool with 'new (pAllocator) CModule', giving 'CModule' an 'operator new(size_t, IModuleAllocator *)' and a no-op 'operator delete(void *)'
    *ppModule = new CModule(pAllocator); /*L:create*/
    // CHECK-NOTES-ON: :[[@LINE-3]]:11: note: 'GetHttpModule' overrides 'IHttpModuleFactory::GetHttpModule', which IIS calls once per request
    return S_OK;
  }
  void Terminate() override { delete this; }
};

// The pool idiom (ANCM's): nothing to report.
class CPooled : public CHttpModule {
public:
  static void *operator new(size_t Size, IModuleAllocator *pAllocator) {
    return pAllocator->AllocateMemory(static_cast<DWORD>(Size));
  }
  static void operator delete(void *) {}
};
class CPooledFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *pAllocator) override {
    *ppModule = new (pAllocator) CPooled;
    return S_OK;
  }
  void Terminate() override { delete this; }
};
