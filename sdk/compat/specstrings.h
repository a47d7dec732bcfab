// specstrings.h -- the platform's specstrings.h, completed with the annotations it lacks.
//
// Written for iis-tidy, for static analysis on hosts without the Windows SDK (for example with
// mingw-w64's headers on Linux). Production builds use the Windows SDK. This wrapper includes the
// next specstrings.h on the include path (mingw-w64's, which brings sal.h, concurrencysal.h and
// driverspecs.h) and then iis-tidy-sal.h, which defines only what is still missing. mingw-w64's
// driverspecs.h includes specstrings.h again before it defines its own names; that nested
// inclusion adds nothing, so that the missing names are filled in once everything is complete.

#pragma GCC system_header

#if defined(__has_include_next)
#if __has_include_next(<specstrings.h>)
#if !defined(IISTIDY_COMPAT_IN_SPECSTRINGS_H)
#define IISTIDY_COMPAT_IN_SPECSTRINGS_H
#include_next <specstrings.h>
#undef IISTIDY_COMPAT_IN_SPECSTRINGS_H
#else
#include_next <specstrings.h>
#endif
#endif
#endif

#if !defined(IISTIDY_COMPAT_IN_SPECSTRINGS_H)
#include "iis-tidy-sal.h"
#endif
