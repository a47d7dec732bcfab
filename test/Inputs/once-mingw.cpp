// Lazy initialisation with mingw-w64's real windows.h and <mutex>.
#include <windows.h>
#include <mutex>
#include <cstdlib>
#include <cstring>
#include "httpserv.h"

static LONG volatile g_Started = 0;
static INIT_ONCE g_InitOnce = INIT_ONCE_STATIC_INIT;
static std::once_flag g_TableOnce;
static CRITICAL_SECTION g_Lock;
static volatile BOOL g_Loaded = FALSE;
static char *g_Table = nullptr;

static BOOL CALLBACK InitCallback(PINIT_ONCE, PVOID, PVOID *) {
  void *Block = HeapAlloc(GetProcessHeap(), 0, 64);
  HeapFree(GetProcessHeap(), 0, Block);
  return TRUE;
}

class CM : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override {
    if (InterlockedCompareExchange(&g_Started, 1, 0) == 0) {
      char *Name = _strdup("worker");
      free(Name);
    }
    InitOnceExecuteOnce(&g_InitOnce, InitCallback, nullptr, nullptr);
    std::call_once(g_TableOnce, [] { g_Table = static_cast<char *>(malloc(16)); });
    if (!g_Loaded) {
      EnterCriticalSection(&g_Lock);
      if (!g_Loaded) {
        LPWSTR Message = nullptr;
        FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM, nullptr, 5,
                       0, reinterpret_cast<LPWSTR>(&Message), 0, nullptr);
        LocalFree(Message);
        g_Loaded = TRUE;
      }
      LeaveCriticalSection(&g_Lock);
    }
    char *PerRequest = static_cast<char *>(malloc(8));
    free(PerRequest);
    return RQ_NOTIFICATION_CONTINUE;
  }
};
