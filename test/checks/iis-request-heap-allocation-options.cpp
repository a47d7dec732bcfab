// Options: MaxCallDepth, AllocationFunctions, IgnoredFunctions.
// RUN: %check_iis_tidy --check-suffix=DEFAULT %s iis-request-heap-allocation %t
// RUN: %check_iis_tidy --check-suffix=DEPTH0 --config-option=iis-request-heap-allocation.MaxCallDepth=0 %s iis-request-heap-allocation %t
// RUN: %check_iis_tidy --check-suffix=DEPTH1 --config-option=iis-request-heap-allocation.MaxCallDepth=1 %s iis-request-heap-allocation %t
// RUN: %check_iis_tidy --check-suffix=CUSTOM --config-option='iis-request-heap-allocation.AllocationFunctions=::pool::Grab:heap; MyAlloc; CArena::Take' --config-option='iis-request-heap-allocation.IgnoredFunctions=::_strdup' %s iis-request-heap-allocation %t

#include "httpserv.h"
#include "heap-apis.h"

namespace pool { void *Grab(size_t); }
struct CArena { static void *Take(size_t); void *Give(size_t); };
void *MyAlloc(size_t);

static void Deep() {
  malloc(1);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: heap allocation with 'malloc' in 'Deep', reached from request handler 'OnBeginRequest'
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:3: warning: heap allocation with 'malloc' in 'Deep'
}
static void Shallow() {
  _strdup("x");
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: heap allocation with '_strdup' in 'Shallow', reached from request handler 'OnBeginRequest'
  // CHECK-MESSAGES-DEPTH1: :[[@LINE-2]]:3: warning: heap allocation with '_strdup' in 'Shallow'
  Deep();
}

class CModule : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    void *A = new int;
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:15: warning: heap allocation with 'new'
    // CHECK-MESSAGES-DEPTH0: :[[@LINE-2]]:15: warning: heap allocation with 'new'
    // CHECK-MESSAGES-DEPTH1: :[[@LINE-3]]:15: warning: heap allocation with 'new'
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-4]]:15: warning: heap allocation with 'new'
    void *B = pool::Grab(8);
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:15: warning: heap allocation with 'pool::Grab' in request handler 'OnBeginRequest'; use 'pHttpContext->AllocateRequestMemory()' instead
    void *C = MyAlloc(8);
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:15: warning: heap allocation with 'MyAlloc' in request handler 'OnBeginRequest'
    void *D = CArena::Take(8);
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:15: warning: heap allocation with 'CArena::Take' in request handler 'OnBeginRequest'
    CArena Arena;
    void *E = Arena.Give(8); // not named: a member is never a built-in allocator
    Shallow();
    (void)A; (void)B; (void)C; (void)D; (void)E;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
