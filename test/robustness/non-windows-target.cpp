// A non-Windows target: the heap check works as on Windows; the export check
// cannot see dllexport or __stdcall there, so it says once which --target to
// add, and nothing else (no guesses about exports from a lost AST).
//
// RUN: mkdir -p %t/.git
// RUN: cp %s %t/linux.cpp
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' linux.cpp -- --target=x86_64-linux-gnu -fms-extensions -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// A 32-bit non-Windows target, and one without -fms-extensions (__declspec is
// then an error the user must fix; the check still says what to do).
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' linux.cpp -- --target=i686-linux-gnu -fms-extensions -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s --check-prefix=I686 %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' linux.cpp -- --target=aarch64-apple-darwin -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s --check-prefix=DARWIN %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'

#include "httpserv.h"
#include "heap-apis.h"

static char *Copy(const char *Value) { return _strdup(Value); }
// CHECK: linux.cpp:[[@LINE-1]]:47: warning: heap allocation with '_strdup' in 'Copy', reached from request handler 'OnBeginRequest'
// I686: linux.cpp:[[@LINE-2]]:47: warning: heap allocation with '_strdup' in 'Copy'
// DARWIN: linux.cpp:[[@LINE-3]]:47: warning: heap allocation with '_strdup' in 'Copy'

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    char *Buffer = new char[64];
    // CHECK: linux.cpp:[[@LINE-1]]:20: warning: heap allocation with 'new[]' in request handler 'OnBeginRequest'; use 'pHttpContext->AllocateRequestMemory()' instead
    // I686: linux.cpp:[[@LINE-2]]:20: warning: heap allocation with 'new[]' in request handler 'OnBeginRequest'
    // DARWIN: linux.cpp:[[@LINE-3]]:20: warning: heap allocation with 'new[]' in request handler 'OnBeginRequest'
    Copy("x");
    (void)Buffer;
    return RQ_NOTIFICATION_CONTINUE;
  }
};

// A declaration and a definition: said once, at the definition.
extern "C" __declspec(dllexport) HRESULT WINAPI
RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo *pModuleInfo,
               IHttpServer *pGlobalInfo);
// DARWIN: linux.cpp:[[@LINE-3]]:12: error: '__declspec' attributes are not enabled; use '-fdeclspec' or '-fms-extensions'

HRESULT WINAPI RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo *pModuleInfo,
                              IHttpServer *pGlobalInfo) {
  // CHECK: linux.cpp:[[@LINE-2]]:16: warning: cannot check how 'RegisterModule' is exported for target 'x86_64-unknown-linux-gnu', which drops dllexport and __stdcall; compile with '--target=x86_64-pc-windows-msvc' (or 'i686-pc-windows-msvc' for a 32-bit module; with clang-tidy, '--extra-arg=--target=...') [iis-registermodule-export]
  // I686: linux.cpp:[[@LINE-3]]:16: warning: cannot check how 'RegisterModule' is exported for target 'i686-unknown-linux-gnu'
  // DARWIN: linux.cpp:[[@LINE-4]]:16: warning: cannot check how 'RegisterModule' is exported for target 'arm64-apple-macosx{{[0-9.]*}}'
  return S_OK;
}
// DARWIN: Found compiler error(s).
