// The note says why a function is in scope.
// RUN: %check_iis_tidy %s iis-request-heap-allocation %t

#include "httpserv.h"
#include "heap-apis.h"

class CModule : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    void *P = malloc(8);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
    // CHECK-NOTES: :[[@LINE-4]]:31: note: 'OnBeginRequest' overrides 'CHttpModule::OnBeginRequest', which IIS calls once per request
    free(P);
    return RQ_NOTIFICATION_CONTINUE;
  }
};

class CGlobal : public CGlobalModule {
  GLOBAL_NOTIFICATION_STATUS
  OnGlobalPreBeginRequest(IPreBeginRequestProvider *pProvider) override {
    int *P = new int;
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: heap allocation with 'new' in request handler 'OnGlobalPreBeginRequest'
    // CHECK-NOTES: :[[@LINE-3]]:3: note: 'OnGlobalPreBeginRequest' overrides 'CGlobalModule::OnGlobalPreBeginRequest', which IIS calls at the start of every request
    delete P;
    return GL_NOTIFICATION_CONTINUE;
  }
  void Terminate() override {}
};
