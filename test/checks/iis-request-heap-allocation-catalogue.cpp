// Every catalogued allocation function is reported, with its family's advice.
// RUN: %check_iis_tidy %s iis-request-heap-allocation %t

#include "httpserv.h"
#include "heap-apis.h"

extern "C" {
void *_recalloc(void *, size_t, size_t);
wchar_t *wcsdup(const wchar_t *);
void *_aligned_offset_malloc(size_t, size_t, size_t);
void *_aligned_realloc(void *, size_t, size_t);
LPVOID WINAPI VirtualAllocExNuma(HANDLE, LPVOID, SIZE_T, DWORD, DWORD, DWORD);
DWORD WINAPI FormatMessageA(DWORD, LPCVOID, DWORD, DWORD, char *, DWORD, void *);
}

class CModule : public CHttpModule {
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pCtx, IHttpEventProvider *) override {
    void *P = nullptr;
    BSTR B = nullptr;
    _recalloc(P, 2, 2);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with '_recalloc' in request handler 'OnBeginRequest'; use 'pCtx->AllocateRequestMemory()' instead
    wcsdup(L"x");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'wcsdup'{{.*}}; use 'pCtx->AllocateRequestMemory()' instead
    _aligned_offset_malloc(64, 16, 4);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with '_aligned_offset_malloc'{{.*}}does not promise page size or alignment
    _aligned_realloc(P, 64, 16);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with '_aligned_realloc'{{.*}}does not promise page size or alignment
    LocalReAlloc(P, 8, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'LocalReAlloc'{{.*}}; use 'pCtx->AllocateRequestMemory()' instead
    GlobalReAlloc(P, 8, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'GlobalReAlloc'{{.*}}; use 'pCtx->AllocateRequestMemory()' instead
    VirtualAllocEx(nullptr, nullptr, 4096, MEM_COMMIT, PAGE_READWRITE);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'VirtualAllocEx'{{.*}}does not promise page size or alignment
    VirtualAllocExNuma(nullptr, nullptr, 4096, MEM_COMMIT, PAGE_READWRITE, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'VirtualAllocExNuma'{{.*}}does not promise page size or alignment
    CoTaskMemRealloc(P, 8);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'CoTaskMemRealloc'{{.*}}memory handed to COM must come from CoTaskMemAlloc
    SysAllocStringLen(L"x", 1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'SysAllocStringLen'{{.*}}create constant BSTRs once, outside the request
    SysAllocStringByteLen("x", 1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'SysAllocStringByteLen'{{.*}}create constant BSTRs once
    SysReAllocString(&B, L"y");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'SysReAllocString'{{.*}}create constant BSTRs once
    SysReAllocStringLen(&B, L"y", 1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'SysReAllocStringLen'{{.*}}create constant BSTRs once
    char *Narrow = nullptr;
    FormatMessageA(FORMAT_MESSAGE_ALLOCATE_BUFFER, nullptr, 5, 0, (char *)&Narrow, 0, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: heap allocation with 'FormatMessageA'{{.*}}instead of FORMAT_MESSAGE_ALLOCATE_BUFFER
    return RQ_NOTIFICATION_CONTINUE;
  }
};

// The factory's Terminate and RegisterModule run outside requests.
class CFactory : public IHttpModuleFactory {
  HRESULT GetHttpModule(CHttpModule **, IModuleAllocator *) override { return S_OK; }
  void Terminate() override {
    char *Log = (char *)malloc(64);
    free(Log);
    delete this;
  }
};
