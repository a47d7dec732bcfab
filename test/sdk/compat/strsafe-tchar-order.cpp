// strsafe.h before tchar.h and ATL (mingw-w64's tchar.h refuses that order; the SDK's does
// not), with CString formatting under strsafe.h's deprecations, and the MSVC-isms module code
// uses: the secure CRT's array overloads, _countof, SEH, __int64, __forceinline.
// REQUIRES: mingw-x64
// RUN: %clangxx -fsyntax-only --target=x86_64-w64-mingw32 -fms-extensions -std=c++14 -DUNICODE -D_UNICODE -D_WIN32_WINNT=0x0A00 -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx -fsyntax-only --target=x86_64-w64-mingw32 -fms-extensions -std=c++14 -D_WIN32_WINNT=0x0A00 -isystem %sdk_include -isystem %repo/sdk/compat %s
#include <windows.h>
#include <httpserv.h>
#include <strsafe.h>
#include <atlbase.h>
#include <atlstr.h>
#include <string>
#include <memory>
#include <tchar.h>
void f(PCWSTR pszIn) {
  WCHAR buf[64];
  char abuf[32];
  wcscpy_s(buf, pszIn);
  strcpy_s(abuf, "x");
  sprintf_s(abuf, "%d", 3);
  swprintf_s(buf, L"%s", pszIn);
  size_t n = _countof(buf);
  StringCchCopyW(buf, ARRAYSIZE(buf), pszIn);
  __try { n++; } __except (EXCEPTION_EXECUTE_HANDLER) { n--; }
  TCHAR t[4] = _T("ab");
  CComBSTR b(L"x");
  CString s; s.Format(_T("%d"), 1);
  std::unique_ptr<char[]> p(new char[4]);
  __int64 big = 0; (void)big;
  _snwprintf_s(buf, _TRUNCATE, L"%s", pszIn);
  InterlockedIncrement((LONG*)&n);
}
__declspec(noinline) void g() {}
__forceinline int h() { return 1; }
