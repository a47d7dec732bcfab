// Signature, the notes that explain, and a non-Windows target.
// RUN: rm -rf %t && mkdir -p %t/sig/.git %t/none/.git %t/cxx/.git %t/linux/.git
// RUN: %check_iis_tidy --check-suffix=SIG --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/sig/mod -- -DWRONG_SIGNATURE
// RUN: %check_iis_tidy --check-suffix=NONE %s iis-registermodule-export %t/none/mod
// RUN: %check_iis_tidy --check-suffix=CXX --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/cxx/mod -- -DCXX_DLLEXPORT
// RUN: %check_iis_tidy --check-suffix=LINUX %s iis-registermodule-export %t/linux/mod -- --target=x86_64-linux-gnu -fms-extensions

#include "httpserv.h"

#if defined(WRONG_SIGNATURE)
typedef long MYRESULT;
extern "C" __declspec(dllexport) int WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *) {
  // CHECK-NOTES-SIG: :[[@LINE-1]]:45: warning: 'RegisterModule' does not have the signature IIS calls it with [iis-registermodule-export]
  // CHECK-NOTES-SIG: :[[@LINE-2]]:45: note: IIS calls it as 'HRESULT WINAPI RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo *pModuleInfo, IHttpServer *pGlobalInfo)'
  return 0;
}
#elif defined(CXX_DLLEXPORT)
__declspec(dllexport) HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-NOTES-CXX: :[[@LINE-1]]:38: warning: 'RegisterModule' is exported as '?RegisterModule@@{{.*}}' on x64
  // CHECK-NOTES-CXX: :[[@LINE-2]]:38: note: export the plain name with a .def file listing 'EXPORTS RegisterModule' or the linker option '/EXPORT:RegisterModule', or declare the function extern "C"
  return S_OK;
}
#else
// Typedefs of the right types are the right types.
typedef DWORD VERSION_T;
typedef IHttpServer SERVER_T;
HRESULT WINAPI RegisterModule(VERSION_T, IHttpModuleRegistrationInfo *, SERVER_T *) {
  // CHECK-NOTES-NONE: :[[@LINE-1]]:16: warning: 'RegisterModule' is not exported: it is not dllexport, and no .def file in '{{.*}}' or its parent directories up to '{{.*}}' exports it, nor does a project file in the folders up to '{{.*}}' or elsewhere in the repository compile it, so IIS will not find it [iis-registermodule-export]
  // CHECK-NOTES-NONE: :[[@LINE-2]]:16: note: if a .def file elsewhere or the linker option /EXPORT:RegisterModule exports it, name it in 'iis-registermodule-export.ModuleDefinitionFiles' or 'iis-registermodule-export.LinkerExports'
  // CHECK-NOTES-LINUX: :[[@LINE-3]]:16: warning: cannot check how 'RegisterModule' is exported for target 'x86_64-unknown-linux-gnu', which drops dllexport and __stdcall; compile with '--target=x86_64-pc-windows-msvc' (or 'i686-pc-windows-msvc' for a 32-bit module; with clang-tidy, '--extra-arg=--target=...') [iis-registermodule-export]
  return S_OK;
}
#endif
