// httpserv.h after mingw-w64's real <windows.h> (x86); see mingw-x64.cpp.
//
// REQUIRES: mingw-x86
// RUN: %clang --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -I%sdk_include %s
// RUN: %clang --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -D_WINSOCKAPI_ -I%sdk_include %s
// RUN: %clang --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DWIN32_LEAN_AND_MEAN -I%sdk_include %s
// RUN: %clang --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DPARTIAL_WINDOWS_H -I%sdk_include %s

#include "Inputs/with-windows-h.inc"

static_assert(sizeof(void*) == 4, "x86");
