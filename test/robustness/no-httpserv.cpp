// No httpserv.h at all: plain C++ whose classes and functions are named like
// the IIS ones but live in namespaces, with new/malloc in methods that
// override and a RegisterModule in a namespace. Nothing here is an IIS
// module, so no iis-* diagnostic may appear, on any target.
//
// The runner's --expect-clean fails on any diagnostic:
// RUN: mkdir -p %t/.git
// RUN: %check_iis_tidy --expect-clean %s 'iis-*' %t/win
// RUN: %check_iis_tidy --expect-clean %s 'iis-*' %t/linux -- --target=x86_64-linux-gnu
// It ignores clang-tidy's exit status and stderr, so a crash could look
// clean to it; these runs require exit status 0 and no output at all:
// RUN: cp %s %t/plain.cpp
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' plain.cpp -- --target=x86_64-pc-windows-msvc > %t/win.out 2>&1
// RUN: count 0 < %t/win.out
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' plain.cpp -- --target=i686-pc-windows-msvc > %t/x86.out 2>&1
// RUN: count 0 < %t/x86.out
// RUN: cd %t && timeout 60 %clang_tidy --load=%iis_plugin -checks='-*,iis-*' plain.cpp -- --target=x86_64-linux-gnu > %t/linux.out 2>&1
// RUN: count 0 < %t/linux.out

extern "C" void *malloc(decltype(sizeof 0));
extern "C" void free(void *);

namespace app {
typedef long HRESULT;
typedef unsigned long DWORD;
enum REQUEST_NOTIFICATION_STATUS { RQ_NOTIFICATION_CONTINUE };
class IHttpContext {};
class IHttpEventProvider {};
class IHttpModuleRegistrationInfo {};
class IHttpServer {};
class IModuleAllocator {};

// Look-alikes of the SDK's classes, in a namespace.
class CHttpModule {
public:
  virtual ~CHttpModule() {}
  virtual REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) {
    return RQ_NOTIFICATION_CONTINUE;
  }
};
class CGlobalModule {
public:
  virtual ~CGlobalModule() {}
  virtual int OnGlobalPreBeginRequest(void *) { return 0; }
};
class IHttpModuleFactory {
public:
  virtual ~IHttpModuleFactory() {}
  virtual HRESULT GetHttpModule(CHttpModule **, IModuleAllocator *) = 0;
};

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {
    char *Buffer = new char[64];
    void *Raw = malloc(16);
    free(Raw);
    delete[] Buffer;
    return RQ_NOTIFICATION_CONTINUE;
  }
};

class CGlobal : public CGlobalModule {
public:
  int OnGlobalPreBeginRequest(void *) override {
    delete new int(1);
    return 0;
  }
};

class CFactory : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **Module, IModuleAllocator *) override {
    *Module = new CModule;
    return 0;
  }
};

// A RegisterModule in a namespace is not the DLL's entry point.
HRESULT RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) {
  delete new CModule;
  return 0;
}
} // namespace app

namespace plugins {
inline namespace v1 {
int RegisterModule(const char *Name) { return Name ? 1 : 0; }
} // namespace v1
} // namespace plugins

// A global class deriving from the look-alike, and a static member function
// named RegisterModule: neither is IIS's.
class CGlobalScopeModule : public app::CHttpModule {
public:
  app::REQUEST_NOTIFICATION_STATUS OnBeginRequest(app::IHttpContext *,
                                                  app::IHttpEventProvider *) override {
    delete[] new char[8];
    return app::RQ_NOTIFICATION_CONTINUE;
  }
  static app::HRESULT RegisterModule(app::DWORD, app::IHttpModuleRegistrationInfo *,
                                     app::IHttpServer *) {
    return 0;
  }
};

// Unrelated code that allocates.
struct Node {
  Node *Next = nullptr;
};
Node *Build(int N) {
  Node *Head = nullptr;
  for (int I = 0; I < N; ++I) {
    Node *Fresh = new Node;
    Fresh->Next = Head;
    Head = Fresh;
  }
  return Head;
}
