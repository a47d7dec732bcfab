// atldef.h -- ATL's basic macros, exception type and trace stubs.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (a Linux CI job running clang-tidy with the
// iis-* checks over module sources, with mingw-w64's headers under --target=x86_64-w64-mingw32
// or i686-w64-mingw32). Production builds use Visual Studio's ATL. The declarations keep the
// documented names and ownership (which member allocates, which frees); the inline bodies are
// only meant to be plausible, not a tested implementation.

#ifndef IISTIDY_COMPAT_ATLDEF_H
#define IISTIDY_COMPAT_ATLDEF_H
#pragma GCC system_header

#ifndef __cplusplus
#error "ATL (iis-tidy) requires C++"
#endif

#include <windows.h>
#include <ole2.h>
#include <oleauto.h>
#include <tchar.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include <ctype.h>
#include <iis-tidy-sal.h>

#ifndef _ATL_VER
#define _ATL_VER 0x0E00
#endif
#ifndef _ATL
#define _ATL
#endif

#ifndef ATL_NO_VTABLE
#define ATL_NO_VTABLE DECLSPEC_NOVTABLE
#endif
#ifndef ATLAPI
#define ATLAPI extern "C" HRESULT WINAPI
#endif
#ifndef ATLAPI_
#define ATLAPI_(x) extern "C" x WINAPI
#endif
#ifndef ATLINLINE
#define ATLINLINE inline
#endif
#ifndef ATL_NOINLINE
#define ATL_NOINLINE __attribute__((noinline))
#endif
#ifndef ATL_DEPRECATED
#define ATL_DEPRECATED(message)
#endif
#ifndef ATLPREFAST_SUPPRESS
#define ATLPREFAST_SUPPRESS(x)
#endif
#ifndef ATLPREFAST_UNSUPPRESS
#define ATLPREFAST_UNSUPPRESS()
#endif
#ifndef ATLSTATIC_ASSERT
#define ATLSTATIC_ASSERT(expr, message) static_assert(expr, message)
#endif

// Assertions: never evaluated (as in a release build), but the operands still count as used.
#ifndef ATLASSERT
#define ATLASSERT(expr) ((void)sizeof((expr) ? 1 : 0))
#endif
#ifndef ATLVERIFY
#define ATLVERIFY(expr) ((void)(expr))
#endif

// Exceptions: ATL throws CAtlException. Without C++ exceptions the throw becomes a trap.
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#define IISTIDY_ATL_THROW(object) throw object
#define _ATLTRY try
#define _ATLCATCH(e) catch (::ATL::CAtlException & e)
#define _ATLCATCHALL() catch (...)
#define _ATLRETHROW throw
#else
#define IISTIDY_ATL_THROW(object) __builtin_trap()
#define _ATLTRY if (true)
#define _ATLCATCH(e) else if (::ATL::CAtlException e = ::ATL::CAtlException(S_OK))
#define _ATLCATCHALL() else
#define _ATLRETHROW __builtin_trap()
#endif
#define _ATLDELETEEXCEPTION(e) ((void)0)
#ifndef ATLTRY
#define ATLTRY(x) _ATLTRY { x; } _ATLCATCHALL() {}
#endif

// ATL's position handle for its collections (an opaque pointer).
struct __POSITION {};
typedef __POSITION* POSITION;

namespace ATL {

// The exception ATL's functions throw; it only carries an HRESULT.
class CAtlException {
public:
    CAtlException() noexcept : m_hr(E_FAIL) {}
    CAtlException(HRESULT hr) noexcept : m_hr(hr) {}
    operator HRESULT() const noexcept { return m_hr; }

