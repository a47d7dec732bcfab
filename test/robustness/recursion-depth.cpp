// Recursion and very deep call chains: the walk terminates, reports each
// allocation once, and stops at MaxCallDepth (default 8: a function 8 calls
// from the handler is walked, one 9 calls away is not).
//
// RUN: rm -rf %t && mkdir -p %t/.git
// RUN: cp %s %t/recursion.cpp
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' recursion.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// The template recursion is 101 calls deep; with a larger depth it is reported.
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin recursion.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.MaxCallDepth: '200'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,DEEPER %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
//
// Generated chains: handler -> H1 -> ... -> Hn, where only Hn allocates.
// RUN: %python -c "import sys; n = int(sys.argv[1]); print('static char *H{0}() {{ return new char[4]; }}'.format(n)); [print('static char *H{0}() {{ return H{1}(); }}'.format(i, i + 1)) for i in range(n - 1, 0, -1)]; print('class CModule : public CHttpModule {{ public: REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {{ delete[] H1(); return RQ_NOTIFICATION_CONTINUE; }} }};'.format())" 2000 > %t/deep2000.cpp
// RUN: %python -c "import sys; n = int(sys.argv[1]); print('static char *H{0}() {{ return new char[4]; }}'.format(n)); [print('static char *H{0}() {{ return H{1}(); }}'.format(i, i + 1)) for i in range(n - 1, 0, -1)]; print('class CModule : public CHttpModule {{ public: REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {{ delete[] H1(); return RQ_NOTIFICATION_CONTINUE; }} }};'.format())" 8 > %t/deep8.cpp
// RUN: %python -c "import sys; n = int(sys.argv[1]); print('static char *H{0}() {{ return new char[4]; }}'.format(n)); [print('static char *H{0}() {{ return H{1}(); }}'.format(i, i + 1)) for i in range(n - 1, 0, -1)]; print('class CModule : public CHttpModule {{ public: REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {{ delete[] H1(); return RQ_NOTIFICATION_CONTINUE; }} }};'.format())" 9 > %t/deep9.cpp
//
// 2000 calls deep with MaxCallDepth 5000: terminates, and the one allocation
// is reported with all 2000 calls of its chain.
// RUN: cd %t && timeout 120 %clang_tidy --load=%iis_plugin deep2000.cpp --config="{Checks: '-*,iis-*', CheckOptions: {iis-request-heap-allocation.MaxCallDepth: '5000'}}" -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -include httpserv.h 2>&1 | FileCheck %s --check-prefix=DEEP %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// DEEP: deep2000.cpp:1:{{[0-9]+}}: warning: heap allocation with 'new[]' in 'H2000', reached from request handler 'OnBeginRequest'
// DEEP-NEXT: static char *H2000()
// DEEP: note: 'H2000' called here from 'H1999'
// DEEP-COUNT-1998: note: 'H{{[0-9]+}}' called here from 'H{{[0-9]+}}'
// DEEP-NOT: called here
// DEEP: note: 'H1' called here from 'OnBeginRequest'
// DEEP-NOT: called here
// DEEP: note: 'OnBeginRequest' overrides 'CHttpModule::OnBeginRequest'
//
// The default depth: 8 calls away is reported, 9 is not, nor is 2000.
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' deep8.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -include httpserv.h 2>&1 | FileCheck %s --check-prefix=DEPTH8 %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// DEPTH8: deep8.cpp:1:{{[0-9]+}}: warning: heap allocation with 'new[]' in 'H8', reached from request handler 'OnBeginRequest'
// DEPTH8-COUNT-8: called here from
// DEPTH8-NOT: called here from
// DEPTH8: note: 'OnBeginRequest' overrides 'CHttpModule::OnBeginRequest'
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' deep9.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -include httpserv.h > %t/deep9.out 2>&1
// RUN: count 0 < %t/deep9.out
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' deep2000.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -include httpserv.h > %t/default2000.out 2>&1
// RUN: count 0 < %t/default2000.out

#include "httpserv.h"
#include "heap-apis.h"

// Self-recursion with an allocation in the recursive function.
static char *Repeat(int N) {
  if (N <= 0)
    return (char *)malloc(1);
  // CHECK: recursion.cpp:[[@LINE-1]]:20: warning: heap allocation with 'malloc' in 'Repeat', reached from request handler 'OnBeginRequest'
  return Repeat(N - 1);
}

// Mutual recursion; the allocation is in the second helper.
static int Pong(int N);
static int Ping(int N) { return N <= 0 ? 0 : Pong(N - 1); }
static int Pong(int N) {
  delete[] new char[N + 1];
  // CHECK: recursion.cpp:[[@LINE-1]]:12: warning: heap allocation with 'new[]' in 'Pong', reached from request handler 'OnBeginRequest'
  return Ping(N - 1);
}

// Recursion through construction: a node whose default member initializer
// builds the next node.
struct Node {
  int Depth;
  Node *Next;
  Node(int D) : Depth(D), Next(D > 0 ? new Node(D - 1) : nullptr) {}
  // CHECK: recursion.cpp:[[@LINE-1]]:40: warning: heap allocation with 'new' in 'Node', reached from request handler 'OnBeginRequest'
};

// Recursive template instantiation, 101 calls deep: beyond the default
// depth, reported only with a larger one.
template <int N> char *Nest() { return Nest<N - 1>(); }
template <> char *Nest<0>() { return new char[2]; }
// DEEPER: recursion.cpp:[[@LINE-1]]:38: warning: heap allocation with 'new[]' in 'Nest<0>', reached from request handler 'OnBeginRequest'

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    free(Repeat(3));
    Ping(10);
    Node Head(3);
    delete[] Nest<100>();
    // A handler that calls itself.
    return pHttpContext ? OnBeginRequest(nullptr, nullptr) : RQ_NOTIFICATION_CONTINUE;
  }
};
