// A 50,000-line TU: 10,000 module classes, each with a helper and a handler
// (five lines each). Even modules call a helper that allocates with new[];
// odd ones use the request pool. The run must finish and report exactly the
// 5,000 allocations, each once. (Speed is measured by bench/, not here; the
// timeout only catches a hang. Measured: ~3 s, against ~2.6 s for
// clang -fsyntax-only on the same TU.)
//
// RUN: rm -rf %t && mkdir -p %t/.git
// RUN: %python -c "import sys; n = int(sys.argv[1]); [print('static char *Helper{0}(int N) {{ return new char[N]; }}\nclass CModule{0} : public CHttpModule {{ public:\n  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext, IHttpEventProvider *) override {{\n    {1}\n    return RQ_NOTIFICATION_CONTINUE; }} }};'.format(i, 'delete[] Helper{0}({0});'.format(i) if i & 1 == 0 else 'pHttpContext->AllocateRequestMemory({0});'.format(i))) for i in range(n)]" 10000 > %t/large.cpp
// RUN: wc -l < %t/large.cpp | FileCheck %s --check-prefix=LINES
// LINES: {{^}}50000{{$}}
// RUN: cd %t && timeout 300 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' large.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -include httpserv.h > %t/large.out 2>&1
// RUN: FileCheck %s --input-file=%t/large.out --check-prefix=SUMMARY %no_crash_marks
// SUMMARY: 5000 warnings generated.
// RUN: FileCheck %s --input-file=%t/large.out --check-prefix=FOUND %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// FOUND: large.cpp:1:38: warning: heap allocation with 'new[]' in 'Helper0', reached from request handler 'OnBeginRequest'
// FOUND-COUNT-4998: warning: heap allocation with 'new[]' in 'Helper{{[0-9]*[02468]}}', reached from request handler 'OnBeginRequest'
// FOUND: large.cpp:49991:41: warning: heap allocation with 'new[]' in 'Helper9998', reached from request handler 'OnBeginRequest'
