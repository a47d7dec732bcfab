// Lazy initialisation inside a handler runs once per process, not once per
// request: what a block guarded by a flag that the block itself sets does is
// not reported, nor what std::call_once, InitOnceExecuteOnce or a winning
// InterlockedCompareExchange runs. A flag set elsewhere, a condition on
// request data and a helper also called on an ordinary path are reported.
// RUN: %check_iis_tidy %s iis-request-heap-allocation %t
// The helper reached both ways is reported once, with the ordinary path:
// RUN: %clang_tidy --load=%iis_plugin -checks='-*,iis-request-heap-allocation' --quiet %s -- --target=x86_64-pc-windows-msvc -nostdinc++ -I %sdk_include -I %test_inputs 2>&1 | FileCheck %s --check-prefix=CHAIN

#include "httpserv.h"
#include "heap-apis.h"

// The synchronisation APIs, declared here as the tests need them.
struct CRITICAL_SECTION { void *Owner; };
extern "C" {
void WINAPI EnterCriticalSection(CRITICAL_SECTION *);
void WINAPI LeaveCriticalSection(CRITICAL_SECTION *);
LONG WINAPI InterlockedCompareExchange(LONG volatile *, LONG, LONG);
LONG WINAPI InterlockedExchange(LONG volatile *, LONG);
typedef union { void *Ptr; } INIT_ONCE;
typedef BOOL(WINAPI *PINIT_ONCE_FN)(INIT_ONCE *, void *, void **);
BOOL WINAPI InitOnceExecuteOnce(INIT_ONCE *, PINIT_ONCE_FN, void *, void **);
}
namespace std {
struct once_flag { int State = 0; };
template <class Callable> void call_once(once_flag &Flag, Callable &&Fn) {
  if (!Flag.State) { Fn(); Flag.State = 1; }
}
template <class T> struct atomic {
  T Value;
  T load() const { return Value; }
  T exchange(T New) { T Old = Value; Value = New; return Old; }
  void store(T New) { Value = New; }
  operator T() const { return Value; }
};
} // namespace std

static CRITICAL_SECTION g_Lock;
static BOOL g_fInitialized = FALSE;
static LONG g_lStarted = 0;
static std::once_flag g_TableOnce;
static INIT_ONCE g_InitOnce;
static std::atomic<bool> g_Warmed;
static bool g_fReady = false;
static bool g_fPrimed = false;
static char *g_pTable = nullptr;
static char *g_pConfig = nullptr;

// A lazily created singleton's loader.
static char *LoadConfig() { return _strdup("config"); }

// Reads settings into a scratch buffer and frees it: one-time work.
static void LoadSettings() {
  char *Scratch = (char *)malloc(512);
  wchar_t *Message = nullptr;
  FormatMessage(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM, nullptr, 5, 0,
                (LPWSTR)&Message, 0, nullptr);
  LocalFree(Message);
  free(Scratch);
}

static void StartWorker() { char *Name = _strdup("worker"); free(Name); }

static BOOL WINAPI InitOnceCallback(INIT_ONCE *, void *, void **) {
  void *Block = HeapAlloc(GetProcessHeap(), 0, 64);
  HeapFree(GetProcessHeap(), 0, Block);
  return TRUE;
}

static void BuildCache() {
  char *Cache = new char[128];
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: heap allocation with 'new[]' in 'BuildCache', reached from request handler 'OnBeginRequest'
  delete[] Cache;
}

static void Shared() {
  char *Copy = _strdup("shared");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: heap allocation with '_strdup' in 'Shared', reached from request handler 'OnBeginRequest'
  free(Copy);
}

void MarkReady() { g_fReady = true; }

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    // Double-checked under a lock: the inner block sets the flag.
    if (!g_fInitialized) {
      EnterCriticalSection(&g_Lock);
      if (!g_fInitialized) {
        LoadSettings();
        Shared();
        g_fInitialized = TRUE;
      }
      LeaveCriticalSection(&g_Lock);
    }
    if (InterlockedCompareExchange(&g_lStarted, 1, 0) == 0)
      StartWorker();
    std::call_once(g_TableOnce, [] { g_pTable = (char *)malloc(16); free(malloc(4)); });
    InitOnceExecuteOnce(&g_InitOnce, InitOnceCallback, nullptr, nullptr);
    if (!g_Warmed.exchange(true))
      LoadSettings();
    if (g_pConfig == nullptr)
      g_pConfig = LoadConfig();

    // The flag is set somewhere else: not trusted.
    if (!g_fReady)
      BuildCache();
    // Reached once through the lazy block above and here on every request.
    Shared();
    // CHAIN: warning: heap allocation with '_strdup' in 'Shared'
    // CHAIN-NOT: note:
    // CHAIN: once.cpp:[[@LINE-3]]:5: note: 'Shared' called here from 'OnBeginRequest'

    // Conditions on request data, or that do not hold only while unset.
    if (pHttpContext->GetRequest()->GetHeader("X-Prime") != nullptr) {
      char *Header = (char *)malloc(32);
      // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
      free(Header);
    }
    if (g_fPrimed) {
      char *Again = (char *)malloc(8); // runs on every request once primed
      // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
      free(Again);
      g_fPrimed = true;
    }
    if (!g_fPrimed || pHttpContext->GetRequest()->GetHeader("X-Force")) {
      char *Forced = (char *)malloc(8); // a request can force it
      // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
      free(Forced);
      g_fPrimed = true;
    }
    if (!g_pConfig) {
      char *Cleared = (char *)malloc(8); // the pointer goes back to null
      // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
      g_pConfig = nullptr;
      free(Cleared);
    }
    if (!g_fPrimed) {
      char *Reset = (char *)malloc(8); // the flag goes back to unset
      // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: heap allocation with 'malloc' in request handler 'OnBeginRequest'
      free(Reset);
      g_fPrimed = false;
    }
    return RQ_NOTIFICATION_CONTINUE;
  }
};
