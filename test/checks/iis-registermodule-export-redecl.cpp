// Declared in a header with the export attributes, defined without them: the
// compiler merges the declarations, and so does the check.
// RUN: rm -rf %t && mkdir -p %t/merged/.git %t/tryblock/.git %t/declonly/.git
// RUN: %check_iis_tidy --check-suffix=MERGED %s iis-registermodule-export %t/merged/mod -- -DMERGED
// A function-try-block body is still the definition.
// RUN: %check_iis_tidy --check-suffix=TRY %s iis-registermodule-export %t/tryblock/mod -- -DTRY_BLOCK -fcxx-exceptions -fexceptions
// Only declared here (defined in another TU): nothing to check.
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/declonly/mod -- -DDECLARATION_ONLY

#include "httpserv.h"

#if defined(MERGED)
// What a module header would say.
extern "C" __declspec(dllexport) HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
                                                               IHttpServer *);
HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-MESSAGES-MERGED: :[[@LINE-1]]:16: warning: 'RegisterModule' is exported as '_RegisterModule@12' on x86, but IIS looks up the plain name 'RegisterModule': the module will not load [iis-registermodule-export]
  return S_OK;
}
#elif defined(TRY_BLOCK)
__declspec(dllexport) HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
                                                    IHttpServer *) try {
  // CHECK-MESSAGES-TRY: :[[@LINE-2]]:38: warning: 'RegisterModule' is exported as '?RegisterModule@@YAJKPEAVIHttpModuleRegistrationInfo@@PEAVIHttpServer@@@Z' on x64
  // CHECK-MESSAGES-TRY: :[[@LINE-3]]:38: warning: 'RegisterModule' is exported as '?RegisterModule@@YGJKPAVIHttpModuleRegistrationInfo@@PAVIHttpServer@@@Z' on x86
  return S_OK;
} catch (...) {
  return E_FAIL;
}
#else
extern "C" HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *);
#endif
