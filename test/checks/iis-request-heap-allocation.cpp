// RUN: %check_iis_tidy %s iis-request-heap-allocation %t
// RUN: %check_iis_tidy %s iis-request-heap-allocation %t -- --target=i686-pc-windows-msvc

#include "httpserv.h"
#include "heap-apis.h"

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *pProvider) override {
    char *Buffer = new char[1024];
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: heap allocation with 'new[]' in request handler 'OnBeginRequest'; use 'pHttpContext->AllocateRequestMemory()' instead; IIS frees request memory when the request ends [iis-request-heap-allocation]
    int *One = new int(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: heap allocation with 'new' in request handler 'OnBeginRequest'; use 'pHttpContext->AllocateRequestMemory()'
    int *Maybe = new (std::nothrow) int;
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: heap allocation with 'new' in request handler
    void *C = malloc(16);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
    void *Z = calloc(4, 4);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'calloc'
    C = realloc(C, 32);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: heap allocation with 'realloc'
    char *D = _strdup("x");
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with '_strdup'
    char *E = strdup("x");
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'strdup'
    wchar_t *F = _wcsdup(L"x");
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: heap allocation with '_wcsdup'
    unsigned char *G = _mbsdup((const unsigned char *)"x");
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: heap allocation with '_mbsdup'
    void *H = HeapAlloc(GetProcessHeap(), 0, 64);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'HeapAlloc' in request handler 'OnBeginRequest'; use 'pHttpContext->AllocateRequestMemory()' instead
    H = HeapReAlloc(GetProcessHeap(), 0, H, 128);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: heap allocation with 'HeapReAlloc'
    void *L = LocalAlloc(LMEM_FIXED, 8);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'LocalAlloc'
    void *GA = GlobalAlloc(GMEM_FIXED, 8);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: heap allocation with 'GlobalAlloc'
    delete[] Buffer;
    delete One;
    delete Maybe;
    free(C); free(Z); free(D); free(E); free(F); free(G);
    HeapFree(GetProcessHeap(), 0, H);
    LocalFree(L);
    (void)GA;
    return RQ_NOTIFICATION_CONTINUE;
  }

  // Families whose advice is not simply "use the pool".
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pCtx,
                                           IHttpEventProvider *) override {
    void *Aligned = _aligned_malloc(64, 64);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: heap allocation with '_aligned_malloc' in request handler 'OnEndRequest'; the request pool ('pCtx->AllocateRequestMemory()') does not promise page size or alignment; if that is why this allocator was chosen, allocate once outside the request
    void *Pages = VirtualAlloc(nullptr, 4096, MEM_COMMIT, PAGE_READWRITE);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: heap allocation with 'VirtualAlloc' in request handler 'OnEndRequest'; the request pool
    void *Com = CoTaskMemAlloc(16);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: heap allocation with 'CoTaskMemAlloc' in request handler 'OnEndRequest'; memory handed to COM must come from CoTaskMemAlloc, but memory the module keeps should come from 'pCtx->AllocateRequestMemory()'
    BSTR Name = SysAllocString(L"name");
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: heap allocation with 'SysAllocString' in request handler 'OnEndRequest'; COM frees BSTRs with SysFreeString, so the request pool cannot stand in; create constant BSTRs once, outside the request
    LPWSTR Message = nullptr;
    FormatMessage(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM,
                  nullptr, 5, 0, (LPWSTR)&Message, 0, nullptr);
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: heap allocation with 'FormatMessageW' in request handler 'OnEndRequest'; format into a buffer from 'pCtx->AllocateRequestMemory()' instead of FORMAT_MESSAGE_ALLOCATE_BUFFER
    wchar_t Local[64];
    FormatMessage(FORMAT_MESSAGE_FROM_SYSTEM, nullptr, 5, 0, Local, 64, nullptr);
    auto Owned = std::make_unique<int>();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: heap allocation with 'std::make_unique'
    auto Shared = std::make_shared<int>();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: heap allocation with 'std::make_shared'
    (void)Aligned; (void)Pages; (void)Com; (void)Name; (void)Owned; (void)Shared;
    return RQ_NOTIFICATION_CONTINUE;
  }

  // An unnamed context parameter: the message names the API instead.
  REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext *,
                                           IHttpEventProvider *) override {
    int *P = new int;
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: heap allocation with 'new' in request handler 'OnLogRequest'; use 'IHttpContext::AllocateRequestMemory()' instead
    delete P;
    return RQ_NOTIFICATION_CONTINUE;
  }

  // A lambda written inside a handler runs inside it.
  REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *pHttpContext,
                                             ISendResponseProvider *) override {
    auto Make = [] { return new int[8]; };
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: heap allocation with 'new[]' in request handler 'OnSendResponse'
    delete[] Make();
    return RQ_NOTIFICATION_CONTINUE;
  }

  REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext *pHttpContext, DWORD,
                                                BOOL, IHttpEventProvider *,
                                                IHttpCompletionInfo *) override;
};

// Out-of-line definitions are found by what they override.
REQUEST_NOTIFICATION_STATUS CModule::OnAsyncCompletion(IHttpContext *pHttpContext,
                                                       DWORD, BOOL,
                                                       IHttpEventProvider *,
                                                       IHttpCompletionInfo *) {
  char *P = (char *)malloc(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: heap allocation with 'malloc' in request handler 'OnAsyncCompletion'
  free(P);
  return RQ_NOTIFICATION_CONTINUE;
}

// Through an intermediate base and a class template, reported once however
// often the template is instantiated.
class CModuleBase : public CHttpModule {};
template <class T> class CTemplateModule : public CModuleBase {
public:
  REQUEST_NOTIFICATION_STATUS OnAuthorizeRequest(IHttpContext *pHttpContext,
                                                 IHttpEventProvider *) override {
    T *Item = new T;
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'new' in request handler 'OnAuthorizeRequest'
    delete Item;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
template class CTemplateModule<int>;
template class CTemplateModule<long>;

class CFinalModule final : public CModuleBase {
  REQUEST_NOTIFICATION_STATUS OnMapPath(IHttpContext *pHttpContext,
                                        IMapPathProvider *) final {
    return new int ? RQ_NOTIFICATION_CONTINUE : RQ_NOTIFICATION_FINISH_REQUEST;
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation with 'new' in request handler 'OnMapPath'
  }
};

// A macro that expands to an allocation is reported at the expansion.
#define MAKE_BUFFER(n) new char[n]
class CMacroModule : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnReadEntity(IHttpContext *pHttpContext,
                                           IReadEntityProvider *) override {
    char *P = MAKE_BUFFER(8);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'new[]' in request handler 'OnReadEntity'
    delete[] P;
    return RQ_NOTIFICATION_CONTINUE;
  }
};

// The global handler IIS calls at the start of every request.
class CGlobal : public CGlobalModule {
  GLOBAL_NOTIFICATION_STATUS
  OnGlobalPreBeginRequest(IPreBeginRequestProvider *pProvider) override {
    char *P = new char[4];
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'new[]' in request handler 'OnGlobalPreBeginRequest'; use 'pProvider->GetHttpContext()->AllocateRequestMemory()' instead
    delete[] P;
    return GL_NOTIFICATION_CONTINUE;
  }
  void Terminate() override { delete this; }
};
