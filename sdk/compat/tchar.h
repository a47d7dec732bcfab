// tchar.h -- mingw-w64's, in any order with strsafe.h.
//
// Written for iis-tidy, for static analysis on hosts without the Windows SDK. mingw-w64's
// tchar.h stops with "#error Need to include strsafe.h after tchar.h"; the Windows SDK's does
// not, and module sources (and ATL headers after a stdafx.h that includes strsafe.h) include
// them in either order. strsafe.h's deprecations stay in force.
#pragma GCC system_header

#if defined(_STRSAFE_H_INCLUDED_) && !defined(_INC_TCHAR)
#pragma push_macro("_STRSAFE_H_INCLUDED_")
#undef _STRSAFE_H_INCLUDED_
#include_next <tchar.h>
#pragma pop_macro("_STRSAFE_H_INCLUDED_")
#else
#include_next <tchar.h>
#endif
