// Templates and CRTP module bases: the handler is a member of a class
// template that derives from CHttpModule and calls into the derived class.
// Allocations reached through an instantiation are reported with the chain;
// templates that are never instantiated say nothing.
//
// RUN: mkdir -p %t/.git
// RUN: cp %s %t/crtp.cpp
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' crtp.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs 2>&1 | FileCheck %s %no_crash_marks --implicit-check-not='warning:' --implicit-check-not='error:'
// Once more with the (exported) entry point that instantiates the modules
// compiled out, so that nothing instantiates the templates: no report at all.
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' crtp.cpp -- --target=x86_64-pc-windows-msvc -I%sdk_include -I%test_inputs -DNO_INSTANCES > %t/none.out 2>&1
// RUN: count 0 < %t/none.out

#include "httpserv.h"
#include "heap-apis.h"

template <class Derived> class CModuleBase : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    static_cast<Derived *>(this)->Work();
    return RQ_NOTIFICATION_CONTINUE;
  }
  // A dependent allocation in the template itself: two instantiations reach
  // it, and it is reported once, at its spelling.
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    auto *Item = new typename Derived::Item();
    // CHECK: crtp.cpp:[[@LINE-1]]:18: warning: heap allocation with 'new' in request handler 'OnEndRequest'
    (void)Item;
    return RQ_NOTIFICATION_CONTINUE;
  }
};

class CCounter : public CModuleBase<CCounter> {
public:
  struct Item {
    int Value = 0;
  };
  void Work() {
    char *Scratch = (char *)malloc(128);
    // CHECK: crtp.cpp:[[@LINE-1]]:29: warning: heap allocation with 'malloc' in 'Work', reached from request handler 'OnBeginRequest'
    // CHECK: crtp.cpp:{{[0-9]+}}:5: note: 'Work' called here from 'OnBeginRequest'
    // CHECK: crtp.cpp:{{[0-9]+}}:31: note: 'OnBeginRequest' overrides 'CHttpModule::OnBeginRequest', which IIS calls once per request
    (void)Scratch;
  }
};

class CQuiet : public CModuleBase<CQuiet> {
public:
  struct Item {
    char Tag = 0;
  };
  void Work() {}
};

// A template handler deeper in a hierarchy of templates, with a
// variadic mixin and a dependent base: never instantiated, never reported.
template <class T, class... Mixins> class CUnused : public CHttpModule, public Mixins... {
public:
  REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *, ISendResponseProvider *) override {
    T *Object = new T[4];
    (void)Object;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
template <class Base> class CFromDependent : public Base {
public:
  REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext *, IHttpEventProvider *) override {
    return (void)malloc(1), RQ_NOTIFICATION_CONTINUE;
  }
};

#ifndef NO_INSTANCES
// Instantiating the modules is what makes their handlers real.
HRESULT GetModules(CHttpModule **First, CHttpModule **Second) {
  static CCounter Counter;
  static CQuiet Quiet;
  *First = &Counter;
  *Second = &Quiet;
  return S_OK;
}
#endif
