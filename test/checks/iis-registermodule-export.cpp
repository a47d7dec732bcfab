// Export routes and the names MSVC's linker gives RegisterModule. Each
// variant runs in its own directory, a repository of its own (.git), so that
// only its own .def is seen. ONLY = only the TU's own architecture.
// RUN: rm -rf %t && mkdir -p %t
// RUN: mkdir -p %t/cxx64/.git %t/cxx86/.git %t/cxxdefault/.git %t/c64/.git %t/c86/.git %t/c86mingw/.git %t/c64default/.git %t/cdecl/.git %t/cdecl2/.git %t/none/.git
// RUN: mkdir -p %t/linker/.git %t/linker2/.git %t/linker3/.git %t/linker4/.git %t/linker5/.git %t/pragma/.git %t/pragma86/.git %t/pragma86alias/.git
//
// C++ linkage + dllexport: the export is the mangled name on every arch.
// RUN: %check_iis_tidy --check-suffix=CXX-X64 --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/cxx64/mod -- -DCXX_DLLEXPORT
// RUN: %check_iis_tidy --check-suffix=CXX-X86 --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/cxx86/mod -- -DCXX_DLLEXPORT --target=i686-pc-windows-msvc
// By default an x64 TU is also checked for the x86 build: one warning per architecture.
// RUN: %check_iis_tidy --check-suffix=CXX-X64,CXX-X86 %s iis-registermodule-export %t/cxxdefault/mod -- -DCXX_DLLEXPORT
//
// extern "C" + __stdcall + dllexport: plain on x64, _RegisterModule@12 on x86,
// also when an x64 TU is checked for x86, and through the mingw-w64 target.
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/c64/mod -- -DC_DLLEXPORT
// RUN: %check_iis_tidy --check-suffix=C-X86 %s iis-registermodule-export %t/c86/mod -- -DC_DLLEXPORT --target=i686-pc-windows-msvc
// RUN: %check_iis_tidy --check-suffix=C-X86 %s iis-registermodule-export %t/c86mingw/mod -- -DC_DLLEXPORT --target=i686-w64-mingw32 -nostdinc
// RUN: %check_iis_tidy --check-suffix=C-X86 %s iis-registermodule-export %t/c64default/mod -- -DC_DLLEXPORT
//
// extern "C" + __cdecl + dllexport on x86: the name is right, the convention is not.
// RUN: %check_iis_tidy --check-suffix=CDECL %s iis-registermodule-export %t/cdecl/mod -- -DC_CDECL --target=i686-pc-windows-msvc
// Another convention spelled: inserting __stdcall would not compile, so no fix-it.
// RUN: mkdir -p %t/fastcall/.git
// RUN: %check_iis_tidy --check-suffix=FASTCALL --config-option=iis-registermodule-export.LinkerExports=RegisterModule %s iis-registermodule-export %t/fastcall/mod -- -DC_FASTCALL --target=i686-pc-windows-msvc
// Declared before the definition: adding __stdcall to one would make them clash, so no fix-it.
// RUN: %check_iis_tidy --check-suffix=CDECL-REDECL %s iis-registermodule-export %t/cdecl2/mod -- -DC_CDECL_REDECL --target=i686-pc-windows-msvc
//
// No dllexport and no .def: nothing exports it.
// RUN: %check_iis_tidy --check-suffix=NONE %s iis-registermodule-export %t/none/mod -- -DPLAIN
//
// Linker exports given by option.
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.LinkerExports='/EXPORT:RegisterModule' %s iis-registermodule-export %t/linker/mod -- -DPLAIN --target=i686-pc-windows-msvc
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.AdditionalArchitectures= --config-option=iis-registermodule-export.LinkerExports='Other;RegisterModule=_RegisterModule@12' %s iis-registermodule-export %t/linker2/mod -- -DC_DLLEXPORT --target=i686-pc-windows-msvc
// RUN: %check_iis_tidy --check-suffix=NONE --config-option=iis-registermodule-export.LinkerExports='/EXPORT:Other' %s iis-registermodule-export %t/linker3/mod -- -DPLAIN
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.LinkerExports='-export:RegisterModule,@1' %s iis-registermodule-export %t/linker4/mod -- -DPLAIN
// NONAME keeps the name out of the export table.
// RUN: %check_iis_tidy --check-suffix=NONAME --config-option=iis-registermodule-export.AdditionalArchitectures= --config-option=iis-registermodule-export.LinkerExports='/EXPORT:RegisterModule,@1,NONAME' %s iis-registermodule-export %t/linker5/mod -- -DPLAIN
//
// #pragma comment(linker, "/export:...") names the symbol exactly.
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/pragma/mod -- -DPRAGMA
// RUN: %check_iis_tidy --check-suffix=PRAGMA-X86 %s iis-registermodule-export %t/pragma86/mod -- -DPRAGMA --target=i686-pc-windows-msvc
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/pragma86alias/mod -- -DPRAGMA_ALIAS --target=i686-pc-windows-msvc

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
  // CHECK-MESSAGES-CDECL: :[[@LINE-2]]:42: warning: 'RegisterModule' must be __stdcall on x86: IIS calls it as WINAPI, and __cdecl unbalances the stack [iis-registermodule-export]
  // CHECK-FIXES-CDECL: extern "C" __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
  return S_OK;
}
#elif defined(C_FASTCALL)
extern "C" HRESULT __fastcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-MESSAGES-FASTCALL: :[[@LINE-1]]:31: warning: 'RegisterModule' must be __stdcall on x86: IIS calls it as WINAPI, and __fastcall unbalances the stack [iis-registermodule-export]
  // CHECK-FIXES-FASTCALL: extern "C" HRESULT __fastcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
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
  // CHECK-MESSAGES-NONAME: :[[@LINE-1]]:16: warning: 'RegisterModule' is exported by ordinal only (NONAME) on x64, so IIS, which looks it up by name, will not find it [iis-registermodule-export]
  // CHECK-MESSAGES-NONE: :[[@LINE-2]]:16: warning: 'RegisterModule' is not exported: it is not dllexport, and no .def file in '{{.*}}' or its parent directories up to '{{.*}}' exports it, nor does a project file in the folders up to '{{.*}}' or elsewhere in the repository compile it, so IIS will not find it [iis-registermodule-export]
  return S_OK;
}
#elif defined(PRAGMA) || defined(PRAGMA_ALIAS)
extern "C" HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  // CHECK-MESSAGES-PRAGMA-X86: :[[@LINE-1]]:27: warning: the export of 'RegisterModule' in '#pragma comment(linker, "/export:RegisterModule")' fails to link on x86: 'RegisterModule' matches no symbol: the function's symbol is '_RegisterModule@12'; a linker directive names the symbol exactly, so write '/export:RegisterModule=_RegisterModule@12' [iis-registermodule-export]
  return S_OK;
}
#if defined(PRAGMA)
#pragma comment(linker, "/export:RegisterModule")
#else
#pragma comment(linker, "/export:RegisterModule=_RegisterModule@12")
#endif
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
