// Allocations reached from a handler through the functions it calls, with
// the call chain as notes (innermost call first, then the handler).
// RUN: %check_iis_tidy %s iis-request-heap-allocation %t -- -isystem %test_inputs/system

#include "httpserv.h"
#include "heap-apis.h"
#include "mock-stl.h"

// A free helper two calls away.
static char *DuplicateHeader(const char *Value) {
  char *Copy = (char *)malloc(64);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: heap allocation with 'malloc' in 'DuplicateHeader', reached from request handler 'OnBeginRequest'; use 'AllocateRequestMemory()' on the handler's IHttpContext* (pass it down to 'DuplicateHeader') instead; IIS frees request memory when the request ends [iis-request-heap-allocation]
  // CHECK-NOTES: :[[@LINE+16]]:54: note: 'DuplicateHeader' called here from 'CopyHeaders'
  // CHECK-NOTES: :[[@LINE+21]]:5: note: 'CopyHeaders' called here from 'OnBeginRequest'
  // CHECK-NOTES: :[[@LINE+18]]:31: note: 'OnBeginRequest' overrides 'CHttpModule::OnBeginRequest', which IIS calls once per request
  (void)Value;
  return Copy;
}

// A helper that has the context in scope gets the precise replacement.
static void *Scratch(IHttpContext *pContext, DWORD Size) {
  (void)pContext;
  return HeapAlloc(GetProcessHeap(), 0, Size);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: heap allocation with 'HeapAlloc' in 'Scratch', reached from request handler 'OnBeginRequest'; use 'pContext->AllocateRequestMemory()' instead
  // CHECK-NOTES: :[[@LINE+11]]:5: note: 'Scratch' called here from 'OnBeginRequest'
  // CHECK-NOTES: :[[@LINE+7]]:31: note: 'OnBeginRequest' overrides
}

static char *CopyHeaders(const char *Value) { return DuplicateHeader(Value); } /*L:dup*/

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext, /*L:begin*/
                                             IHttpEventProvider *) override {
    CopyHeaders("x"); /*L:copy*/
    Scratch(pHttpContext, 16); /*L:scratch*/
    BuildResponse(); /*L:build*/
    CResponseBuffer Buffer; /*L:buffer*/
    return RQ_NOTIFICATION_CONTINUE;
  }

  // A second handler that reaches the same helpers reports nothing twice.
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    CopyHeaders("y");
    Scratch(pHttpContext, 8);
    return RQ_NOTIFICATION_CONTINUE;
  }

private:
  // A member function with the module's allocator in scope.
  void BuildResponse() {
    m_pScratch = new char[32];
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: heap allocation with 'new[]' in 'BuildResponse', reached from request handler 'OnBeginRequest'; use 'm_pAllocator->AllocateMemory()' instead
    // CHECK-NOTES: :[[@LINE-18]]:5: note: 'BuildResponse' called here from 'OnBeginRequest'
    // CHECK-NOTES: :[[@LINE-23]]:31: note: 'OnBeginRequest' overrides
  }

  // Constructing an object runs its constructor and default member initializers.
  struct CResponseBuffer {
    char *Data = new char[128];
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: heap allocation with 'new[]' in 'CResponseBuffer', reached from request handler 'OnBeginRequest'
    // CHECK-NOTES: :[[@LINE-25]]:21: note: constructor of 'CResponseBuffer' called here from 'OnBeginRequest'
    // CHECK-NOTES: :[[@LINE-31]]:31: note: 'OnBeginRequest' overrides
    CResponseBuffer() { Header = (char *)calloc(1, 16); }
    // CHECK-NOTES: :[[@LINE-1]]:42: warning: heap allocation with 'calloc' in 'CResponseBuffer', reached from request handler 'OnBeginRequest'
    // CHECK-NOTES: :[[@LINE-29]]:21: note: constructor of 'CResponseBuffer' called here from 'OnBeginRequest'
    // CHECK-NOTES: :[[@LINE-35]]:31: note: 'OnBeginRequest' overrides
    char *Header;
  };

  IModuleAllocator *m_pAllocator = nullptr;
  char *m_pScratch = nullptr;
};

// Function templates and lambdas are followed too; recursion terminates.
template <class T> T *MakeArray(unsigned N) { return new T[N]; }
// CHECK-NOTES: :[[@LINE-1]]:54: warning: heap allocation with 'new[]' in 'MakeArray<int>', reached from request handler 'OnSendResponse'
// CHECK-NOTES: :[[@LINE+11]]:63: note: 'MakeArray<int>' called here from 'Recurse'
// CHECK-NOTES: :[[@LINE+15]]:5: note: 'Recurse' called here from 'OnSendResponse'
// CHECK-NOTES: :[[@LINE+12]]:31: note: 'OnSendResponse' overrides 'CHttpModule::OnSendResponse', which IIS calls while it serves a request

static void *ViaLambda() {
  auto Make = [] { return LocalAlloc(LMEM_FIXED, 4); };
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: heap allocation with 'LocalAlloc' in 'ViaLambda', reached from request handler 'OnSendResponse'
  // CHECK-NOTES: :[[@LINE+8]]:5: note: 'ViaLambda' called here from 'OnSendResponse'
  // CHECK-NOTES: :[[@LINE+6]]:31: note: 'OnSendResponse' overrides
  return Make();
}
static int *Recurse(unsigned N) { return N ? Recurse(N - 1) : MakeArray<int>(4); } /*L:make*/

class CSecond : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *, ISendResponseProvider *) override { /*L:send*/
    ViaLambda(); /*L:lambda*/
    Recurse(3); /*L:recurse*/
    // Calls into system headers are not walked: the STL's internals are the
    // opt-in container tier's business.
    std::vector<int> Numbers(4);
    Numbers.push_back(1);
    std::__internal_dup("x");
    return RQ_NOTIFICATION_CONTINUE;
  }
};
