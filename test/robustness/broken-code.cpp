// Code that does not compile: the checks must not crash on the recovery AST,
// and a finding in the code that does compile is still reported.
//
// clang-tidy exits 1 when the TU has compile errors, hence 'not'. A crash
// (a signal, not an exit status) is not accepted by lit's plain 'not', so
// these RUN lines still fail on a crash; 'timeout' re-raises its command's
// signal, and on a hang exits 124, which 'not' would accept, but then the
// closing "Found compiler error(s)." line is missing and FileCheck fails.
//
// RUN: mkdir -p %t/.git
// RUN: cp %s %t/broken.cpp
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' broken.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -DSYNTAX 2>&1 | FileCheck %s --check-prefixes=SYNTAX,CHECK %no_crash_marks
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' broken.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -DMISSING 2>&1 | FileCheck %s --check-prefixes=MISSING,CHECK %no_crash_marks
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' broken.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -DINCOMPLETE 2>&1 | FileCheck %s --check-prefixes=INCOMPLETE,CHECK %no_crash_marks
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' broken.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -DTEMPLATE 2>&1 | FileCheck %s --check-prefixes=TEMPLATE,CHECK %no_crash_marks
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' broken.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -DREGISTER 2>&1 | FileCheck %s --check-prefixes=REGISTER,CHECK %no_crash_marks
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' broken.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -DTRUNCATED 2>&1 | FileCheck %s --check-prefixes=TRUNCATED %no_crash_marks

#include "httpserv.h"
#include "heap-apis.h"

#ifdef MISSING
#include "nope.h"
// MISSING: broken.cpp:[[@LINE-1]]:10: error: 'nope.h' file not found
#endif

static char *Helper(int N) { return new char[N]; }
// Reported only where a valid handler calls it (CMixed, below).
// INCOMPLETE: broken.cpp:[[@LINE-2]]:37: warning: heap allocation with 'new[]' in 'Helper', reached from request handler 'OnBeginRequest'
// INCOMPLETE: note: 'Helper' called here from 'OnBeginRequest'

#ifdef SYNTAX
// A handler with syntax errors and broken expressions: what is valid in it is
// still walked, what is not is skipped.
class CSyntax : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    int X = ;
    // SYNTAX: broken.cpp:[[@LINE-1]]:13: error: expected expression
    char *A = new char[Undeclared];
    // Recovery drops the array bound, so clang's AST holds a plain 'new'.
    // SYNTAX: broken.cpp:[[@LINE-2]]:15: warning: heap allocation with 'new' in request handler 'OnBeginRequest'
    // SYNTAX: broken.cpp:[[@LINE-3]]:24: error: use of undeclared identifier 'Undeclared'
    auto *B = new NoSuchType(3);
    // SYNTAX: broken.cpp:[[@LINE-1]]:19: error: unknown type name 'NoSuchType'
    Helper(Undeclared2);
    // SYNTAX: broken.cpp:[[@LINE-1]]:12: error: use of undeclared identifier 'Undeclared2'
    Helper(1, 2);
    // SYNTAX: broken.cpp:[[@LINE-1]]:5: error: no matching function for call to 'Helper'
    return RQ_NOTIFICATION_CONTINUE
    // SYNTAX: broken.cpp:[[@LINE-1]]:36: error: expected ';' after return statement
  }
};
#endif

#ifdef INCOMPLETE
class CIncomplete;
// Not a handler: its only base is incomplete, so it overrides nothing.
class CDerived : public CIncomplete {
  // INCOMPLETE: broken.cpp:[[@LINE-1]]:25: error: base class has incomplete type
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {
    // INCOMPLETE: broken.cpp:[[@LINE-1]]:84: error: only virtual member functions can be marked 'override'
    Helper(1);
    return RQ_NOTIFICATION_CONTINUE;
  }
};
// Still a handler through its complete base.
class CMixed : public CHttpModule, public CIncomplete {
  // INCOMPLETE: broken.cpp:[[@LINE-1]]:43: error: base class has incomplete type
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {
    Helper(2);
    return RQ_NOTIFICATION_CONTINUE;
  }
};
#endif

#ifdef TEMPLATE
// Handlers of a class template that is never defined, and of no class at all.
template <class T> class CUndefined;
template <class T>
REQUEST_NOTIFICATION_STATUS CUndefined<T>::OnBeginRequest(IHttpContext *, IHttpEventProvider *) {
  // TEMPLATE: broken.cpp:[[@LINE-1]]:44: error: out-of-line definition of 'OnBeginRequest' from class 'CUndefined<T>' without definition
  return Helper(3) ? RQ_NOTIFICATION_CONTINUE : RQ_NOTIFICATION_FINISH_REQUEST;
}
REQUEST_NOTIFICATION_STATUS CUndefined<int>::OnBeginRequest(IHttpContext *, IHttpEventProvider *) {
  // TEMPLATE: broken.cpp:[[@LINE-1]]:29: error: implicit instantiation of undefined template 'CUndefined<int>'
  return Helper(4) ? RQ_NOTIFICATION_CONTINUE : RQ_NOTIFICATION_FINISH_REQUEST;
}
REQUEST_NOTIFICATION_STATUS CNoSuchClass::OnBeginRequest(IHttpContext *, IHttpEventProvider *) {
  // TEMPLATE: broken.cpp:[[@LINE-1]]:29: error: use of undeclared identifier 'CNoSuchClass'
  return Helper(5) ? RQ_NOTIFICATION_CONTINUE : RQ_NOTIFICATION_FINISH_REQUEST;
}
#endif

#ifdef REGISTER
// An entry point whose parameter type is not declared.
HRESULT WINAPI RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo *pModuleInfo,
                              INoSuchServer *pGlobalInfo) {
  // REGISTER: broken.cpp:[[@LINE-1]]:31: error: unknown type name 'INoSuchServer'
  return S_OK;
}
#endif

// The handler that compiles: its finding is reported next to the broken code.
class CGood : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    char *P = (char *)malloc(10);
    // CHECK: broken.cpp:[[@LINE-1]]:23: warning: heap allocation with 'malloc' in request handler 'OnEndRequest'; use 'pHttpContext->AllocateRequestMemory()' instead
    (void)P;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
// CHECK: Found compiler error(s).

#ifdef TRUNCATED
// A handler cut off in the middle of a statement at the end of the file.
class CTruncated : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *pHttpContext,
                                             ISendResponseProvider *) override {
    char *Q = new char[8];
    // TRUNCATED: broken.cpp:[[@LINE-1]]:15: warning: heap allocation with 'new[]' in request handler 'OnSendResponse'
    for (;;
// TRUNCATED: error: expected '}'
// TRUNCATED: Found compiler error(s).
#endif
