// RUN: %check_iis_tidy %s iis-request-memory-free %t
// The fixed file still compiles:
// RUN: %clang --target=x86_64-pc-windows-msvc -fsyntax-only -std=c++17 -I%sdk_include -I%S/../Inputs %t.cpp
// RUN: %check_iis_tidy --check-suffix=,CUSTOM --config-option='iis-request-memory-free.DeallocationFunctions=Release:1;::pool::Drop;::Dispose' --config-option='iis-request-memory-free.PoolAllocationFunctions=::CPoolHelper::Take' %s iis-request-memory-free %t

#include "httpserv.h"
#include "heap-apis.h"

void *operator new(size_t, void *Where) noexcept;

#define RELEASE(p) free(p)

struct Header { int Length; };

class CModule : public CHttpModule {
  char *m_pScratch = nullptr;
  char *m_pMixed = nullptr;

public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    // Through a cast and an alias: the fix removes the whole line.
    void *pRaw = pHttpContext->AllocateRequestMemory(64);
    char *pBuffer = static_cast<char *>(pRaw);
    char *pAlias = pBuffer;
    free(pAlias);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'free' releases request-pool memory: IIS frees the pool when the request ends, and the heap corrupts on memory it did not hand out [iis-request-memory-free]
    // CHECK-NOTES: :[[@LINE-5]]:18: note: the memory comes from the request pool here
    // CHECK-FIXES: char *pAlias = pBuffer;
    // CHECK-FIXES-NEXT: {{^ *//}}

    // A member assigned in one handler and released in another.
    m_pScratch = (char *)pHttpContext->AllocateRequestMemory(16); /*L:scratch*/
    m_pMixed = (char *)malloc(16);

    // Placement into pool memory, then delete.
    Header *pHeader = new (pHttpContext->AllocateRequestMemory(sizeof(Header))) Header;
    delete pHeader;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'delete' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:23: note: the memory comes from the request pool here

    // Used as a value, or under an if without braces: reported, not removed.
    void *pHeap = pHttpContext->AllocateRequestMemory(8);
    if (!HeapFree(GetProcessHeap(), 0, pHeap))
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'HeapFree' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:19: note: the memory comes from the request pool here
      return RQ_NOTIFICATION_FINISH_REQUEST;
    void *pLocal = pHttpContext->AllocateRequestMemory(8);
    if (pLocal)
      LocalFree(pLocal);
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: 'LocalFree' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-4]]:20: note: the memory comes from the request pool here
    // CHECK-FIXES: LocalFree(pLocal);

    // Written through a macro: reported at the expansion, not removed.
    void *pMacro = pHttpContext->AllocateRequestMemory(8);
    RELEASE(pMacro);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'free' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:20: note: the memory comes from the request pool here
    // CHECK-FIXES: RELEASE(pMacro);
    return RQ_NOTIFICATION_CONTINUE;
  }

  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *, IHttpEventProvider *) override {
    delete[] m_pScratch;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'delete[]' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-34]]:26: note: the memory comes from the request pool here
    // CHECK-FIXES: REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *, IHttpEventProvider *) override {
    // CHECK-FIXES-NEXT: {{^ *//}}
    free(m_pMixed); // Assigned from malloc: not pool memory.
    return RQ_NOTIFICATION_CONTINUE;
  }
};

// Every heap's deallocator, on memory from the module's allocator.
class CFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *pAllocator) override {
    void *p1 = pAllocator->AllocateMemory(8);
    _aligned_free(p1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: '_aligned_free' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:16: note: the memory comes from the request pool here
    void *p2 = pAllocator->AllocateMemory(8);
    GlobalFree(p2);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'GlobalFree' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:16: note: the memory comes from the request pool here
    void *p3 = pAllocator->AllocateMemory(8);
    CoTaskMemFree(p3);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'CoTaskMemFree' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:16: note: the memory comes from the request pool here
    void *p4 = pAllocator->AllocateMemory(8);
    VirtualFree(p4, 0, 0x8000);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'VirtualFree' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:16: note: the memory comes from the request pool here
    BSTR p5 = (BSTR)pAllocator->AllocateMemory(8);
    SysFreeString(p5);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'SysFreeString' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:21: note: the memory comes from the request pool here
    void *p6 = pAllocator->AllocateMemory(8);
    void *pGrown = realloc(p6, 16);
    // CHECK-NOTES: :[[@LINE-1]]:20: warning: 'realloc' releases request-pool memory
    // CHECK-NOTES: :[[@LINE-3]]:16: note: the memory comes from the request pool here
    *ppModule = static_cast<CHttpModule *>(pGrown);
    return S_OK;
  }
  void Terminate() override { delete this; }
};

