// atlstr.h -- ATL's string classes: CString, CStringA, CStringW (ATL::CStringT over
// ATL::CSimpleStringT), with the rest of ATL's base header.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL.
//
// As in ATL, CString follows TCHAR (wchar_t when UNICODE is defined, char otherwise), and the
// three names are declared at global scope (MFC, _AFX, declares its own).

#ifndef IISTIDY_COMPAT_ATLSTR_H
#define IISTIDY_COMPAT_ATLSTR_H
#pragma GCC system_header

#include <atlbase.h>
#include <atlsimpstr.h>
#include <cstringt.h>

namespace ATL {

typedef CStringT<wchar_t, StrTraitATL<wchar_t, ChTraitsCRT<wchar_t>>> CAtlStringW;
typedef CStringT<char, StrTraitATL<char, ChTraitsCRT<char>>> CAtlStringA;
typedef CStringT<TCHAR, StrTraitATL<TCHAR, ChTraitsCRT<TCHAR>>> CAtlString;

} // namespace ATL

#ifndef _AFX
typedef ATL::CAtlStringW CStringW;
typedef ATL::CAtlStringA CStringA;
typedef ATL::CAtlString CString;
#endif

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLSTR_H
