// Export routes and the names MSVC's linker gives RegisterModule.
// Each variant runs in its own directory, so that only its own .def is seen.
//
// C++ linkage + dllexport: the export is the mangled name on every arch.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %check_iis_tidy --check-suffix=CXX-X64 %s iis-registermodule-export %t/cxx64 -- -DCXX_DLLEXPORT
// RUN: %check_iis_tidy --check-suffix=CXX-X86 %s iis-registermodule-export %t/cxx86 -- -DCXX_DLLEXPORT --target=i686-pc-windows-msvc
//
// extern "C" + __stdcall + dllexport: plain on x64, _RegisterModule@12 on x86.
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/c64 -- -DC_DLLEXPORT
// RUN: %check_iis_tidy --check-suffix=C-X86 %s iis-registermodule-export %t/c86 -- -DC_DLLEXPORT --target=i686-pc-windows-msvc
// RUN: %check_iis_tidy --check-suffix=C-X86 %s iis-registermodule-export %t/c86mingw -- -DC_DLLEXPORT --target=i686-w64-mingw32 -nostdinc
//
// extern "C" + __cdecl + dllexport on x86: the name is right, the convention is not.
// RUN: %check_iis_tidy --check-suffix=CDECL %s iis-registermodule-export %t/cdecl -- -DC_CDECL --target=i686-pc-windows-msvc
//
// No dllexport and no .def: nothing exports it.
// RUN: %check_iis_tidy --check-suffix=NONE %s iis-registermodule-export %t/none -- -DPLAIN
//
// Linker exports given by option.
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.LinkerExports='/EXPORT:RegisterModule' %s iis-registermodule-export %t/linker -- -DPLAIN --target=i686-pc-windows-msvc
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.LinkerExports='Other;RegisterModule=_RegisterModule@12' %s iis-registermodule-export %t/linker2 -- -DC_DLLEXPORT --target=i686-pc-windows-msvc
// RUN: %check_iis_tidy --check-suffix=NONE --config-option=iis-registermodule-export.LinkerExports='/EXPORT:Other' %s iis-registermodule-export %t/linker3 -- -DPLAIN
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.LinkerExports='-export:RegisterModule,@1' %s iis-registermodule-export %t/linker4 -- -DPLAIN
// NONAME keeps the name out of the export table.
// RUN: %check_iis_tidy --check-suffix=NONE --config-option=iis-registermodule-export.LinkerExports='/EXPORT:RegisterModule,@1,NONAME' %s iis-registermodule-export %t/linker5 -- -DPLAIN
//
// Declared before the definition: adding __stdcall to one would make them clash, so no fix-it.
// RUN: %check_iis_tidy --check-suffix=CDECL-REDECL %s iis-registermodule-export %t/cdecl2 -- -DC_CDECL_REDECL --target=i686-pc-windows-msvc

#include "httpserv.h"

#if defined(CXX_DLLEXPORT)
__declspec(dllexport) HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
                                                    IHttpServer *) {
  // CHECK-MESSAGES-CXX-X64: :[[@LINE-2]]:38: warning: 'RegisterModule' is exported as '?RegisterModule@@YAJKPEAVIHttpModuleRegistrationInfo@@PEAVIHttpServer@@@Z' on x64, but IIS looks up the plain name 'RegisterModule': the module will not load [iis-registermodule-export]
  // CHECK-MESSAGES-CXX-X86: :[[@LINE-3]]:38: warning: 'RegisterModule' is exported as '?RegisterModule@@YGJKPAVIHttpModuleRegistrationInfo@@PAVIHttpServer@@@Z' on x86, but IIS looks up the plain name 'RegisterModule': the module will not load [iis-registermodule-export]
  return S_OK;
}
#elif defined(C_DLLEXPORT)
extern "C" __declspec(dllexport) HRESULT WINAPI
RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-MESSAGES-C-X86: :[[@LINE-1]]:1: warning: 'RegisterModule' is exported as '_RegisterModule@12' on x86, but IIS looks up the plain name 'RegisterModule': the module will not load [iis-registermodule-export]
  return S_OK;
}
#elif defined(C_CDECL)
extern "C" __declspec(dllexport) HRESULT RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
                                                        IHttpServer *) {
  // CHECK-MESSAGES-CDECL: :[[@LINE-2]]:42: warning: 'RegisterModule' must be __stdcall on x86: IIS calls it as WINAPI, and any other calling convention unbalances the stack [iis-registermodule-export]
  // CHECK-FIXES-CDECL: extern "C" __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
  return S_OK;
}
#elif defined(C_CDECL_REDECL)
extern "C" __declspec(dllexport) HRESULT RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
                                                        IHttpServer *);
extern "C" HRESULT RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-MESSAGES-CDECL-REDECL: :[[@LINE-1]]:20: warning: 'RegisterModule' must be __stdcall on x86
  // CHECK-FIXES-CDECL-REDECL: extern "C" HRESULT RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  return S_OK;
}
#elif defined(PLAIN)
HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:16: warning: 'RegisterModule' is not exported: it is not dllexport and no .def file in '{{.*}}' exports it, so IIS will not find it [iis-registermodule-export]
  return S_OK;
}
#endif

// Not the entry point: a provider method and a namespaced function.
class CResolver : public IHttpApplicationResolveModulesProvider {
public:
  HRESULT RegisterModule(HTTP_MODULE_ID, IHttpModuleFactory *, PCWSTR, PCWSTR, PCWSTR,
                         DWORD, DWORD) override {
    return S_OK;
  }
};
namespace helpers {
HRESULT RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return S_OK; }
} // namespace helpers