// --- Must not warn.

void TakeAddress(void **);
namespace other { void free(void *); }
struct CPooled {
  static void *operator new(size_t, IModuleAllocator *);
  static void operator delete(void *) {}
};

void Negatives(IHttpContext *pHttpContext, IModuleAllocator *pAllocator, bool fHeap, void *pParam) {
  // Heap memory on one path.
  char *pEither = (char *)pHttpContext->AllocateRequestMemory(8);
  if (fHeap)
    pEither = (char *)malloc(8);
  free(pEither);
  // Its address handed out: anything may be stored there.
  void *pOut = pHttpContext->AllocateRequestMemory(8);
  TakeAddress(&pOut);
  free(pOut);
  // A parameter: where it comes from is not known here.
  free(pParam);
  // Not a heap deallocator.
  void *pOther = pHttpContext->AllocateRequestMemory(8);
  other::free(pOther);
  // The class's own no-op operator delete.
  CPooled *pPooled = new (pAllocator) CPooled;
  delete pPooled;
  // Pointer arithmetic: not the start of the allocation, not tracked.
  char *pInner = (char *)pHttpContext->AllocateRequestMemory(8) + 4;
  free(pInner);
}

// A public member may be written anywhere: here from the heap, outside its
// class, so what its class stores into it proves nothing.
struct CBuffer {
  char *pData = nullptr;
  void FromPool(IHttpContext *pHttpContext) {
    pData = static_cast<char *>(pHttpContext->AllocateRequestMemory(64));
  }
};
void ReleaseBuffer(CBuffer &Buffer) {
  Buffer.pData = static_cast<char *>(malloc(64));
  free(Buffer.pData);
}

// A protected member may be written by a derived class, here from the heap.
class CBase {
protected:
  char *m_pShared = nullptr;
public:
  void FromPool(IHttpContext *pHttpContext) {
    m_pShared = static_cast<char *>(pHttpContext->AllocateRequestMemory(8));
  }
  void Release() { free(m_pShared); }
};
class CDerived : public CBase {
public:
  void FromHeap() { m_pShared = static_cast<char *>(malloc(8)); }
};

// Reported, but no fix-it: removing the delete would also remove the
// destructor call.
struct CHandleHolder { void *h; ~CHandleHolder(); };
void Holder(IHttpContext *pHttpContext) {
  CHandleHolder *pHolder = new (pHttpContext->AllocateRequestMemory(sizeof(CHandleHolder))) CHandleHolder;
  delete pHolder;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'delete' releases request-pool memory
  // CHECK-NOTES: :[[@LINE-3]]:28: note: the memory comes from the request pool here
  // CHECK-FIXES: delete pHolder;
}

// --- Options: added deallocators and pool functions. "::Dispose" is the
// global function only.
void Release(int Flags, void *p);
void Dispose(void *p);
namespace util { void Dispose(void *p); }
namespace pool { void Drop(void *p); }
struct CPoolHelper { static void *Take(IHttpContext *pHttpContext, DWORD cb); };

void Custom(IHttpContext *pHttpContext) {
  void *pFirst = pHttpContext->AllocateRequestMemory(8);
  Release(0, pFirst);
  // CHECK-NOTES-CUSTOM: :[[@LINE-1]]:3: warning: 'Release' releases request-pool memory
  // CHECK-NOTES-CUSTOM: :[[@LINE-3]]:18: note: the memory comes from the request pool here
  void *pSecond = CPoolHelper::Take(pHttpContext, 8);
  pool::Drop(pSecond);
  // CHECK-NOTES-CUSTOM: :[[@LINE-1]]:3: warning: 'pool::Drop' releases request-pool memory
  // CHECK-NOTES-CUSTOM: :[[@LINE-3]]:19: note: the memory comes from the request pool here
  free(CPoolHelper::Take(pHttpContext, 8));
  // CHECK-NOTES-CUSTOM: :[[@LINE-1]]:3: warning: 'free' releases request-pool memory
  // CHECK-NOTES-CUSTOM: :[[@LINE-2]]:8: note: the memory comes from the request pool here
  void *pThird = pHttpContext->AllocateRequestMemory(8);
  Dispose(pThird);
  // CHECK-NOTES-CUSTOM: :[[@LINE-1]]:3: warning: 'Dispose' releases request-pool memory
  // CHECK-NOTES-CUSTOM: :[[@LINE-3]]:18: note: the memory comes from the request pool here
  void *pFourth = pHttpContext->AllocateRequestMemory(8);
  util::Dispose(pFourth);
}
