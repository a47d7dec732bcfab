// Fix-its: offered only when the rewrite provably keeps the meaning.
// RUN: %check_iis_tidy %s iis-request-heap-allocation %t

#include "httpserv.h"
#include "heap-apis.h"

struct CPair { int A; int B; };
struct CNonTrivial { CNonTrivial(); ~CNonTrivial(); };
void Use(const void *);
void *g_Kept;

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    // Fixable: trivial element type, the pointer stays local, freed once.
    char *Buffer = new char[1024];
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: heap allocation with 'new[]'
    // CHECK-FIXES: char *Buffer = static_cast<char *>(pHttpContext->AllocateRequestMemory(1024));
    Buffer[0] = 'x';
    HTTP_DATA_CHUNK Chunk;
    Chunk.FromMemory.pBuffer = Buffer;
    Use(Buffer);
    if (Buffer == nullptr || !Buffer)
      return RQ_NOTIFICATION_FINISH_REQUEST;
    delete[] Buffer;
    // CHECK-FIXES-NOT: delete[] Buffer;

    wchar_t *Wide = new wchar_t[Count + 1];
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: heap allocation with 'new[]'
    // CHECK-FIXES: wchar_t *Wide = static_cast<wchar_t *>(pHttpContext->AllocateRequestMemory(sizeof(wchar_t) * (Count + 1)));
    Use(Wide);
    delete[] Wide;
    // CHECK-FIXES-NOT: delete[] Wide;

    CPair *Pair = new CPair;
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: heap allocation with 'new'
    // CHECK-FIXES: CPair *Pair = static_cast<CPair *>(pHttpContext->AllocateRequestMemory(sizeof(CPair)));
    Pair->A = 1;
    delete Pair;
    // CHECK-FIXES-NOT: delete Pair;

    char *C = (char *)malloc(Count);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: heap allocation with 'malloc'
    // CHECK-FIXES: char *C = (char *)pHttpContext->AllocateRequestMemory(Count);
    *C = 0;
    free(C);
    // CHECK-FIXES-NOT: free(C);

    void *H = HeapAlloc(GetProcessHeap(), 0, 64);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'HeapAlloc'
    // CHECK-FIXES: void *H = pHttpContext->AllocateRequestMemory(64);
    Use(H);
    HeapFree(GetProcessHeap(), 0, H);
    // CHECK-FIXES-NOT: HeapFree(GetProcessHeap(), 0, H);

    void *L = LocalAlloc(LMEM_FIXED, 32); LocalFree(L);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'LocalAlloc'
    // CHECK-FIXES: void *L = pHttpContext->AllocateRequestMemory(32);{{$}}

    void *G = GlobalAlloc(GMEM_FIXED, 32);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: heap allocation with 'GlobalAlloc'
    // CHECK-FIXES: void *G = pHttpContext->AllocateRequestMemory(32);
    GlobalFree(G);
    return RQ_NOTIFICATION_CONTINUE;
  }

  // Nothing is offered where the rewrite would change the meaning.
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    char *Zeroed = (char *)calloc(4, 4); // zeroing
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: heap allocation with 'calloc'
    // CHECK-FIXES: char *Zeroed = (char *)calloc(4, 4); // zeroing
    free(Zeroed);
    void *ZeroHeap = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, 8); // zeroing
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: heap allocation with 'HeapAlloc'
    // CHECK-FIXES: void *ZeroHeap = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, 8); // zeroing
    HeapFree(GetProcessHeap(), 0, ZeroHeap);
    int *Init = new int[4](); // value-initialised
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: heap allocation with 'new[]'
    // CHECK-FIXES: int *Init = new int[4](); // value-initialised
    delete[] Init;
    CNonTrivial *Object = new CNonTrivial; // constructor and destructor
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: heap allocation with 'new'
    // CHECK-FIXES: CNonTrivial *Object = new CNonTrivial; // constructor and destructor
    delete Object;
    char *Escapes = new char[8]; // stored in a global
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: heap allocation with 'new[]'
    // CHECK-FIXES: char *Escapes = new char[8]; // stored in a global
    g_Kept = Escapes;
    delete[] Escapes;
    char *Leaked = new char[8]; // never freed: the rewrite would hide the leak's fix
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: heap allocation with 'new[]'
    // CHECK-FIXES: char *Leaked = new char[8]; // never freed
    Use(Leaked);
    char *Checked = (char *)malloc(8); // free used as a value
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: heap allocation with 'malloc'
    // CHECK-FIXES: char *Checked = (char *)malloc(8); // free used as a value
    if (Checked) free(Checked), Checked = nullptr;
    char *Mismatched = new char[8]; // freed with the wrong deallocator
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: heap allocation with 'new[]'
    // CHECK-FIXES: char *Mismatched = new char[8]; // freed with the wrong deallocator
    free(Mismatched);
    return RQ_NOTIFICATION_CONTINUE;
  }

  DWORD Count = 16;
};

// A helper with no pool in scope gets no fix-it.
static void Helper() {
  char *P = new char[4];
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: heap allocation with 'new[]' in 'Helper'
  // CHECK-FIXES: char *P = new char[4];
  delete[] P;
}
class CSecond : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext *pHttpContext,
                                           IHttpEventProvider *) override {
    Helper();
    return RQ_NOTIFICATION_CONTINUE;
  }
};

// A template's spelling serves every instantiation: no fix-it there.
template <class T> struct CTemplated : CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnMapPath(IHttpContext *pHttpContext, IMapPathProvider *) override {
    T *Items = new T[4];
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: heap allocation with 'new[]' in request handler 'OnMapPath'
    // CHECK-FIXES: T *Items = new T[4];
    Use(Items);
    delete[] Items;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
template struct CTemplated<short>;
