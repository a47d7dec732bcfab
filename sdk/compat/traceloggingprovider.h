// traceloggingprovider.h -- TraceLogging, the Windows SDK's self-describing ETW events:
// provider handles (TRACELOGGING_DECLARE_PROVIDER, TRACELOGGING_DEFINE_PROVIDER,
// TraceLoggingRegister, TraceLoggingUnregister), TraceLoggingWrite and its field macros.
//
// Written for iis-tidy from the public TraceLogging documentation (macro names and the shape of
// their arguments); no text of the Windows SDK's TraceLoggingProvider.h was copied. mingw-w64 has
// no such header; this one serves static analysis on hosts without the Windows SDK. Production
// builds use the Windows SDK. The file name is lower-case like the rest of this folder.
//
// Nothing is traced. TraceLoggingWrite does nothing at run time and evaluates none of its
// arguments: it expands to a `sizeof` over the provider, the event name and the fields, so the
// variables a module logs stay "used" (no -Wunused warnings, no false positives from checks that
// look for values computed and then dropped). Each field macro yields its arguments (value,
// field name, description, ...) as a comma-separated list, so it is meant only for
// TraceLoggingWrite's argument list. Every macro that takes optional arguments is declared
// `(...)`, so none of them warns under -pedantic when they are left out. Provider
// handles are real objects carrying the name and GUID given to TRACELOGGING_DEFINE_PROVIDER.

#ifndef IISTIDY_COMPAT_TRACELOGGINGPROVIDER_H
#define IISTIDY_COMPAT_TRACELOGGINGPROVIDER_H
#pragma GCC system_header

#include <windows.h>
#include <evntprov.h>
#include <winmeta.h>

#ifdef __cplusplus
#define IISTIDY_TLG_INLINE inline
#define IISTIDY_TLG_EXTERN_C extern "C"
#define IISTIDY_TLG_DEFINE_LINKAGE extern "C"
#else
#define IISTIDY_TLG_INLINE static __inline
#define IISTIDY_TLG_EXTERN_C extern
#define IISTIDY_TLG_DEFINE_LINKAGE
#endif

// What a provider handle points to: the name and the provider GUID.
struct iistidy_tlg_provider_storage {
    const char* pszName;
    GUID guidProvider;
};

typedef const struct iistidy_tlg_provider_storage* TraceLoggingHProvider;

// The GUID written as eleven numbers in parentheses: (l, w1, w2, b1, ..., b8).
#define IISTIDY_TLG_GUID_BRACES(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                   \
    { (l), (w1), (w2), { (b1), (b2), (b3), (b4), (b5), (b6), (b7), (b8) } }

// Declares a provider handle defined elsewhere (usually in a header shared by the module).
#define TRACELOGGING_DECLARE_PROVIDER(hProvider)                                               \
    IISTIDY_TLG_EXTERN_C TraceLoggingHProvider const hProvider

// Defines the handle and its storage. The arguments after the name are the GUID, as a
// parenthesized list, then options such as TraceLoggingOptionGroup(...), which are ignored.
#define IISTIDY_TLG_FIRST_GUID(providerId, ...) IISTIDY_TLG_GUID_BRACES providerId
#define TRACELOGGING_DEFINE_PROVIDER(hProvider, ...)                                           \
    static struct iistidy_tlg_provider_storage iistidy_tlg_storage_##hProvider = {             \
        IISTIDY_TLG_FIRST_ARG(__VA_ARGS__, ~), IISTIDY_TLG_SECOND_GUID(__VA_ARGS__, ~) };      \
    IISTIDY_TLG_EXTERN_C TraceLoggingHProvider const hProvider;                                \
    IISTIDY_TLG_DEFINE_LINKAGE TraceLoggingHProvider const hProvider = &iistidy_tlg_storage_##hProvider

// The same, with storage the caller controls (only the handle's linkage differs in the SDK).
#define TRACELOGGING_DEFINE_PROVIDER_STORAGE(storageVariable, ...)                             \
    static struct iistidy_tlg_provider_storage storageVariable = {                             \
        IISTIDY_TLG_FIRST_ARG(__VA_ARGS__, ~), IISTIDY_TLG_SECOND_GUID(__VA_ARGS__, ~) }

// Picking the name and the GUID out of the argument list; the trailing ~ guarantees the
// variadic part is never empty.
#define IISTIDY_TLG_FIRST_ARG(first, ...) (first)
#define IISTIDY_TLG_SECOND_GUID(first, ...) IISTIDY_TLG_FIRST_GUID(__VA_ARGS__)

// Provider options given after the GUID.
#define TraceLoggingOptionGroup(...)
#define TraceLoggingOptionMicrosoftTelemetry()

// Registration. Both succeed and do nothing here.
IISTIDY_TLG_INLINE HRESULT TraceLoggingRegister(TraceLoggingHProvider hProvider)
{
    (void)hProvider;
    return S_OK;
}

