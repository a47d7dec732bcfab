// Mock declarations of the heap APIs the iis-* checks know, for tests that do
// not include windows.h or the CRT. Signatures follow the real ones closely
// enough for overload resolution; include after httpserv.h.
#ifndef IIS_TIDY_TEST_HEAP_APIS_H
#define IIS_TIDY_TEST_HEAP_APIS_H

typedef decltype(sizeof(0)) size_t;
typedef unsigned long long SIZE_T;
typedef void *HLOCAL, *HGLOBAL;
typedef wchar_t OLECHAR;
typedef OLECHAR *BSTR;
typedef const wchar_t *LPCOLESTR;
typedef wchar_t *LPWSTR;

extern "C" {
void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
char *_strdup(const char *);
char *strdup(const char *);
wchar_t *_wcsdup(const wchar_t *);
unsigned char *_mbsdup(const unsigned char *);
void *_aligned_malloc(size_t, size_t);
void _aligned_free(void *);
HANDLE WINAPI GetProcessHeap(void);
LPVOID WINAPI HeapAlloc(HANDLE, DWORD, SIZE_T);
LPVOID WINAPI HeapReAlloc(HANDLE, DWORD, LPVOID, SIZE_T);
BOOL WINAPI HeapFree(HANDLE, DWORD, LPVOID);
HLOCAL WINAPI LocalAlloc(UINT, SIZE_T);
HLOCAL WINAPI LocalReAlloc(HLOCAL, SIZE_T, UINT);
HLOCAL WINAPI LocalFree(HLOCAL);
HGLOBAL WINAPI GlobalAlloc(UINT, SIZE_T);
HGLOBAL WINAPI GlobalReAlloc(HGLOBAL, SIZE_T, UINT);
HGLOBAL WINAPI GlobalFree(HGLOBAL);
LPVOID WINAPI VirtualAlloc(LPVOID, SIZE_T, DWORD, DWORD);
LPVOID WINAPI VirtualAllocEx(HANDLE, LPVOID, SIZE_T, DWORD, DWORD);
LPVOID WINAPI CoTaskMemAlloc(SIZE_T);
LPVOID WINAPI CoTaskMemRealloc(LPVOID, SIZE_T);
void WINAPI CoTaskMemFree(LPVOID);
BOOL WINAPI VirtualFree(LPVOID, SIZE_T, DWORD);
BSTR WINAPI SysAllocString(const OLECHAR *);
BSTR WINAPI SysAllocStringLen(const OLECHAR *, UINT);
BSTR WINAPI SysAllocStringByteLen(LPCSTR, UINT);
int WINAPI SysReAllocString(BSTR *, const OLECHAR *);
int WINAPI SysReAllocStringLen(BSTR *, const OLECHAR *, UINT);
void WINAPI SysFreeString(BSTR);
DWORD WINAPI FormatMessageW(DWORD, LPCVOID, DWORD, DWORD, LPWSTR, DWORD, void *);
}
#define FormatMessage FormatMessageW
#define FORMAT_MESSAGE_ALLOCATE_BUFFER 0x00000100
#define FORMAT_MESSAGE_FROM_SYSTEM 0x00001000
#define HEAP_ZERO_MEMORY 0x00000008
#define LMEM_FIXED 0x0000
#define GMEM_FIXED 0x0000
#define MEM_COMMIT 0x00001000
#define PAGE_READWRITE 0x04

namespace std {
struct nothrow_t { explicit nothrow_t() = default; };
extern const nothrow_t nothrow;
template <class T> struct unique_ptr {
  T *p;
  explicit unique_ptr(T *p) : p(p) {}
  T *release() { T *r = p; p = nullptr; return r; }
};
template <class T> struct shared_ptr { T *p; };
template <class T, class... A> unique_ptr<T> make_unique(A &&...) { return unique_ptr<T>(new T()); }
template <class T, class... A> shared_ptr<T> make_shared(A &&...) { return shared_ptr<T>{new T()}; }
} // namespace std
void *operator new(size_t, const std::nothrow_t &) noexcept;
void *operator new[](size_t, const std::nothrow_t &) noexcept;
inline void *operator new(size_t, void *Where) noexcept { return Where; }

#endif
