// With the real mingw-w64 windows.h on a 64-bit target, __stdcall (and so
// WINAPI) expands to nothing: the x86 build's convention is read from what
// the declaration spells.
// REQUIRES: mingw-x64
// RUN: rm -rf %t && mkdir -p %t/winapi/.git %t/cdecl/.git %t/dllexport/.git
// RUN: printf 'EXPORTS\nRegisterModule\n' > %t/winapi/mod.def
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/winapi/mod -- --target=x86_64-w64-mingw32 -DUSE_WINAPI
// RUN: printf 'EXPORTS\nRegisterModule\n' > %t/cdecl/mod.def
// RUN: %check_iis_tidy --check-suffix=CDECL %s iis-registermodule-export %t/cdecl/mod -- --target=x86_64-w64-mingw32
// RUN: %check_iis_tidy --check-suffix=DLLEXPORT %s iis-registermodule-export %t/dllexport/mod -- --target=x86_64-w64-mingw32 -DUSE_WINAPI -DUSE_DLLEXPORT

#include <windows.h>
#include "httpserv.h"

#ifdef USE_DLLEXPORT
extern "C" __declspec(dllexport)
#endif
#ifdef USE_WINAPI
HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-MESSAGES-DLLEXPORT: :[[@LINE-1]]:16: warning: 'RegisterModule' is exported as '_RegisterModule@12' on x86, but IIS looks up the plain name 'RegisterModule': the module will not load [iis-registermodule-export]
#else
HRESULT RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-MESSAGES-CDECL: :[[@LINE-1]]:9: warning: 'RegisterModule' must be __stdcall on x86: IIS calls it as WINAPI, and __cdecl unbalances the stack [iis-registermodule-export]
  // CHECK-FIXES-CDECL: HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
#endif
  return S_OK;
}
