// atlutil.h -- forwarder: ATL's utility header. Here it brings in the base, string, collection
// and synchronization headers that code including it expects; ATL Server's URL and thread-pool
// utilities are not declared.
//
// Written for iis-tidy, for static analysis on hosts without the Windows SDK and ATL (with
// mingw-w64's headers on Linux). Production builds use Visual Studio's ATL.

#ifndef IISTIDY_COMPAT_ATLUTIL_H
#define IISTIDY_COMPAT_ATLUTIL_H
#pragma GCC system_header

#include <atlbase.h>
#include <atlstr.h>
#include <atlcoll.h>
#include <atlsync.h>

#endif // IISTIDY_COMPAT_ATLUTIL_H