IISTIDY_TLG_INLINE HRESULT TraceLoggingRegisterEx(TraceLoggingHProvider hProvider,
                                                  PENABLECALLBACK pfnEnableCallback,
                                                  PVOID pCallbackContext)
{
    (void)hProvider;
    (void)pfnEnableCallback;
    (void)pCallbackContext;
    return S_OK;
}

IISTIDY_TLG_INLINE void TraceLoggingUnregister(TraceLoggingHProvider hProvider)
{
    (void)hProvider;
}

// Never enabled: nothing listens.
IISTIDY_TLG_INLINE BOOLEAN TraceLoggingProviderEnabled(TraceLoggingHProvider hProvider,
                                                       UCHAR level, ULONGLONG keyword)
{
    (void)hProvider;
    (void)level;
    (void)keyword;
    return FALSE;
}

IISTIDY_TLG_INLINE const GUID* TraceLoggingProviderId(TraceLoggingHProvider hProvider)
{
    return &hProvider->guidProvider;
}

// The unevaluated sink TraceLoggingWrite hands its arguments to; never defined.
#ifdef __cplusplus
template <typename... Fields>
int iistidy_tlg_sink(const Fields&...) noexcept;
#else
int iistidy_tlg_sink(int, ...);
#endif

// Writes an event: provider, event name (a string literal), then any fields.
#ifdef __cplusplus
#define TraceLoggingWrite(hProvider, ...)                                                     \
    ((void)sizeof(iistidy_tlg_sink((hProvider), __VA_ARGS__)))
#define TraceLoggingWriteActivity(hProvider, ...)                                             \
    ((void)sizeof(iistidy_tlg_sink((hProvider), __VA_ARGS__)))
#else
#define TraceLoggingWrite(hProvider, ...)                                                     \
    ((void)sizeof(iistidy_tlg_sink(0, (hProvider), __VA_ARGS__)))
#define TraceLoggingWriteActivity(hProvider, ...)                                             \
    ((void)sizeof(iistidy_tlg_sink(0, (hProvider), __VA_ARGS__)))
#endif

// Event attributes (only inside TraceLoggingWrite).
#define TraceLoggingLevel(...) __VA_ARGS__
#define TraceLoggingKeyword(...) __VA_ARGS__
#define TraceLoggingOpcode(...) __VA_ARGS__
#define TraceLoggingChannel(...) __VA_ARGS__
#define TraceLoggingEventTag(...) __VA_ARGS__
#define TraceLoggingDescription(...) __VA_ARGS__
#define TraceLoggingCustomAttribute(...) __VA_ARGS__

// Fields (only inside TraceLoggingWrite). The optional arguments after the value are the field
// name, a description and a tag.
#define TraceLoggingValue(...) __VA_ARGS__
#define TraceLoggingString(...) __VA_ARGS__
#define TraceLoggingUtf8String(...) __VA_ARGS__
#define TraceLoggingWideString(...) __VA_ARGS__
#define TraceLoggingCountedString(...) __VA_ARGS__
#define TraceLoggingCountedWideString(...) __VA_ARGS__
#define TraceLoggingInt8(...) __VA_ARGS__
#define TraceLoggingUInt8(...) __VA_ARGS__
#define TraceLoggingInt16(...) __VA_ARGS__
#define TraceLoggingUInt16(...) __VA_ARGS__
#define TraceLoggingInt32(...) __VA_ARGS__
#define TraceLoggingUInt32(...) __VA_ARGS__
#define TraceLoggingInt64(...) __VA_ARGS__
#define TraceLoggingUInt64(...) __VA_ARGS__
#define TraceLoggingHexInt32(...) __VA_ARGS__
#define TraceLoggingHexUInt32(...) __VA_ARGS__
#define TraceLoggingHexInt64(...) __VA_ARGS__
#define TraceLoggingHexUInt64(...) __VA_ARGS__
#define TraceLoggingLong(...) __VA_ARGS__
#define TraceLoggingULong(...) __VA_ARGS__
#define TraceLoggingFloat32(...) __VA_ARGS__
#define TraceLoggingFloat64(...) __VA_ARGS__
#define TraceLoggingBool(...) __VA_ARGS__
#define TraceLoggingBoolean(...) __VA_ARGS__
#define TraceLoggingChar(...) __VA_ARGS__
#define TraceLoggingWChar(...) __VA_ARGS__
#define TraceLoggingPointer(...) __VA_ARGS__
#define TraceLoggingHResult(...) __VA_ARGS__
#define TraceLoggingWinError(...) __VA_ARGS__
#define TraceLoggingNTStatus(...) __VA_ARGS__
#define TraceLoggingGuid(...) __VA_ARGS__
#define TraceLoggingFileTime(...) __VA_ARGS__
#define TraceLoggingSystemTime(...) __VA_ARGS__
#define TraceLoggingSid(...) __VA_ARGS__
#define TraceLoggingBinary(...) __VA_ARGS__
#define TraceLoggingStruct(...) __VA_ARGS__

#endif // IISTIDY_COMPAT_TRACELOGGINGPROVIDER_H
