// RUN: %check_iis_tidy %s iis-request-memory-escape %t -- -isystem %test_inputs/system
// RUN: %check_iis_tidy --check-suffix=,CUSTOM --config-option='iis-request-memory-escape.LongLivedClasses=::CCache' --config-option='iis-request-memory-escape.PoolAllocationFunctions=CPoolHelper::Take' %s iis-request-memory-escape %t -- -isystem %test_inputs/system

#include "httpserv.h"
#include "mock-stl.h"

char *g_pLastPath; /*L:global*/
struct Stats { const char *pLastAgent; };
Stats g_Stats; /*L:stats*/
std::vector<char *> g_History; /*L:history*/

thread_local char *t_pScratch; /*L:tls*/
struct Table { char *&operator[](int); };
Table g_Table; /*L:table*/

class CModule : public CHttpModule {
  static char *s_pShared; /*L:staticmember*/
  char *m_pRequestScratch = nullptr;

public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    char *pPath = static_cast<char *>(pHttpContext->AllocateRequestMemory(260)); /*L:path*/
    g_pLastPath = pPath;
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: request-pool memory is stored in 'g_pLastPath', which outlives the request: IIS frees the pool when the request ends and leaves 'g_pLastPath' dangling [iis-request-memory-escape]
    // CHECK-NOTES: :[[@LINE-3]]:39: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-20]]:7: note: 'g_pLastPath' is a global variable

    // A member of an object a global holds.
    g_Stats.pLastAgent = pPath;
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: request-pool memory is stored in 'g_Stats', which outlives the request
    // CHECK-NOTES: :[[@LINE-9]]:39: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-24]]:7: note: 'g_Stats' is a global variable

    s_pShared = (char *)pHttpContext->AllocateRequestMemory(8);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: request-pool memory is stored in 's_pShared', which outlives the request
    // CHECK-NOTES: :[[@LINE-2]]:25: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-21]]:16: note: 's_pShared' is a static data member

    // Initialised by the first request only, dangling for every later one.
    static char *pFirst = pPath;
    // CHECK-NOTES: :[[@LINE-1]]:27: warning: request-pool memory is stored in 'pFirst', which outlives the request
    // CHECK-NOTES: :[[@LINE-20]]:39: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-3]]:18: note: 'pFirst' is a static local variable

    // Into a container a global holds.
    g_History.push_back(pPath);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: request-pool memory is stored in 'g_History', which outlives the request
    // CHECK-NOTES: :[[@LINE-26]]:39: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-40]]:21: note: 'g_History' is a global variable

    // A worker thread serves many requests.
    t_pScratch = pPath;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: request-pool memory is stored in 't_pScratch', which outlives the request
    // CHECK-NOTES: :[[@LINE-32]]:39: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-44]]:20: note: 't_pScratch' is a thread-local variable, and IIS serves many requests on one thread

    // An element of a container a global holds.
    g_Table[1] = pPath;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: request-pool memory is stored in 'g_Table', which outlives the request
    // CHECK-NOTES: :[[@LINE-38]]:39: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-48]]:7: note: 'g_Table' is a global variable

    // --- Must not warn: the module object lives for this request only.
    m_pRequestScratch = pPath;
    char *pLocal = pPath;
    (void)pLocal;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
char *CModule::s_pShared;

// The global module outlives every request.
class CGlobal : public CGlobalModule {
  const char *m_pLastUrl = nullptr; /*L:member*/
  IModuleAllocator *m_pAllocator = nullptr;

public:
  GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider *pProvider) override {
    m_pLastUrl = (const char *)pProvider->GetHttpContext()->AllocateRequestMemory(16);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: request-pool memory is stored in 'm_pLastUrl', which outlives the request
    // CHECK-NOTES: :[[@LINE-2]]:32: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-8]]:15: note: 'm_pLastUrl' is a member of 'CGlobal', which lives across requests
    return GL_NOTIFICATION_CONTINUE;
  }
  void Terminate() override { delete this; }
};

// So does the factory.
class CFactory : public IHttpModuleFactory {
  void *m_pLastBlock = nullptr; /*L:factorymember*/

public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *pAllocator) override {
    void *pBlock = pAllocator->AllocateMemory(64);
    this->m_pLastBlock = pBlock;
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: request-pool memory is stored in 'm_pLastBlock', which outlives the request
    // CHECK-NOTES: :[[@LINE-3]]:20: note: the memory comes from the request pool here
    // CHECK-NOTES: :[[@LINE-8]]:9: note: 'm_pLastBlock' is a member of 'CFactory', which lives across requests
    *ppModule = nullptr;
    return S_OK;
  }
  void Terminate() override { delete this; }
};

// --- Must not warn.
char *g_pHeapCopy; /*L:heapcopy*/
extern "C" void *malloc(size_t);
void Negatives(IHttpContext *pHttpContext, char *pParam) {
  char *pPool = (char *)pHttpContext->AllocateRequestMemory(8);
  // Heap memory, or memory of unknown origin, into a global.
  g_pHeapCopy = (char *)malloc(8);
  g_pHeapCopy = pParam;
  // A local that also holds heap memory on another path.
  char *pEither = pPool;
  if (pParam)
    pEither = (char *)malloc(8);
  g_pHeapCopy = pEither;
  // A copy of the characters, not of the pointer.
  std::vector<char> Copy;
  Copy.push_back(pPool[0]);
}

// --- Options: a user's long-lived class and pool function.
class CCache { /*L:cache*/
public:
  char *m_pEntry = nullptr; /*L:entry*/
  void Remember(char *pValue) { m_pEntry = pValue; }
};
struct CPoolHelper { static void *Take(IHttpContext *pHttpContext, DWORD cb); };
void Custom(IHttpContext *pHttpContext, CCache *pCache) {
  pCache->m_pEntry = (char *)pHttpContext->AllocateRequestMemory(8);
  // CHECK-NOTES-CUSTOM: :[[@LINE-1]]:20: warning: request-pool memory is stored in 'm_pEntry', which outlives the request
  // CHECK-NOTES-CUSTOM: :[[@LINE-2]]:30: note: the memory comes from the request pool here
  // CHECK-NOTES-CUSTOM: :[[@LINE-8]]:9: note: 'm_pEntry' is a member of 'CCache', which lives across requests
  g_pHeapCopy = (char *)CPoolHelper::Take(pHttpContext, 8);
  // CHECK-NOTES-CUSTOM: :[[@LINE-1]]:15: warning: request-pool memory is stored in 'g_pHeapCopy', which outlives the request
  // CHECK-NOTES-CUSTOM: :[[@LINE-2]]:25: note: the memory comes from the request pool here
  // CHECK-NOTES-CUSTOM: :[[@LINE-32]]:7: note: 'g_pHeapCopy' is a global variable
}
