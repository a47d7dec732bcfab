// RUN: %check_iis_tidy %s iis-pool-placement-delete %t
// The fixed file still compiles:
// RUN: %clang --target=x86_64-pc-windows-msvc -fsyntax-only -std=c++17 -I%sdk_include %t.cpp
// RUN: %check_iis_tidy --check-suffix=NOTES %s iis-pool-placement-delete %t -- -DONLY_NOTES

#include "httpserv.h"

#ifdef ONLY_NOTES
class CNoted : public CHttpModule {
public:
  static void *operator new(size_t Size, IModuleAllocator *pAllocator);
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:16: warning: 'CNoted' is placed in request-pool memory
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:16: note: declare a no-op 'static void operator delete(void *) {}' in 'CNoted', or override Dispose() without 'delete this'
};
#else
// The pool idiom without a no-op delete: the inherited Dispose() runs
// `delete this` and hands pool memory to the heap.
class CLeaky : public CHttpModule {
public:
  static void *operator new(size_t Size, IModuleAllocator *pAllocator) {
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'CLeaky' is placed in request-pool memory, but the inherited CHttpModule::Dispose() deletes it with a heap 'operator delete': pool memory handed to the heap corrupts it [iis-pool-placement-delete]
    return pAllocator->AllocateMemory(static_cast<DWORD>(Size));
  }
  // CHECK-FIXES: // IIS frees request-pool memory at the end of the request.
  // CHECK-FIXES-NEXT: static void operator delete(void *) {}
};

// Its own Dispose() that deletes is no better.
class CDisposing : public CHttpModule {
public:
  static void *operator new(size_t Size, IModuleAllocator *pAllocator);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'CDisposing' is placed in request-pool memory, but its Dispose() deletes it
  void Dispose() override { delete this; }
};

// A delete that frees is not a no-op.
class CFreeing : public CHttpModule {
public:
  static void *operator new(size_t Size, IModuleAllocator *pAllocator) {
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'CFreeing' is placed in request-pool memory
    return pAllocator->AllocateMemory(static_cast<DWORD>(Size));
  }
  static void operator delete(void *p) { ::operator delete(p); }
};

// Correct: ANCM's pattern, a Dispose() that only runs the destructor, and a
// no-op delete declared in an intermediate base.
class CAncm : public CHttpModule {
public:
  static void *operator new(size_t Size, IModuleAllocator *pAllocator) {
    return pAllocator->AllocateMemory(static_cast<DWORD>(Size));
  }
  static void operator delete(void *) {}
};
class CDestroyOnly : public CHttpModule {
public:
  static void *operator new(size_t Size, IModuleAllocator *pAllocator) {
    return pAllocator->AllocateMemory(static_cast<DWORD>(Size));
  }
  void Dispose() override { this->~CDestroyOnly(); }
};
class CPoolBase : public CHttpModule {
public:
  static void operator delete(void *p) { (void)p; }
};
class CDerived : public CPoolBase {
public:
  static void *operator new(size_t Size, IModuleAllocator *pAllocator) {
    return pAllocator->AllocateMemory(static_cast<DWORD>(Size));
  }
};
// Not a module, or not the pool form: not this check's business.
struct CCache {
  static void *operator new(size_t Size, IModuleAllocator *pAllocator);
};
class CHeapModule : public CHttpModule {
public:
  static void *operator new(size_t Size);
};

// delete through CGlobalModule *: no virtual destructor.
class CGlobal : public CGlobalModule {
public:
  void Terminate() override { delete this; }
};
void Unload(CGlobalModule *pModule, CGlobal *pOwn) {
  delete pModule;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: deleting through 'CGlobalModule *' is undefined behaviour: CGlobalModule has no virtual destructor; delete the object through its own class, as 'delete this' in its Terminate() does [iis-pool-placement-delete]
  delete pOwn;
}
#endif
