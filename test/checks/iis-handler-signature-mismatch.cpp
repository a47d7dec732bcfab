// RUN: %check_iis_tidy %s iis-handler-signature-mismatch %t
// The renamed handlers still compile:
// RUN: %clang --target=x86_64-pc-windows-msvc -fsyntax-only -std=c++17 -I%sdk_include %t.cpp
// MaxEditDistance=0: exact names only, case aside.
// RUN: %check_iis_tidy --check-suffix=EXACT --config-option=iis-handler-signature-mismatch.MaxEditDistance=0 %s iis-handler-signature-mismatch %t

#include "httpserv.h"

class CModule : public CHttpModule {
public:
  // The provider parameter of OnAuthenticateRequest is IAuthenticationProvider*.
  REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext *pHttpContext,
                                                    IHttpEventProvider *pProvider);
  // CHECK-NOTES: :[[@LINE-2]]:31: warning: 'CModule::OnAuthenticateRequest' does not override 'CHttpModule::OnAuthenticateRequest', so IIS never calls it: parameter 2 is 'IHttpEventProvider *' where the handler's is 'IAuthenticationProvider *' [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnAuthenticateRequest' is declared here
  // CHECK-NOTES-EXACT: :[[@LINE-4]]:31: warning: 'CModule::OnAuthenticateRequest' does not override 'CHttpModule::OnAuthenticateRequest', so IIS never calls it: parameter 2 is 'IHttpEventProvider *' where the handler's is 'IAuthenticationProvider *' [iis-handler-signature-mismatch]
  // CHECK-NOTES-EXACT: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnAuthenticateRequest' is declared here

  // A const method does not override a non-const one.
  REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *, ISendResponseProvider *) const;
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CModule::OnSendResponse' does not override 'CHttpModule::OnSendResponse', so IIS never calls it: it is declared 'const' where the handler is not [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnSendResponse' is declared here
  // CHECK-NOTES-EXACT: :[[@LINE-3]]:31: warning: 'CModule::OnSendResponse' does not override
  // CHECK-NOTES-EXACT: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnSendResponse' is declared here

  // A reference where the SDK passes a pointer.
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext &HttpContext, IHttpEventProvider *pProvider);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CModule::OnBeginRequest' does not override 'CHttpModule::OnBeginRequest', so IIS never calls it: parameter 1 is 'IHttpContext &' where the handler's is 'IHttpContext *' [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnBeginRequest' is declared here
  // CHECK-NOTES-EXACT: :[[@LINE-3]]:31: warning: 'CModule::OnBeginRequest' does not override
  // CHECK-NOTES-EXACT: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnBeginRequest' is declared here

  // A parameter missing.
  REQUEST_NOTIFICATION_STATUS OnMapPath(IHttpContext *pHttpContext);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CModule::OnMapPath' does not override 'CHttpModule::OnMapPath', so IIS never calls it: it takes 1 parameter where the handler takes 2 [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnMapPath' is declared here
  // CHECK-NOTES-EXACT: :[[@LINE-3]]:31: warning: 'CModule::OnMapPath' does not override
  // CHECK-NOTES-EXACT: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnMapPath' is declared here

  // Misspelt, with the right signature: renaming makes it override. Also
  // out of line: both declarations are renamed.
  REQUEST_NOTIFICATION_STATUS OnEndRequst(IHttpContext *pHttpContext, IHttpEventProvider *pProvider);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CModule::OnEndRequst' does not override 'CHttpModule::OnEndRequest', so IIS never calls it: its name is spelled differently [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnEndRequest' is declared here
  // CHECK-FIXES: REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext, IHttpEventProvider *pProvider);
  virtual REQUEST_NOTIFICATION_STATUS onlogrequest(IHttpContext *pHttpContext, IHttpEventProvider *pProvider) {
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: 'CModule::onlogrequest' does not override 'CHttpModule::OnLogRequest', so IIS never calls it: its name is spelled differently [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnLogRequest' is declared here
  // CHECK-NOTES-EXACT: :[[@LINE-3]]:39: warning: 'CModule::onlogrequest' does not override 'CHttpModule::OnLogRequest', so IIS never calls it: its name is spelled differently [iis-handler-signature-mismatch]
  // CHECK-NOTES-EXACT: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnLogRequest' is declared here
  // CHECK-FIXES: virtual REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext *pHttpContext, IHttpEventProvider *pProvider) {
    return RQ_NOTIFICATION_CONTINUE;
  }

  // Misspelt and called by that name elsewhere: no fix-it, the caller would break.
  REQUEST_NOTIFICATION_STATUS OnPostEndRequst(IHttpContext *pHttpContext, IHttpEventProvider *pProvider) {
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CModule::OnPostEndRequst' does not override 'CHttpModule::OnPostEndRequest', so IIS never calls it: its name is spelled differently [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnPostEndRequest' is declared here
  // CHECK-FIXES: REQUEST_NOTIFICATION_STATUS OnPostEndRequst(IHttpContext *pHttpContext, IHttpEventProvider *pProvider) {
    return RQ_NOTIFICATION_CONTINUE;
  }
  void Flush(IHttpContext *pHttpContext) { OnPostEndRequst(pHttpContext, nullptr); }

  // Misspelt, and more than the name differs: renaming alone would not
  // compile, so no fix-it.
  void OnReleaseRequestStat(IHttpContext *, IHttpEventProvider *);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'CModule::OnReleaseRequestStat' does not override 'CHttpModule::OnReleaseRequestState', so IIS never calls it: its name is spelled differently, and it returns 'void' where the handler returns 'REQUEST_NOTIFICATION_STATUS' [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnReleaseRequestState' is declared here
  // CHECK-FIXES: void OnReleaseRequestStat(IHttpContext *, IHttpEventProvider *);
  static REQUEST_NOTIFICATION_STATUS OnUpdateRequestCach(IHttpContext *, IHttpEventProvider *);
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: 'CModule::OnUpdateRequestCach' does not override 'CHttpModule::OnUpdateRequestCache', so IIS never calls it: its name is spelled differently, and it is static [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnUpdateRequestCache' is declared here
  // CHECK-FIXES: static REQUEST_NOTIFICATION_STATUS OnUpdateRequestCach(IHttpContext *, IHttpEventProvider *);
};

REQUEST_NOTIFICATION_STATUS CModule::OnEndRequst(IHttpContext *pHttpContext, IHttpEventProvider *pProvider) {
  // CHECK-FIXES: REQUEST_NOTIFICATION_STATUS CModule::OnEndRequest(IHttpContext *pHttpContext, IHttpEventProvider *pProvider) {
  return RQ_NOTIFICATION_CONTINUE;
}

// Global modules: the provider of OnGlobalPreBeginRequest is IPreBeginRequestProvider*.
class CGlobal : public CGlobalModule {
public:
  GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IHttpEventProvider *pProvider);
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: 'CGlobal::OnGlobalPreBeginRequest' does not override 'CGlobalModule::OnGlobalPreBeginRequest', so IIS never calls it: parameter 1 is 'IHttpEventProvider *' where the handler's is 'IPreBeginRequestProvider *' [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CGlobalModule::OnGlobalPreBeginRequest' is declared here
  // CHECK-NOTES-EXACT: :[[@LINE-3]]:30: warning: 'CGlobal::OnGlobalPreBeginRequest' does not override
  // CHECK-NOTES-EXACT: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CGlobalModule::OnGlobalPreBeginRequest' is declared here
  void Terminate() override { delete this; }
};

// Through a class template: reported once, at the template.
template <typename T> class CTemplated : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnReadEntity(IHttpContext *, IHttpEventProvider *) { return RQ_NOTIFICATION_CONTINUE; }
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'CTemplated<int>::OnReadEntity' does not override 'CHttpModule::OnReadEntity', so IIS never calls it: parameter 2 is 'IHttpEventProvider *' where the handler's is 'IReadEntityProvider *' [iis-handler-signature-mismatch]
  // CHECK-NOTES: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnReadEntity' is declared here
  // CHECK-NOTES-EXACT: :[[@LINE-3]]:31: warning: 'CTemplated<int>::OnReadEntity' does not override
  // CHECK-NOTES-EXACT: httpserv.h:{{[0-9]+}}:{{[0-9]+}}: note: 'CHttpModule::OnReadEntity' is declared here
};
template class CTemplated<int>;
template class CTemplated<long>;

// --- Must not warn.

class CHelpers : public CHttpModule {
public:
  // Real overrides.
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override;
  REQUEST_NOTIFICATION_STATUS OnAcquireRequestState(IHttpContext *, IHttpEventProvider *);
  // A helper that shares a handler's name while the class overrides that handler.
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext);
  // Names that are not handlers, or not close enough.
  void OnStartup();
  void OnBeginRequestImpl(IHttpContext *);
  HRESULT ReadEntity(IHttpContext *);
  static void OnShutdown();
};

// Not a module: a method named like a handler means nothing.
class CNotAModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *);
};
