// <bits/std_thread.h> of libstdc++, without the SAL macros __in and __out.
//
// Written for iis-tidy, for static analysis on hosts without the Windows SDK (mingw-w64's
// libstdc++ on Linux); production builds use the Windows SDK and Visual Studio's C++ library.
// libstdc++ names parameters of this header __in and __out, which iis-tidy-sal.h defines as SAL
// annotations: this wrapper saves the two macros, removes them, includes the real header (the
// next one on the include path) and restores them. It only works while this folder comes before
// the C++ library's folders on the include path (as -isystem gives).

#pragma GCC system_header
#pragma push_macro("__in")
#pragma push_macro("__out")
#undef __in
#undef __out
#include_next <bits/std_thread.h>
#pragma pop_macro("__out")
#pragma pop_macro("__in")