    HRESULT m_hr;
};

inline HRESULT AtlHresultFromWin32(DWORD nError) noexcept
{
    return HRESULT_FROM_WIN32(nError);
}

inline HRESULT AtlHresultFromLastError() noexcept
{
    DWORD dwError = ::GetLastError();
    return HRESULT_FROM_WIN32(dwError);
}

[[noreturn]] inline void WINAPI AtlThrowImpl(HRESULT hr)
{
    IISTIDY_ATL_THROW(CAtlException(hr));
}

[[noreturn]] inline void WINAPI AtlThrowLastWin32()
{
    AtlThrowImpl(AtlHresultFromLastError());
}

// Trace categories; ATLTRACE ignores them.
enum IisTidyAtlTraceCategory {
    atlTraceGeneral,
    atlTraceCOM,
    atlTraceQI,
    atlTraceRegistrar,
    atlTraceRefcount,
    atlTraceWindowing,
    atlTraceControls,
    atlTraceHosting,
    atlTraceDBClient,
    atlTraceDBProvider,
    atlTraceSnapin,
    atlTraceNotImpl,
    atlTraceAllocation,
    atlTraceException,
    atlTraceTime,
    atlTraceCache,
    atlTraceStencil,
    atlTraceString,
    atlTraceMap,
    atlTraceUtil,
    atlTraceSecurity,
    atlTraceSync,
    atlTraceISAPI,
    atlTraceUser,
    atlTraceUser2,
    atlTraceUser3,
    atlTraceUser4
};

// ATLTRACE's sink: takes anything and does nothing.
template <typename... Args>
inline void AtlTraceNothing(const Args&...) noexcept
{
}

// Constructs a T in raw storage without <new>: the wrapper's class-scoped placement operator new
// (the way ATL's own collections do it), so these headers need nothing from the C++ library.
template <typename T>
class CIisTidyPlacementWrapper {
public:
    CIisTidyPlacementWrapper() : m_t() {}
    template <typename A>
    CIisTidyPlacementWrapper(const A& a) : m_t(a)
    {
    }
    static void* operator new(size_t, void* p) noexcept { return p; }
    static void operator delete(void*, void*) noexcept {}
    static void operator delete(void*) noexcept {}

    T m_t;
};

template <typename T>
inline void AtlIisTidyConstruct(T* p)
{
    new (static_cast<void*>(p)) CIisTidyPlacementWrapper<T>();
}

template <typename T, typename A>
inline void AtlIisTidyConstruct(T* p, const A& a)
{
    new (static_cast<void*>(p)) CIisTidyPlacementWrapper<T>(a);
}

} // namespace ATL

#ifndef AtlThrow
#define AtlThrow ::ATL::AtlThrowImpl
#endif

// Tracing is a no-op. The arguments are not evaluated, but still count as used.
#ifndef ATLTRACE
#define ATLTRACE(...) ((void)sizeof((::ATL::AtlTraceNothing(__VA_ARGS__), 0)))
#endif
#ifndef ATLTRACE2
#define ATLTRACE2 ATLTRACE
#endif
#ifndef ATLTRACENOTIMPL
#define ATLTRACENOTIMPL(funcname) return E_NOTIMPL
#endif

// Argument checks that throw (or return) on failure.
#ifndef ATLENSURE_THROW
#define ATLENSURE_THROW(expr, hr)                                                              \
    do {                                                                                       \
        if (!(expr))                                                                           \
            AtlThrow(hr);                                                                      \
    } while (0)
#endif
#ifndef ATLENSURE
#define ATLENSURE(expr) ATLENSURE_THROW(expr, E_FAIL)
#endif
#ifndef ATLENSURE_SUCCEEDED
#define ATLENSURE_SUCCEEDED(hrExpr)                                                            \
    do {                                                                                       \
        HRESULT iistidy_hr_ = (hrExpr);                                                        \
        if (FAILED(iistidy_hr_))                                                               \
            AtlThrow(iistidy_hr_);                                                             \
    } while (0)
#endif
#ifndef ATLENSURE_RETURN_VAL
#define ATLENSURE_RETURN_VAL(expr, val)                                                        \
    do {                                                                                       \
        if (!(expr))                                                                           \
            return val;                                                                        \
    } while (0)
#endif
#ifndef ATLENSURE_RETURN_HR
#define ATLENSURE_RETURN_HR(expr, hr) ATLENSURE_RETURN_VAL(expr, hr)
#endif
#ifndef ATLENSURE_RETURN
#define ATLENSURE_RETURN(expr) ATLENSURE_RETURN_HR(expr, E_FAIL)
#endif

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLDEF_H
