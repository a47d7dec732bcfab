// Regression test (found by the robustness sweep): a *.def that is a
// character device (a symbolic link to /dev/zero) was once read as a stream
// that never ends (7 GB in 20 s). Only regular files are read now. prlimit
// caps the address space so that a regression cannot take the machine down;
// AddressSanitizer cannot start under such a cap (its shadow memory is larger),
// so the sanitized suite leaves this one to the plain suite.
// UNSUPPORTED: sanitizer
//
// RUN: rm -rf %t && mkdir -p %t/.git
// RUN: cp %s %t/mod.cpp
// RUN: ln -s /dev/zero %t/Module.def
// RUN: cd %t && prlimit --as=2000000000 timeout 10 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' mod.cpp -- --target=x86_64-pc-windows-msvc 2>&1 | FileCheck %s
// CHECK: mod.cpp:[[@LINE+6]]:19: warning: module-definition file '{{.*}}Module.def' is not a regular file; not read

typedef long HRESULT;
typedef unsigned long DWORD;
class IHttpModuleRegistrationInfo;
class IHttpServer;
HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *,
                                 IHttpServer *) {
  return 0;
}
