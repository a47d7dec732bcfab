// httpserv.h after mingw-w64's real <windows.h> (x64): the base types come from windows.h and
// the HTTP Server API types from mingw's <http.h>; nothing is redefined, and no warning
// (including mingw's winsock include-order #warning) escapes. Also covers the IIS samples'
// `#define _WINSOCKAPI_` idiom, WIN32_LEAN_AND_MEAN, and a partial include (windef.h only).
//
// REQUIRES: mingw-x64
// RUN: %clang --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -I%sdk_include %s
// RUN: %clang --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -D_WINSOCKAPI_ -I%sdk_include %s
// RUN: %clang --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DWIN32_LEAN_AND_MEAN -I%sdk_include %s
// RUN: %clang --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DPARTIAL_WINDOWS_H -I%sdk_include %s

#include "Inputs/with-windows-h.inc"

static_assert(sizeof(void*) == 8, "x64");
