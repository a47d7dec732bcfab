// The opt-in tier: owning containers and strings built or grown per request.
// RUN: %check_iis_tidy --expect-clean %s iis-request-heap-allocation %t -- -isystem %test_inputs/system
// RUN: %check_iis_tidy --check-suffix=ON --config-option=iis-request-heap-allocation.IncludeContainers=true %s iis-request-heap-allocation %t -- -isystem %test_inputs/system
// RUN: %check_iis_tidy --check-suffix=STRINGS --config-option=iis-request-heap-allocation.IncludeContainers=true --config-option=iis-request-heap-allocation.ContainerTypes='::std::basic_string' %s iis-request-heap-allocation %t -- -isystem %test_inputs/system

#include "httpserv.h"
#include "mock-stl.h"

std::string g_Banner;

static void AddHeader(std::vector<int> &Headers) {
  Headers.push_back(1);
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:3: warning: heap allocation with 'std::vector::push_back' in 'AddHeader', reached from request handler 'OnBeginRequest'; the container allocates on the heap as it grows; use a fixed buffer from 'AllocateRequestMemory()' on the handler's IHttpContext* (pass it down to 'AddHeader'), or keep the container out of the request path
}

class CModule : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    std::string Empty;           // no allocation yet
    std::string Name("x-module");
    // CHECK-MESSAGES-ON: :[[@LINE-1]]:17: warning: heap allocation with 'std::basic_string' in request handler 'OnBeginRequest'; the container allocates on the heap as it grows; use a fixed buffer from 'pHttpContext->AllocateRequestMemory()', or keep the container out of the request path
    // CHECK-MESSAGES-STRINGS: :[[@LINE-2]]:17: warning: heap allocation with 'std::basic_string' in request handler 'OnBeginRequest'
    Name += "-suffix";
    // CHECK-MESSAGES-ON: :[[@LINE-1]]:5: warning: heap allocation with 'std::basic_string::operator+='
    // CHECK-MESSAGES-STRINGS: :[[@LINE-2]]:5: warning: heap allocation with 'std::basic_string::operator+='
    std::vector<int> Headers;
    Headers.reserve(8);
    // CHECK-MESSAGES-ON: :[[@LINE-1]]:5: warning: heap allocation with 'std::vector::reserve'
    AddHeader(Headers);
    (void)Name.size();           // not growth
    g_Banner = std::string("cached"); // stored in a global: cross-request
    g_Banner += "!";                  // a global grows across requests on purpose
    return RQ_NOTIFICATION_CONTINUE;
  }
};
