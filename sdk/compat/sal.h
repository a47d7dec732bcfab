// sal.h -- the platform's sal.h, completed with the annotations it lacks.
//
// Written for iis-tidy, for static analysis on hosts without the Windows SDK (for example with
// mingw-w64's headers on Linux). Production builds use the Windows SDK. This wrapper includes the
// next sal.h on the include path (mingw-w64's) and then iis-tidy-sal.h. When sal.h is reached
// from specstrings.h, the specstrings.h wrapper in this folder adds the missing names once
// specstrings.h is complete, so that they come after mingw-w64's concurrencysal.h/driverspecs.h.

#pragma GCC system_header

#if defined(__has_include_next)
#if __has_include_next(<sal.h>)
#include_next <sal.h>
#endif
#endif

#if !defined(SPECSTRINGS_H)
#include "iis-tidy-sal.h"
#endif
