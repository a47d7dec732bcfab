// .def files found near the source, or named by option. Each case is a
// repository of its own (.git), so that discovery sees only its own files.
// RUN: rm -rf %t
// RUN: mkdir -p %t/def/.git %t/lower/.git %t/noname/.git %t/bad/.git %t/opt/.git %t/missing/.git %t/binary/.git
// RUN: mkdir -p %t/alternatives/.git %t/alternatives/inc %t/up/.git %t/up/src %t/sibling/.git %t/sibling/src %t/sibling/inc %t/twodlls/.git %t/twodlls/a %t/twodlls/b
//
// A .def that exports the plain name: clean on both arches (the official pattern).
// RUN: printf 'LIBRARY MyModule\nEXPORTS\n    RegisterModule\n' > %t/def/MyModule.def
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/def/mod
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/def/mod -- --target=i686-pc-windows-msvc
//
// Found one level up, and in a sibling folder without sources (inc/).
// RUN: printf 'EXPORTS\nRegisterModule\n' > %t/up/Module.def
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/up/src/mod
// RUN: printf 'EXPORTS\nRegisterModule\n' > %t/sibling/inc/Module.def
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/sibling/src/mod
// Not in a sibling that has sources of its own: that .def belongs to another DLL.
// RUN: printf 'EXPORTS\nRegisterModule\n' > %t/twodlls/a/A.def
// RUN: printf '// module A\n' > %t/twodlls/a/a.cpp
// RUN: %check_iis_tidy --check-suffix=NOT-EXPORTED %s iis-registermodule-export %t/twodlls/b/mod
//
// Several .def files found (one per DLL): one that exports the name is enough,
// even when a stale one next to it would not link.
// RUN: printf 'EXPORTS\nRegisterModule\n' > %t/alternatives/Module.def
// RUN: printf 'EXPORTS\nregistermodule\n' > %t/alternatives/inc/Old.def
// RUN: %check_iis_tidy --expect-clean %s iis-registermodule-export %t/alternatives/mod
//
// Export names are case-sensitive: the linker fails on 'registermodule'.
// RUN: printf 'EXPORTS\n  registermodule\n' > %t/lower/MyModule.def
// RUN: %check_iis_tidy --check-suffix=LOWER --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/lower/mod
//
// NONAME exports by ordinal only: GetProcAddress("RegisterModule") fails.
// RUN: printf 'EXPORTS\n  RegisterModule @1 NONAME\n' > %t/noname/MyModule.def
// RUN: %check_iis_tidy --check-suffix=NONAME %s iis-registermodule-export %t/noname/mod
//
// Malformed .def: the problem is reported with file and line.
// RUN: printf 'EXPORTS\n  RegisterModule\n  Other @x\n' > %t/bad/MyModule.def
// RUN: %check_iis_tidy --check-suffix=BAD %s iis-registermodule-export %t/bad/mod
//
// A garbage file gives ten problems and a count, not thousands of lines; a file
// with control characters is not text.
// RUN: mkdir -p %t/garbage/.git %t/control/.git
// RUN: %python -c "print('EXPORTS'); [print('  A @x%%d' %% i) for i in range(15)]" > %t/garbage/MyModule.def
// RUN: %check_iis_tidy --check-suffix=GARBAGE --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/garbage/mod
// RUN: printf 'EXPORTS\001\002RegisterModule\n' > %t/control/MyModule.def
// RUN: %check_iis_tidy --check-suffix=CONTROL --config-option=iis-registermodule-export.AdditionalArchitectures= %s iis-registermodule-export %t/control/mod
//
// A .def elsewhere, named by option, replaces the search.
// RUN: printf 'EXPORTS\nRegisterModule\n' > %t/Real.def
// RUN: %check_iis_tidy --expect-clean --config-option=iis-registermodule-export.ModuleDefinitionFiles=%t/Real.def %s iis-registermodule-export %t/opt/mod
//
// A listed .def that does not exist, or is not text, is an error naming the file.
// RUN: %check_iis_tidy --check-suffix=MISSING --config-option=iis-registermodule-export.ModuleDefinitionFiles=%t/missing/Gone.def %s iis-registermodule-export %t/missing/mod
// RUN: printf 'EXPORTS\000RegisterModule\n' > %t/binary/MyModule.def
// RUN: %check_iis_tidy --check-suffix=BINARY %s iis-registermodule-export %t/binary/mod

#include "httpserv.h"

HRESULT WINAPI RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo *pModuleInfo, /*L:entry*/
                              IHttpServer *pGlobalInfo) {
  // CHECK-MESSAGES-NOT-EXPORTED: :[[@LINE-2]]:16: warning: 'RegisterModule' is not exported: it is not dllexport, and no .def file in '{{.*}}' or its parent directories up to '{{.*}}' exports it, nor does a project file in the folders up to '{{.*}}' or elsewhere in the repository compile it, so IIS will not find it [iis-registermodule-export]
  // CHECK-MESSAGES-LOWER: :[[@LINE-3]]:16: warning: the export of 'registermodule' in '{{.*}}MyModule.def' fails to link on x64: 'registermodule' matches no symbol: the function's symbol is '?RegisterModule@@YAJKPEAVIHttpModuleRegistrationInfo@@PEAVIHttpServer@@@Z'; export names are case-sensitive [iis-registermodule-export]
  // CHECK-MESSAGES-NONAME: :[[@LINE-4]]:16: warning: 'RegisterModule' is exported by ordinal only (NONAME) on x64, so IIS, which looks it up by name, will not find it [iis-registermodule-export]
  // CHECK-MESSAGES-NONAME: :[[@LINE-5]]:16: warning: 'RegisterModule' is exported by ordinal only (NONAME) on x86
  // CHECK-MESSAGES-GARBAGE: :[[@LINE-6]]:16: warning: '{{.*}}MyModule.def' has 5 more problems; is it a module-definition file? [iis-registermodule-export]
  // CHECK-MESSAGES-GARBAGE-COUNT-10: :[[@LINE-7]]:16: warning: '{{.*}}MyModule.def' line {{[0-9]+}}: 'x{{[0-9]+}}' is not a valid ordinal (1 to 65535)
  // CHECK-MESSAGES-GARBAGE: :[[@LINE-8]]:16: warning: 'RegisterModule' is not exported
  // CHECK-MESSAGES-CONTROL: :[[@LINE-9]]:16: warning: 'RegisterModule' is not exported
  // CHECK-MESSAGES-CONTROL: :[[@LINE-10]]:16: warning: module-definition file '{{.*}}MyModule.def' is not text (it contains control characters) [iis-registermodule-export]
  // CHECK-MESSAGES-BAD: :[[@LINE-11]]:16: warning: '{{.*}}MyModule.def' line 3: 'x' is not a valid ordinal (1 to 65535) [iis-registermodule-export]
  // Diagnostics at one location come out sorted by message.
  // CHECK-MESSAGES-MISSING: :[[@LINE-13]]:16: warning: 'RegisterModule' is not exported: it is not dllexport and no .def file among '{{.*}}Gone.def' exports it
  // CHECK-MESSAGES-MISSING: :[[@LINE-14]]:16: warning: cannot read module-definition file '{{.*}}Gone.def': {{.*}} [iis-registermodule-export]
  // CHECK-MESSAGES-BINARY: :[[@LINE-15]]:16: warning: 'RegisterModule' is not exported
  // CHECK-MESSAGES-BINARY: :[[@LINE-16]]:16: warning: module-definition file '{{.*}}MyModule.def' is not text (it contains NUL bytes) [iis-registermodule-export]
  return S_OK;
}
