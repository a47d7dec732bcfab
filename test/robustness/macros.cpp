// Handlers and allocations made by macros: a macro that defines a whole
// handler method, an allocation macro used twice (two reports, one at each
// expansion), a macro that defines a whole module class, RegisterModule
// defined by a macro, and an allocation behind nested macros and token
// pasting. No crash, and every report lands at a macro expansion in this file.
//
// RUN: mkdir -p %t/.git
// RUN: cp %s %t/macros.cpp
// RUN: printf 'EXPORTS\n  RegisterModule\n' > %t/Module.def
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' macros.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// The same on x86, where the export check also looks at the calling convention:
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' macros.cpp -- --target=i686-pc-windows-msvc -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'

#include "httpserv.h"
#include "heap-apis.h"

#define ALLOC_BUFFER(n) ((char *)malloc(n))
#define NEW_ARRAY(T, n) new T[n]
#define PASTE(a, b) a##b
#define INDIRECT_ALLOC(n) PASTE(ALLOC_, BUFFER)(n)

// A whole handler method from a macro.
#define DECLARE_BEGIN_REQUEST(Body)                                            \
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,       \
                                             IHttpEventProvider *) override {  \
    Body;                                                                      \
    return RQ_NOTIFICATION_CONTINUE;                                           \
  }

class CMacroHandler : public CHttpModule {
public:
  DECLARE_BEGIN_REQUEST(char *P = NEW_ARRAY(char, 16); (void)P)
  // CHECK: macros.cpp:[[@LINE-1]]:35: warning: heap allocation with 'new[]' in request handler 'OnBeginRequest'
  // CHECK: macros.cpp:[[@LINE-2]]:3: note: 'OnBeginRequest' overrides 'CHttpModule::OnBeginRequest'

  // One allocation macro used twice: two reports, one at each expansion.
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    char *A = ALLOC_BUFFER(8);
    // CHECK: macros.cpp:[[@LINE-1]]:15: warning: heap allocation with 'malloc' in request handler 'OnEndRequest'
    char *B = ALLOC_BUFFER(32);
    // CHECK: macros.cpp:[[@LINE-1]]:15: warning: heap allocation with 'malloc' in request handler 'OnEndRequest'
    // Nested macros and token pasting.
    char *C = INDIRECT_ALLOC(4);
    // CHECK: macros.cpp:[[@LINE-1]]:15: warning: heap allocation with 'malloc' in request handler 'OnEndRequest'
    (void)A, (void)B, (void)C;
    return RQ_NOTIFICATION_CONTINUE;
  }
};

// A whole module class from a macro, instantiated twice.
#define DEFINE_MODULE(Name, Size)                                              \
  class Name : public CHttpModule {                                            \
  public:                                                                      \
    REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *,                 \
                                               ISendResponseProvider *) override { \
      char *P = NEW_ARRAY(char, Size);                                         \
      (void)P;                                                                 \
      return RQ_NOTIFICATION_CONTINUE;                                         \
    }                                                                          \
  };
DEFINE_MODULE(CFirst, 8)
// CHECK: macros.cpp:[[@LINE-1]]:1: warning: heap allocation with 'new[]' in request handler 'OnSendResponse'
DEFINE_MODULE(CSecond, 16)
// CHECK: macros.cpp:[[@LINE-1]]:1: warning: heap allocation with 'new[]' in request handler 'OnSendResponse'

// An empty macro argument and a handler body made only of macros: nothing to report.
#define NOTHING
class CEmpty : public CHttpModule {
public:
  DECLARE_BEGIN_REQUEST(NOTHING)
};

// RegisterModule defined by a macro, exported by Module.def.
#define DEFINE_ENTRY_POINT(Name)                                               \
  HRESULT WINAPI Name(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {   \
    return S_OK;                                                               \
  }
DEFINE_ENTRY_POINT(RegisterModule)
