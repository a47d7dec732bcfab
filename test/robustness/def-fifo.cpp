// Regression test (found by the robustness sweep): a FIFO named *.def next
// to the source once hung clang-tidy in open(), since file_size() says 0 and
// the 4 MB limit did not apply. Only regular files are read now; anything
// else is refused with a diagnostic naming the file.
//
// RUN: rm -rf %t && mkdir -p %t/.git
// RUN: cp %s %t/mod.cpp
// RUN: mkfifo %t/Module.def
// RUN: cd %t && timeout 20 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc 2>&1 | FileCheck %s
// CHECK: mod.cpp:[[@LINE+8]]:19: warning: module-definition file '{{.*}}Module.def' is not a regular file; not read
// The same with the FIFO named by option:
// RUN: cd %t && timeout 20 %clang_tidy --load=%iis_plugin mod.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-registermodule-export.ModuleDefinitionFiles: '%t/Module.def'}}" -- --target=x86_64-pc-windows-msvc 2>&1 | FileCheck %s

typedef long HRESULT;
typedef unsigned long DWORD;
class IHttpModuleRegistrationInfo;
class IHttpServer;
HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
                                 IHttpServer *) {
  return 0;
}
