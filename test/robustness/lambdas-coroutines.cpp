// Lambdas (nested, generic, immediately invoked, stored) and C++20 coroutines
// (a coroutine helper, and a handler that is itself a coroutine through a
// coroutine_traits specialization). The std:: coroutine machinery is a mock
// in this file: no host headers.
//
// RUN: mkdir -p %t/.git
// RUN: cp %s %t/lambdas.cpp
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' lambdas.cpp -- --target=x86_64-pc-windows-msvc -std=c++20 -nostdinc++ -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'

#include "httpserv.h"
#include "heap-apis.h"

namespace std {
template <class R, class... Args> struct coroutine_traits {
  using promise_type = typename R::promise_type;
};
template <class Promise = void> struct coroutine_handle;
template <> struct coroutine_handle<void> {
  static coroutine_handle from_address(void *) noexcept { return {}; }
  void *address() const noexcept { return nullptr; }
};
template <class Promise> struct coroutine_handle {
  static coroutine_handle from_address(void *) noexcept { return {}; }
  void *address() const noexcept { return nullptr; }
  operator coroutine_handle<>() const noexcept { return {}; }
};
struct suspend_never {
  bool await_ready() const noexcept { return true; }
  void await_suspend(coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
} // namespace std

// A coroutine helper: its body allocates. The coroutine frames' own
// allocations are implicit code and are not reported (no other warning).
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
Task Fill(char **Out) {
  *Out = new char[16];
  // CHECK: lambdas.cpp:[[@LINE-1]]:10: warning: heap allocation with 'new[]' in 'Fill', reached from request handler 'OnEndRequest'
  // CHECK: note: 'Fill' called here from 'OnEndRequest'
  co_await std::suspend_never{};
  co_return;
}

// A handler that is itself a coroutine: REQUEST_NOTIFICATION_STATUS gets a
// promise through a coroutine_traits specialization.
struct StatusPromise {
  REQUEST_NOTIFICATION_STATUS get_return_object() { return RQ_NOTIFICATION_CONTINUE; }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_value(REQUEST_NOTIFICATION_STATUS) {}
  void unhandled_exception() {}
};
class CCoroutineModule;
template <>
struct std::coroutine_traits<REQUEST_NOTIFICATION_STATUS, CCoroutineModule &,
                             IHttpContext *, IHttpEventProvider *> {
  using promise_type = StatusPromise;
};

class CCoroutineModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *pProvider) override {
    char *Buffer = (char *)malloc(32);
    // CHECK: lambdas.cpp:[[@LINE-1]]:28: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
    (void)Buffer;
    co_return RQ_NOTIFICATION_CONTINUE;
  }
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    char *Out = nullptr;
    Fill(&Out);
    return RQ_NOTIFICATION_CONTINUE;
  }
};

class CLambdaModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *pHttpContext,
                                             ISendResponseProvider *) override {
    // Nested lambdas, the inner one immediately invoked.
    auto Outer = [pHttpContext](int N) {
      auto Inner = [N]() { return new int[N]; };
      // A lambda's body is walked as part of the function that defines it.
      // CHECK: lambdas.cpp:[[@LINE-2]]:35: warning: heap allocation with 'new[]' in request handler 'OnSendResponse'
      return Inner();
    };
    delete[] Outer(3);
    // A generic lambda, called with two types: one report per spelling.
    auto Generic = [](auto Count) { return (char *)calloc(Count, 1); };
    // CHECK: lambdas.cpp:[[@LINE-1]]:52: warning: heap allocation with 'calloc' in 'operator()<int>', reached from request handler 'OnSendResponse'
    Generic(4);
    Generic(4u);
    // A lambda in a default argument of a local class method is not a call.
    struct Local {
      char *Make(char *(*F)() = [] { return new char; }) { return F(); }
    };
    (void)sizeof(Local);
    // Recursion through a lambda that calls itself via a parameter.
    auto Fact = [](auto Self, int N) -> int { return N <= 1 ? 1 : N * Self(Self, N - 1); };
    return Fact(Fact, 5) ? RQ_NOTIFICATION_CONTINUE : RQ_NOTIFICATION_FINISH_REQUEST;
  }
};
