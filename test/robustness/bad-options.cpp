// Every option given a bad value: clang-tidy does not crash, the diagnostic
// names the option, and the check goes on with the option's default (or
// without the bad entry). Code first, so that the checks can name its lines.

#include "httpserv.h"
#include "heap-apis.h"
#include "mock-stl.h"

static void Helper(std::vector<int> &Items) {
  Items.push_back(1);
  delete[] new char[4];
}

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    std::vector<int> Items;
    Helper(Items);
    return RQ_NOTIFICATION_CONTINUE;
  }
};

class CFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {
    *ppModule = new CModule;
    return S_OK;
  }
  void Terminate() override {}
};

// Exported by the Module.def written below, on x64 and x86.
extern "C" HRESULT WINAPI RegisterModule(DWORD dwServerVersion,
                                         IHttpModuleRegistrationInfo *pModuleInfo,
                                         IHttpServer *pGlobalInfo) {
  return S_OK;
}

// With good options, only the allocation in Helper is reported:
// RUN: rm -rf %t && mkdir -p %t/.git
// RUN: cp %s %t/options.cpp
// RUN: printf 'EXPORTS\n  RegisterModule\n' > %t/Module.def
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' options.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefix=HEAP %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
//
// A bad typed value (MaxCallDepth, IncludeContainers) is a configuration
// error that names the option and the value, as a bad entry is: the run
// fails (clang-tidy's own reading only warns and goes on with the default).
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.MaxCallDepth: 'deep'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefixes=DEEP,HEAP,ERRORS %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.MaxCallDepth: '-1'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefixes=MINUS,HEAP,ERRORS %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.IncludeContainers: 'maybe'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefixes=MAYBE,HEAP,ERRORS %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
//
// A bad list entry is the check's configuration error: exit status 1 (hence
// 'not'; a crash is a signal, which plain 'not' rejects), the entry and the
// option named, and the rest of the option still used.
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.AllocationFunctions: 'x:nosuchfamily'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefixes=FAMILY,HEAP,ERRORS %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-registermodule-export.AdditionalArchitectures: 'mips'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefixes=MIPS,HEAP,ERRORS %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: cd %t && not timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-registermodule-export.LinkerExports: '/EXPORT:'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefixes=LINKER,HEAP,ERRORS %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
//
// Values clang-tidy accepts, so no diagnostic: an empty ContainerTypes is
// an empty container tier (IncludeContainers finds nothing), and '2' is a
// bool (clang-tidy reads any integer as one: '2' means true), so the factory's
// 'new CModule' is reported.
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.ContainerTypes: '', iis-request-heap-allocation.IncludeContainers: 'true'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefix=HEAP %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.CheckGetHttpModule: '2'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefixes=HEAP,TWO %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// The same with IncludeContainers on and the default ContainerTypes: the
// vector's growth is reported (so the empty list above did change something).
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin options.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.IncludeContainers: 'true'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefixes=CONTAINERS,HEAP %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
//
// The expected diagnostics of the runs above, in the order clang-tidy prints
// them: configuration diagnostics first, then the findings by line.
// DEEP: error: invalid value 'deep' for option 'iis-request-heap-allocation.MaxCallDepth': expected a non-negative integer [clang-tidy-config]
// MINUS: error: invalid value '-1' for option 'iis-request-heap-allocation.MaxCallDepth': expected a non-negative integer [clang-tidy-config]
// MAYBE: error: invalid value 'maybe' for option 'iis-request-heap-allocation.IncludeContainers': expected true, false or an integer [clang-tidy-config]
// FAMILY: error: invalid entry 'x:nosuchfamily' in option 'iis-request-heap-allocation.AllocationFunctions': expected 'name' or 'name:family' with family one of new, crt, aligned, heap, local, global, virtual, cotaskmem, bstr [clang-tidy-config]
// MIPS: error: invalid architecture 'mips' in option 'iis-registermodule-export.AdditionalArchitectures': expected x86, x64 or arm64 [clang-tidy-config]
// LINKER: error: invalid entry '/EXPORT:' in option 'iis-registermodule-export.LinkerExports': expected '[/EXPORT:]name[=internal][,@ordinal]...' [clang-tidy-config]
// CONTAINERS: options.cpp:10:3: warning: heap allocation with 'std::vector::push_back' in 'Helper', reached from request handler 'OnBeginRequest'
// HEAP: options.cpp:11:12: warning: heap allocation with 'new[]' in 'Helper', reached from request handler 'OnBeginRequest'
// TWO: options.cpp:27:17: warning: module object created on the heap in 'GetHttpModule' for every request
// ERRORS: Found compiler error(s).
//
// All the bad values at once in a .clang-tidy file: every one is reported.
// RUN: mkdir -p %t/all/.git && cp %s %t/all/options.cpp && cp %t/Module.def %t/all/Module.def
// RUN: printf "Checks: '-*,iis-*'\nCheckOptions:\n  iis-request-heap-allocation.MaxCallDepth: '-1'\n  iis-request-heap-allocation.AllocationFunctions: 'x:nosuchfamily'\n  iis-request-heap-allocation.ContainerTypes: ''\n  iis-request-heap-allocation.IncludeContainers: 'maybe'\n  iis-request-heap-allocation.CheckGetHttpModule: '2'\n  iis-registermodule-export.AdditionalArchitectures: 'mips'\n  iis-registermodule-export.LinkerExports: '/EXPORT:'\n" > %t/all/.clang-tidy
// RUN: cd %t/all && not timeout 60 %clang_tidy --load=%iis_plugin options.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -isystem %test_inputs/system 2>&1 | FileCheck %s --check-prefix=ALL %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// ALL-DAG: error: invalid value '-1' for option 'iis-request-heap-allocation.MaxCallDepth'
// ALL-DAG: error: invalid value 'maybe' for option 'iis-request-heap-allocation.IncludeContainers'
// ALL-DAG: error: invalid entry 'x:nosuchfamily' in option 'iis-request-heap-allocation.AllocationFunctions'
// ALL-DAG: error: invalid architecture 'mips' in option 'iis-registermodule-export.AdditionalArchitectures'
// ALL-DAG: error: invalid entry '/EXPORT:' in option 'iis-registermodule-export.LinkerExports'
// ALL-DAG: options.cpp:11:12: warning: heap allocation with 'new[]' in 'Helper'
// ALL-DAG: options.cpp:27:17: warning: module object created on the heap in 'GetHttpModule'
// ALL: Found compiler error(s).
//
// --verify-config checks option names, not values (clang-tidy does not build
// the checks for it): it does not crash, and it passes this file. A misspelt
// option name is what it catches.
// RUN: cd %t/all && timeout 60 %clang_tidy --load=%iis_plugin --verify-config 2>&1 | FileCheck %s --check-prefix=VERIFY %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// VERIFY: No config errors detected.
// RUN: printf "  iis-request-heap-allocation.MaxCalDepth: '3'\n" >> %t/all/.clang-tidy
// RUN: cd %t/all && not timeout 60 %clang_tidy --load=%iis_plugin --verify-config 2>&1 | FileCheck %s --check-prefix=MISSPELT %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// MISSPELT: .clang-tidy: warning: unknown check option 'iis-request-heap-allocation.MaxCalDepth'; did you mean 'iis-request-heap-allocation.MaxCallDepth' [-verify-config]
