// atlexcept.h -- forwarder: ATL's exception type and trace macros live in atldef.h here.
//
// Written for iis-tidy, for static analysis on hosts without the Windows SDK and ATL (with
// mingw-w64's headers on Linux). Production builds use Visual Studio's ATL.

#pragma GCC system_header
#include <atldef.h>
