// httpserv.h -- the IIS 7+ native module API, as iis-tidy needs it.
//
// Written for iis-tidy from public facts (the project's API fact sheet: identifiers,
// signatures, numeric values and declaration orders gathered from public documentation and
// public code). No text of the Windows SDK header was copied into this file.
//
// Purpose: it serves static analysis on hosts that have no Windows SDK, for example a Linux CI
// job that runs clang-tidy with the iis-* checks over module sources. Production builds of IIS
// modules use the Windows SDK's httpserv.h, not this file.
//
// Even so, it keeps the documented vtable orders (declaration orders) of CHttpModule,
// CGlobalModule, IHttpModuleFactory, IModuleAllocator, IHttpModuleRegistrationInfo(2), the
// stored-context interfaces, IHttpContext (v1) and IHttpServer, so that a DLL built against it
// would call the right slots. For the other interfaces it declares the members modules
// commonly use; their member order is not claimed to match the SDK (see the note there).
//
// Two ways to use it:
//  * with <windows.h> (for example mingw-w64's, with --target=x86_64-w64-mingw32): the base
//    types come from windows.h and the HTTP Server API types from <http.h>, which this header
//    then includes, as the SDK's httpserv.h does. When windows.h is on the include path of a
//    Windows target and was not included yet, this header includes it first, so that a source
//    that includes only httpserv.h can use the Windows API, as it can with the SDK's header;
//  * alone, on a Windows target with no windows.h on the include path
//    (--target=x86_64-pc-windows-msvc, i686-pc-windows-msvc without an SDK): the header defines
//    the few Windows base types and macros it needs itself.
// As with the SDK's header, windows.h (if used at all) must come first: including it after this
// header in the same translation unit is not supported.
//
// When iis-tidy's sdk/compat folder is on the include path too, this header also takes the SAL
// annotations mingw-w64 lacks (iis-tidy-sal.h) and the HTTP Server API flags newer than
// mingw-w64's http.h (iis-tidy-http-extras.h) from there.

#ifndef IISTIDY_SDK_HTTPSERV_H
#define IISTIDY_SDK_HTTPSERV_H

#ifndef __cplusplus
#error "httpserv.h (iis-tidy) declares C++ classes; compile this translation unit as C++"
#endif

// ---------------------------------------------------------------------------------------------
// 0. Windows base types
// ---------------------------------------------------------------------------------------------
// windows.h (Microsoft's and mingw-w64's) defines _WINDOWS_ and _INC_WINDOWS; its pieces define
// _WINDEF_, _MINWINDEF_ and _WINNT_. If only some pieces were included, include windows.h to
// complete them rather than mixing our definitions with theirs. If none was included, include
// windows.h anyway on a Windows target whose include path has it, as the SDK's header does.
#if !defined(_WINDOWS_) && !defined(_INC_WINDOWS)
#if defined(_WINDEF_) || defined(_MINWINDEF_) || defined(_WINNT_)
#include <windows.h>
#elif defined(_WIN32) && defined(__has_include)
#if __has_include(<windows.h>)
#include <windows.h>
#endif
#endif
#endif

// SAL annotations mingw-w64 lacks, from iis-tidy's sdk/compat folder when it is on the path.
#if defined(__has_include)
#if __has_include(<iis-tidy-sal.h>)
#include <iis-tidy-sal.h>
#endif
#endif

#if defined(_WINDOWS_) || defined(_INC_WINDOWS)
#define IISTIDY_HTTPSERV_WITH_WINDOWS_H 1
#else
#define IISTIDY_HTTPSERV_WITH_WINDOWS_H 0
#endif

#if !IISTIDY_HTTPSERV_WITH_WINDOWS_H

// Calling convention and import attribute. They only have meaning on Windows targets; on other
// targets they expand to nothing, so that the header still parses (the iis-* checks ask for a
// Windows --target in that case).
#ifndef WINAPI
#if defined(_WIN32)
#define WINAPI __stdcall
#else
#define WINAPI
#endif
#endif
#if defined(_WIN32)
#define IISTIDY_DLLIMPORT __declspec(dllimport)
#else
#define IISTIDY_DLLIMPORT
#endif

// Integer types with their Windows widths (LLP64: long is 32 bits, wchar_t 16 bits).
typedef unsigned char BYTE, UCHAR, *PUCHAR, *PBYTE;
typedef unsigned char BOOLEAN;
typedef char CHAR;
typedef wchar_t WCHAR;
typedef unsigned short USHORT, WORD, *PUSHORT;
typedef short SHORT;
typedef int BOOL, *PBOOL;
typedef int INT;
typedef unsigned int UINT;
typedef unsigned long DWORD, ULONG, *PDWORD, *LPDWORD, *PULONG;
typedef long LONG, *PLONG;
typedef long long LONGLONG;
typedef unsigned long long ULONGLONG, DWORD64;
typedef long HRESULT;
#ifndef _HRESULT_DEFINED
#define _HRESULT_DEFINED
#endif

typedef void* PVOID;
typedef void* LPVOID;
typedef const void* LPCVOID;
typedef void* HANDLE;
typedef void* PSID;

typedef char* PSTR;
typedef char* LPSTR;
typedef const char* PCSTR;
typedef const char* LPCSTR;
typedef wchar_t* PWSTR;
typedef wchar_t* LPWSTR;
typedef const wchar_t* PCWSTR;
typedef const wchar_t* LPCWSTR;

// Small structures some member signatures use.
typedef struct _FILETIME {
    DWORD dwLowDateTime;
    DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

typedef union _ULARGE_INTEGER {
    struct {
        DWORD LowPart;
        DWORD HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    unsigned long Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char Data4[8];
} GUID;
#endif

// OVERLAPPED is only passed by pointer here.
struct _OVERLAPPED;
typedef struct _OVERLAPPED OVERLAPPED, *LPOVERLAPPED;
typedef void(WINAPI* LPOVERLAPPED_COMPLETION_ROUTINE)(DWORD dwErrorCode,
                                                      DWORD dwNumberOfBytesTransfered,
                                                      LPOVERLAPPED lpOverlapped);

// Spelling macros that module sources written against the SDK commonly use.
#ifndef VOID
#define VOID void
#endif
#ifndef CONST
#define CONST const
#endif
#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef NULL
#define NULL 0
#endif
#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

// The SAL annotations sample code carries; they have no meaning for analysis here.
#ifndef _In_
#define _In_
#endif
#ifndef _In_opt_
#define _In_opt_
#endif
#ifndef _Out_
#define _Out_
#endif
#ifndef _Out_opt_
#define _Out_opt_
#endif
#ifndef _Inout_
#define _Inout_
#endif
#ifndef _Inout_opt_
#define _Inout_opt_
#endif
#ifndef _Outptr_
#define _Outptr_
#endif
#ifndef _Outptr_opt_
#define _Outptr_opt_
#endif
#ifndef _Ret_opt_
#define _Ret_opt_
#endif
#ifndef _Must_inspect_result_
#define _Must_inspect_result_
#endif
#ifndef _Success_
#define _Success_(expr)
#endif
#ifndef _In_reads_bytes_
#define _In_reads_bytes_(size)
#endif
#ifndef _Out_writes_bytes_
#define _Out_writes_bytes_(size)
#endif
#ifndef _Out_writes_bytes_all_
#define _Out_writes_bytes_all_(size)
#endif

// HRESULT values and helpers.
#ifndef S_OK
#define S_OK ((HRESULT)0L)
#endif
#ifndef S_FALSE
#define S_FALSE ((HRESULT)1L)
#endif
#ifndef E_NOTIMPL
#define E_NOTIMPL ((HRESULT)0x80004001L)
#endif
#ifndef E_POINTER
#define E_POINTER ((HRESULT)0x80004003L)
#endif
#ifndef E_FAIL
#define E_FAIL ((HRESULT)0x80004005L)
#endif
#ifndef E_OUTOFMEMORY
#define E_OUTOFMEMORY ((HRESULT)0x8007000EL)
#endif
#ifndef E_INVALIDARG
#define E_INVALIDARG ((HRESULT)0x80070057L)
#endif
#ifndef SUCCEEDED
#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#endif
#ifndef FAILED
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#endif
#ifndef ERROR_SUCCESS
#define ERROR_SUCCESS 0L
#endif
#ifndef ERROR_NOT_ENOUGH_MEMORY
#define ERROR_NOT_ENOUGH_MEMORY 8L
#endif
#ifndef ERROR_INVALID_PARAMETER
#define ERROR_INVALID_PARAMETER 87L
#endif
#ifndef ERROR_ALREADY_EXISTS
#define ERROR_ALREADY_EXISTS 183L
#endif
#ifndef ERROR_ALREADY_ASSIGNED
#define ERROR_ALREADY_ASSIGNED 85L
#endif
#ifndef HRESULT_FROM_WIN32
// A Win32 error code in the low 16 bits, facility 7 (WIN32), severity bit set; zero and values
// that already are HRESULTs (<= 0) pass through unchanged.
#define HRESULT_FROM_WIN32(x)                                                                  \
    ((HRESULT)(x) <= 0 ? (HRESULT)(x)                                                          \
                       : (HRESULT)((((unsigned long)(x)) & 0x0000FFFFUL) | (7UL << 16) |       \
                                   0x80000000UL))
#endif

// The two kernel32 functions the default handler bodies below call.
extern "C" {
IISTIDY_DLLIMPORT void WINAPI OutputDebugStringA(LPCSTR lpOutputString);
IISTIDY_DLLIMPORT void WINAPI DebugBreak(void);
}

#endif // !IISTIDY_HTTPSERV_WITH_WINDOWS_H

// ---------------------------------------------------------------------------------------------
// 1. HTTP Server API types (http.h in the SDK)
// ---------------------------------------------------------------------------------------------
#if IISTIDY_HTTPSERV_WITH_WINDOWS_H

// With windows.h present, use the real http.h, as the SDK's httpserv.h does. http.h pulls in
// winsock2.h; when windows.h has already included winsock.h (or the sample idiom
// `#define _WINSOCKAPI_` came first), mingw-w64's winsock2.h emits a "#warning" about include
// order that is harmless here, so it is silenced for this one include.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-W#warnings"
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wcpp"
#endif
#include <http.h>
#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#elif !defined(__HTTP_H__)

// Without windows.h: the subset of the HTTP Server API types that IIS module code touches,
// with the field names and orders of the public API.

typedef ULONGLONG HTTP_OPAQUE_ID, *PHTTP_OPAQUE_ID;
typedef HTTP_OPAQUE_ID HTTP_REQUEST_ID, *PHTTP_REQUEST_ID;
typedef HTTP_OPAQUE_ID HTTP_CONNECTION_ID, *PHTTP_CONNECTION_ID;
typedef HTTP_OPAQUE_ID HTTP_RAW_CONNECTION_ID, *PHTTP_RAW_CONNECTION_ID;
typedef ULONGLONG HTTP_URL_CONTEXT;

struct sockaddr;
typedef struct sockaddr SOCKADDR, *PSOCKADDR;

typedef struct _HTTP_BYTE_RANGE {
    ULARGE_INTEGER StartingOffset;
    ULARGE_INTEGER Length;
} HTTP_BYTE_RANGE, *PHTTP_BYTE_RANGE;

typedef struct _HTTP_VERSION {
    USHORT MajorVersion;
    USHORT MinorVersion;
} HTTP_VERSION, *PHTTP_VERSION;

enum _HTTP_VERB {
    HttpVerbUnparsed,
    HttpVerbUnknown,
    HttpVerbInvalid,
    HttpVerbOPTIONS,
    HttpVerbGET,
    HttpVerbHEAD,
    HttpVerbPOST,
    HttpVerbPUT,
    HttpVerbDELETE,
    HttpVerbTRACE,
    HttpVerbCONNECT,
    HttpVerbTRACK,
    HttpVerbMOVE,
    HttpVerbCOPY,
    HttpVerbPROPFIND,
    HttpVerbPROPPATCH,
    HttpVerbMKCOL,
    HttpVerbLOCK,
    HttpVerbUNLOCK,
    HttpVerbSEARCH,
    HttpVerbMaximum
};
typedef enum _HTTP_VERB HTTP_VERB, *PHTTP_VERB;

// Known header indexes. Request and response headers share 0-19 (general and entity headers);
// from 20 on the two sets differ, so several names share a value.
enum _HTTP_HEADER_ID {
    HttpHeaderCacheControl = 0,
    HttpHeaderConnection = 1,
    HttpHeaderDate = 2,
    HttpHeaderKeepAlive = 3,
    HttpHeaderPragma = 4,
    HttpHeaderTrailer = 5,
    HttpHeaderTransferEncoding = 6,
    HttpHeaderUpgrade = 7,
    HttpHeaderVia = 8,
    HttpHeaderWarning = 9,
    HttpHeaderAllow = 10,
    HttpHeaderContentLength = 11,
    HttpHeaderContentType = 12,
    HttpHeaderContentEncoding = 13,
    HttpHeaderContentLanguage = 14,
    HttpHeaderContentLocation = 15,
    HttpHeaderContentMd5 = 16,
    HttpHeaderContentRange = 17,
    HttpHeaderExpires = 18,
    HttpHeaderLastModified = 19,

    HttpHeaderAccept = 20,
    HttpHeaderAcceptCharset = 21,
    HttpHeaderAcceptEncoding = 22,
    HttpHeaderAcceptLanguage = 23,
    HttpHeaderAuthorization = 24,
    HttpHeaderCookie = 25,
    HttpHeaderExpect = 26,
    HttpHeaderFrom = 27,
    HttpHeaderHost = 28,
    HttpHeaderIfMatch = 29,
    HttpHeaderIfModifiedSince = 30,
    HttpHeaderIfNoneMatch = 31,
    HttpHeaderIfRange = 32,
    HttpHeaderIfUnmodifiedSince = 33,
    HttpHeaderMaxForwards = 34,
    HttpHeaderProxyAuthorization = 35,
    HttpHeaderReferer = 36,
    HttpHeaderRange = 37,
    HttpHeaderTe = 38,
    HttpHeaderTranslate = 39,
    HttpHeaderUserAgent = 40,
    HttpHeaderRequestMaximum = 41,

    HttpHeaderAcceptRanges = 20,
    HttpHeaderAge = 21,
    HttpHeaderEtag = 22,
    HttpHeaderLocation = 23,
    HttpHeaderProxyAuthenticate = 24,
    HttpHeaderRetryAfter = 25,
    HttpHeaderServer = 26,
    HttpHeaderSetCookie = 27,
    HttpHeaderVary = 28,
    HttpHeaderWwwAuthenticate = 29,
    HttpHeaderResponseMaximum = 30,

    HttpHeaderMaximum = 41
};
typedef enum _HTTP_HEADER_ID HTTP_HEADER_ID, *PHTTP_HEADER_ID;

typedef struct _HTTP_KNOWN_HEADER {
    USHORT RawValueLength;
    PCSTR pRawValue;
} HTTP_KNOWN_HEADER, *PHTTP_KNOWN_HEADER;

typedef struct _HTTP_UNKNOWN_HEADER {
    USHORT NameLength;
    USHORT RawValueLength;
    PCSTR pName;
    PCSTR pRawValue;
} HTTP_UNKNOWN_HEADER, *PHTTP_UNKNOWN_HEADER;

typedef struct _HTTP_REQUEST_HEADERS {
    USHORT UnknownHeaderCount;
    PHTTP_UNKNOWN_HEADER pUnknownHeaders;
    USHORT TrailerCount;
    PHTTP_UNKNOWN_HEADER pTrailers;
    HTTP_KNOWN_HEADER KnownHeaders[HttpHeaderRequestMaximum];
} HTTP_REQUEST_HEADERS, *PHTTP_REQUEST_HEADERS;

typedef struct _HTTP_RESPONSE_HEADERS {
    USHORT UnknownHeaderCount;
    PHTTP_UNKNOWN_HEADER pUnknownHeaders;
    USHORT TrailerCount;
    PHTTP_UNKNOWN_HEADER pTrailers;
    HTTP_KNOWN_HEADER KnownHeaders[HttpHeaderResponseMaximum];
} HTTP_RESPONSE_HEADERS, *PHTTP_RESPONSE_HEADERS;

enum _HTTP_DATA_CHUNK_TYPE {
    HttpDataChunkFromMemory = 0,
    HttpDataChunkFromFileHandle,
    HttpDataChunkFromFragmentCache,
    HttpDataChunkFromFragmentCacheEx,
    HttpDataChunkMaximum
};
typedef enum _HTTP_DATA_CHUNK_TYPE HTTP_DATA_CHUNK_TYPE, *PHTTP_DATA_CHUNK_TYPE;

// The per-kind payloads of a data chunk. They are named types here (the SDK uses unnamed
// ones) so that the anonymous union below stays standard C++; member access is the same:
// chunk.FromMemory.pBuffer, chunk.FromFileHandle.FileHandle, ...
struct IISTIDY_HTTP_DATA_CHUNK_FROM_MEMORY {
    PVOID pBuffer;
    ULONG BufferLength;
};
struct IISTIDY_HTTP_DATA_CHUNK_FROM_FILE_HANDLE {
    HTTP_BYTE_RANGE ByteRange;
    HANDLE FileHandle;
};
struct IISTIDY_HTTP_DATA_CHUNK_FROM_FRAGMENT_CACHE {
    USHORT FragmentNameLength;
    PCWSTR pFragmentName;
};
struct IISTIDY_HTTP_DATA_CHUNK_FROM_FRAGMENT_CACHE_EX {
    HTTP_BYTE_RANGE ByteRange;
    PCWSTR pFragmentName;
};

typedef struct _HTTP_DATA_CHUNK {
    HTTP_DATA_CHUNK_TYPE DataChunkType;
    union {
        IISTIDY_HTTP_DATA_CHUNK_FROM_MEMORY FromMemory;
        IISTIDY_HTTP_DATA_CHUNK_FROM_FILE_HANDLE FromFileHandle;
        IISTIDY_HTTP_DATA_CHUNK_FROM_FRAGMENT_CACHE FromFragmentCache;
        IISTIDY_HTTP_DATA_CHUNK_FROM_FRAGMENT_CACHE_EX FromFragmentCacheEx;
    };
} HTTP_DATA_CHUNK, *PHTTP_DATA_CHUNK;

typedef struct _HTTP_COOKED_URL {
    USHORT FullUrlLength;
    USHORT HostLength;
    USHORT AbsPathLength;
    USHORT QueryStringLength;
    PCWSTR pFullUrl;
    PCWSTR pHost;
    PCWSTR pAbsPath;
    PCWSTR pQueryString;
} HTTP_COOKED_URL, *PHTTP_COOKED_URL;

typedef struct _HTTP_TRANSPORT_ADDRESS {
    PSOCKADDR pRemoteAddress;
    PSOCKADDR pLocalAddress;
} HTTP_TRANSPORT_ADDRESS, *PHTTP_TRANSPORT_ADDRESS;

typedef struct _HTTP_SSL_CLIENT_CERT_INFO {
    ULONG CertFlags;
    ULONG CertEncodedSize;
    PUCHAR pCertEncoded;
    HANDLE Token;
    BOOLEAN CertDeniedByMapper;
} HTTP_SSL_CLIENT_CERT_INFO, *PHTTP_SSL_CLIENT_CERT_INFO;

typedef struct _HTTP_SSL_INFO {
    USHORT ServerCertKeySize;
    USHORT ConnectionKeySize;
    ULONG ServerCertIssuerSize;
    ULONG ServerCertSubjectSize;
    PCSTR pServerCertIssuer;
    PCSTR pServerCertSubject;
    PHTTP_SSL_CLIENT_CERT_INFO pClientCertInfo;
    ULONG SslClientCertNegotiated;
} HTTP_SSL_INFO, *PHTTP_SSL_INFO;

// The version-1 request layout (what IIS modules read: verb, URLs, headers, entity chunks).
typedef struct _HTTP_REQUEST_V1 {
    ULONG Flags;
    HTTP_CONNECTION_ID ConnectionId;
    HTTP_REQUEST_ID RequestId;
    HTTP_URL_CONTEXT UrlContext;
    HTTP_VERSION Version;
    HTTP_VERB Verb;
    USHORT UnknownVerbLength;
    USHORT RawUrlLength;
    PCSTR pUnknownVerb;
    PCSTR pRawUrl;
    HTTP_COOKED_URL CookedUrl;
    HTTP_TRANSPORT_ADDRESS Address;
    HTTP_REQUEST_HEADERS Headers;
    ULONGLONG BytesReceived;
    USHORT EntityChunkCount;
    PHTTP_DATA_CHUNK pEntityChunks;
    HTTP_RAW_CONNECTION_ID RawConnectionId;
    PHTTP_SSL_INFO pSslInfo;
} HTTP_REQUEST_V1, *PHTTP_REQUEST_V1;
typedef HTTP_REQUEST_V1 HTTP_REQUEST, *PHTTP_REQUEST;

typedef struct _HTTP_RESPONSE_V1 {
    ULONG Flags;
    HTTP_VERSION Version;
    USHORT StatusCode;
    USHORT ReasonLength;
    PCSTR pReason;
    HTTP_RESPONSE_HEADERS Headers;
    USHORT EntityChunkCount;
    PHTTP_DATA_CHUNK pEntityChunks;
} HTTP_RESPONSE_V1, *PHTTP_RESPONSE_V1;
typedef HTTP_RESPONSE_V1 HTTP_RESPONSE, *PHTTP_RESPONSE;

enum _HTTP_CACHE_POLICY_TYPE {
    HttpCachePolicyNocache,
    HttpCachePolicyUserInvalidates,
    HttpCachePolicyTimeToLive,
    HttpCachePolicyMaximum
};
typedef enum _HTTP_CACHE_POLICY_TYPE HTTP_CACHE_POLICY_TYPE, *PHTTP_CACHE_POLICY_TYPE;

typedef struct _HTTP_CACHE_POLICY {
    HTTP_CACHE_POLICY_TYPE Policy;
    ULONG SecondsToLive;
} HTTP_CACHE_POLICY, *PHTTP_CACHE_POLICY;

enum _HTTP_LOG_DATA_TYPE {
    HttpLogDataTypeFields = 0
};
typedef enum _HTTP_LOG_DATA_TYPE HTTP_LOG_DATA_TYPE, *PHTTP_LOG_DATA_TYPE;

typedef struct _HTTP_LOG_DATA {
    HTTP_LOG_DATA_TYPE Type;
} HTTP_LOG_DATA, *PHTTP_LOG_DATA;

#endif // http.h types

// HTTP Server API flags newer than mingw-w64's http.h, from iis-tidy's sdk/compat folder.
#if defined(__has_include)
#if __has_include(<iis-tidy-http-extras.h>)
#include <iis-tidy-http-extras.h>
#endif
#endif

// Trace types (httptrace.h in the SDK); only passed by pointer here.
struct _HTTP_TRACE_EVENT;
typedef struct _HTTP_TRACE_EVENT HTTP_TRACE_EVENT;
struct _HTTP_TRACE_CONFIGURATION;
typedef struct _HTTP_TRACE_CONFIGURATION HTTP_TRACE_CONFIGURATION;

// COM interfaces of the configuration system (ahadmin.h); only passed by pointer here. Both are
// structs at global scope, as ahadmin.h (the SDK's, or iis-tidy's sdk/compat one) declares them,
// so either header may come first.
struct IAppHostAdminManager;
struct IAppHostConfigException;

// __declspec(uuid) where the compiler understands it (MSVC targets), so __uuidof works.
#if defined(_MSC_EXTENSIONS)
#define IISTIDY_UUID(text) __declspec(uuid(text))
#else
#define IISTIDY_UUID(text)
#endif

// ---------------------------------------------------------------------------------------------
// 2. Constants, enumerations, typedefs
// ---------------------------------------------------------------------------------------------

// Request notifications: bits of the masks given to SetRequestNotifications.
#define RQ_BEGIN_REQUEST                    0x00000001
#define RQ_AUTHENTICATE_REQUEST             0x00000002
#define RQ_AUTHORIZE_REQUEST                0x00000004
#define RQ_RESOLVE_REQUEST_CACHE            0x00000008
#define RQ_MAP_REQUEST_HANDLER              0x00000010
#define RQ_ACQUIRE_REQUEST_STATE            0x00000020
#define RQ_PRE_EXECUTE_REQUEST_HANDLER      0x00000040
#define RQ_EXECUTE_REQUEST_HANDLER          0x00000080
#define RQ_RELEASE_REQUEST_STATE            0x00000100
#define RQ_UPDATE_REQUEST_CACHE             0x00000200
#define RQ_LOG_REQUEST                      0x00000400
#define RQ_END_REQUEST                      0x00000800
// Non-deterministic notifications (no post-notification variant).
#define RQ_SEND_RESPONSE_STATUS_AND_HEADERS 0x08000000 // no CHttpModule handler exists for it
#define RQ_CUSTOM_NOTIFICATION              0x10000000
#define RQ_SEND_RESPONSE                    0x20000000
#define RQ_READ_ENTITY                      0x40000000
#define RQ_MAP_PATH                         0x80000000u

// Global notifications: bits of the mask given to SetGlobalNotifications.
// 0x00000001 and 0x00000008 are not used.
#define GL_STOP_LISTENING               0x00000002
#define GL_CACHE_CLEANUP                0x00000004
#define GL_CACHE_OPERATION              0x00000010
#define GL_HEALTH_CHECK                 0x00000020
#define GL_CONFIGURATION_CHANGE         0x00000040
#define GL_FILE_CHANGE                  0x00000080
#define GL_PRE_BEGIN_REQUEST            0x00000100
#define GL_APPLICATION_START            0x00000200
#define GL_APPLICATION_RESOLVE_MODULES  0x00000400
#define GL_APPLICATION_STOP             0x00000800
#define GL_RSCA_QUERY                   0x00001000
#define GL_TRACE_EVENT                  0x00002000
#define GL_CUSTOM_NOTIFICATION          0x00004000
#define GL_THREAD_CLEANUP               0x00008000
#define GL_APPLICATION_PRELOAD          0x00010000
#define GL_SUSPEND_PROCESS              0x00020000

// What a request handler tells the pipeline.
enum REQUEST_NOTIFICATION_STATUS {
    RQ_NOTIFICATION_CONTINUE,       // 0: go on with the next module / notification
    RQ_NOTIFICATION_PENDING,        // 1: an asynchronous operation is outstanding
    RQ_NOTIFICATION_FINISH_REQUEST  // 2: stop processing, finish the request
};

// What a global handler tells the server.
enum GLOBAL_NOTIFICATION_STATUS {
    GL_NOTIFICATION_CONTINUE, // 0
    GL_NOTIFICATION_HANDLED   // 1
};

enum CACHE_OPERATION {
    CACHE_OPERATION_RETRIEVE,     // 0
    CACHE_OPERATION_ADD,          // 1
    CACHE_OPERATION_DELETE,       // 2
    CACHE_OPERATION_FLUSH_PREFIX, // 3
    CACHE_OPERATION_ENUM          // 4
};

// Version selector of IHttpContext::GetExtendedInterface. Its enumerators are not modelled.
enum HTTP_CONTEXT_INTERFACE_VERSION {
};

// Priority aliases for SetPriorityFor*Notification. For RQ_SEND_RESPONSE the order is reversed
// (FIRST runs last).
#define PRIORITY_ALIAS_FIRST  L"FIRST"
#define PRIORITY_ALIAS_HIGH   L"HIGH"
#define PRIORITY_ALIAS_MEDIUM L"MEDIUM"
#define PRIORITY_ALIAS_LOW    L"LOW"
#define PRIORITY_ALIAS_LAST   L"LAST"

// IHttpContext::CloneContext flags.
#define CLONE_FLAG_BASICS               0x01
#define CLONE_FLAG_HEADERS              0x02
#define CLONE_FLAG_ENTITY               0x04
#define CLONE_FLAG_NO_PRECONDITION      0x08
#define CLONE_FLAG_NO_DAV               0x10
#define CLONE_FLAG_USER_CACHE_VARY_BY   0x20
#define CLONE_FLAG_SERVER_VARIABLE      0x40

// IHttpContext::ExecuteRequest flags.
#define EXECUTE_FLAG_NO_HEADERS                 0x01
#define EXECUTE_FLAG_IGNORE_CURRENT_INTERCEPTOR 0x02
#define EXECUTE_FLAG_IGNORE_APPPOOL             0x04
#define EXECUTE_FLAG_DISABLE_CUSTOM_ERROR       0x08
#define EXECUTE_FLAG_SAME_URL                   0x10
#define EXECUTE_FLAG_BUFFER_RESPONSE            0x20
#define EXECUTE_FLAG_HTTP_CACHE_ELIGIBLE        0x40

// Opaque module identity handed out by IHttpModuleRegistrationInfo::GetId. Never delete it.
typedef void* HTTP_MODULE_ID;

// The name IIS looks the module's entry point up by (a narrow string, as for GetProcAddress).
#define MODULE_REGISTERMODULE "RegisterModule"

// ---------------------------------------------------------------------------------------------
// 3. Forward declarations
// ---------------------------------------------------------------------------------------------
class CHttpModule;
class CGlobalModule;
class IHttpContext;
class IHttpServer;
class IHttpModuleFactory;
class IHttpModuleRegistrationInfo;
class IModuleAllocator;
class IHttpSite;
class IHttpApplication;
class IHttpConnection;
class IHttpRequest;
class IHttpResponse;
class IHttpUser;
class IHttpUrlInfo;
class IMetadataInfo;
class IScriptMapInfo;
class IHttpFileInfo;
class IHttpFileMonitor;
class IHttpCacheKey;
class IHttpCacheSpecificData;
class IHttpCachePolicy;
class IHttpTraceContext;
class IHttpPerfCounterInfo;
class IWpfSettings;
class IHttpStoredContext;
class IHttpConnectionStoredContext;
class IHttpModuleContextContainer;
class IHttpConnectionModuleContextContainer;
class IDispensedHttpModuleContextContainer;
class INamedContextContainer;
class IHttpEventProvider;
class IHttpCompletionInfo;
class IAuthenticationProvider;
class IMapHandlerProvider;
class ISendResponseProvider;
class IMapPathProvider;
class IReadEntityProvider;
class ICustomNotificationProvider;
class IPreBeginRequestProvider;
class IGlobalStopListeningProvider;
class ICacheProvider;
class IGlobalConfigurationChangeProvider;
class IGlobalFileChangeProvider;
class IHttpApplicationProvider;
class IHttpApplicationResolveModulesProvider;
class IGlobalRSCAQueryProvider;
class IGlobalTraceEventProvider;
class IGlobalThreadCleanupProvider;
class IGlobalApplicationPreloadProvider;
class IGlobalSuspendProcessCallback;

// The exported entry point's type. IIS calls the DLL's RegisterModule through it, with the IIS
// major version in dwServerVersion. The function must be exported by the plain name
// MODULE_REGISTERMODULE (a .def EXPORTS entry or /EXPORT:RegisterModule).
typedef HRESULT(WINAPI* PFN_REGISTERMODULE)(DWORD dwServerVersion,
                                            IHttpModuleRegistrationInfo* pModuleInfo,
                                            IHttpServer* pGlobalInfo);

// ---------------------------------------------------------------------------------------------
// 4. Stored contexts and their containers (documented order)
// ---------------------------------------------------------------------------------------------

// Module state attached to a request, site, application, ... IIS calls CleanupStoredContext
// once when the owner goes away; implementations usually `delete this` there.
class IISTIDY_UUID("f1927f76-790e-4ccb-a72e-396bdfdae05d") IHttpStoredContext {
public:
    virtual void CleanupStoredContext() = 0;
};

// Connection-scoped state; also told when the client disconnects.
class IHttpConnectionStoredContext : public IHttpStoredContext {
public:
    virtual void NotifyDisconnect() = 0;
};

class IISTIDY_UUID("d7fad7c9-aa27-4ab9-bd60-e55ccba3f5dc") IHttpModuleContextContainer {
public:
    virtual IHttpStoredContext* GetModuleContext(HTTP_MODULE_ID moduleId) = 0;
    // The parameter carries this name in the SDK although it is a single pointer.
    virtual HRESULT SetModuleContext(IHttpStoredContext* ppStoredContext,
                                     HTTP_MODULE_ID moduleId) = 0;
};

// A container the module got from IHttpServer::DispenseContainer and must release.
class IDispensedHttpModuleContextContainer : public IHttpModuleContextContainer {
public:
    virtual void ReleaseContainer() = 0;
};

// Contexts stored by name (IHttpContext3::GetNamedContextContainer).
class INamedContextContainer {
public:
    virtual IHttpStoredContext* GetNamedContext(LPCWSTR szName) = 0;
    virtual HRESULT SetNamedContext(IHttpStoredContext* ppStoredContext, LPCWSTR szName) = 0;
};

class IHttpConnectionModuleContextContainer : public IHttpModuleContextContainer {
public:
    virtual IHttpConnectionStoredContext* GetConnectionModuleContext(HTTP_MODULE_ID moduleId) = 0;
    virtual HRESULT SetConnectionModuleContext(IHttpConnectionStoredContext* ppStoredContext,
                                               HTTP_MODULE_ID moduleId) = 0;
};

// ---------------------------------------------------------------------------------------------
// 5. Interfaces declared with the members modules use
// ---------------------------------------------------------------------------------------------
// Note: for the interfaces in this section the fact sheet does not record the full member list
// or its order. The members below are the documented ones modules call; do not build a binary
// that calls through these vtables from this header.

class IHttpEventProvider {
public:
    virtual void SetErrorStatus(HRESULT hrError) = 0;
};

class IHttpCompletionInfo {
public:
    virtual DWORD GetCompletionBytes() const = 0;
    virtual HRESULT GetCompletionStatus() const = 0;
};

class IHttpPerfCounterInfo {
public:
    virtual void IncrementCounter(DWORD dwCounterIndex, DWORD dwValue = 1) = 0;
    virtual void DecrementCounter(DWORD dwCounterIndex, DWORD dwValue = 1) = 0;
};

class IHttpTraceContext {
public:
    virtual HRESULT GetTraceConfiguration(HTTP_TRACE_CONFIGURATION* pHttpTraceConfiguration) = 0;
    virtual HRESULT SetTraceConfiguration(HTTP_MODULE_ID moduleId,
                                          HTTP_TRACE_CONFIGURATION* pHttpTraceConfiguration,
                                          DWORD cHttpTraceConfiguration = 1) = 0;
    virtual HRESULT RaiseTraceEvent(HTTP_TRACE_EVENT* pHttpTraceEvent) = 0;
    virtual const GUID* GetTraceActivityId() = 0;
};

class IHttpSite {
public:
    virtual DWORD GetSiteId() const = 0;
    virtual PCWSTR GetSiteName() const = 0;
    virtual IHttpModuleContextContainer* GetModuleContextContainer() = 0;
    virtual IHttpPerfCounterInfo* GetPerfCounterInfo() = 0;
};

class IHttpApplication {
public:
    virtual PCWSTR GetApplicationPhysicalPath() const = 0;
    virtual PCWSTR GetApplicationId() const = 0;
    virtual PCWSTR GetAppConfigPath() const = 0;
    virtual IHttpModuleContextContainer* GetModuleContextContainer() = 0;
};

class IHttpUrlInfo {
public:
    virtual IHttpModuleContextContainer* GetModuleContextContainer() = 0;
    virtual BOOL IsFrequentlyHit() const = 0;
};

class IMetadataInfo {
public:
    virtual PCWSTR GetMetaPath() const = 0;
    virtual PCWSTR GetVrPath() const = 0;
    virtual HANDLE GetVrToken() = 0;
    virtual IHttpModuleContextContainer* GetModuleContextContainer() = 0;
};

class IScriptMapInfo {
public:
    virtual PCWSTR GetPath() const = 0;
    virtual PCSTR GetAllowedVerbs() const = 0;
    virtual PCWSTR GetModules(DWORD* pcchModules = NULL) const = 0;
    virtual PCWSTR GetScriptProcessor(DWORD* pcchScriptProcessor = NULL) const = 0;
    virtual PCWSTR GetManagedType(DWORD* pcchManagedType = NULL) const = 0;
    virtual BOOL GetAllowPathInfoForScriptMappings() const = 0;
    virtual DWORD GetRequiredAccess() const = 0;
    virtual DWORD GetResourceType() const = 0;
    virtual BOOL GetIsStarScriptMap() const = 0;
    virtual DWORD GetResponseBufferLimit() const = 0;
    virtual PCWSTR GetName() const = 0;
};

class IHttpCacheKey {
public:
    virtual DWORD GetHash() const = 0;
    virtual PCWSTR GetCacheName() const = 0;
    virtual bool GetIsEqual(IHttpCacheKey* pCacheCompareKey) const = 0;
    virtual bool GetIsPrefix(IHttpCacheKey* pCacheCompareKey) const = 0;
    virtual void Enum(IHttpCacheSpecificData* pCacheSpecificData) = 0;
};

// Reference-counted cache entries: release with DereferenceCacheData, never delete.
class IHttpCacheSpecificData {
public:
    virtual IHttpCacheKey* GetCacheKey() const = 0;
    virtual void ReferenceCacheData() = 0;
    virtual void DereferenceCacheData() = 0;
    virtual void ResetTTL() = 0;
    virtual void DecrementTTL(BOOL* pfTTLExpired) = 0;
    virtual void SetFlushed() = 0;
    virtual BOOL GetFlushed() const = 0;
};

class IHttpFileInfo : public IHttpCacheSpecificData {
public:
    virtual DWORD GetAttributes() const = 0;
    virtual void GetSize(ULARGE_INTEGER* pliSize) const = 0;
    virtual const BYTE* GetFileBuffer() const = 0;
    virtual HANDLE GetFileHandle() const = 0;
    virtual PCWSTR GetFilePath() const = 0;
    virtual PCSTR GetETag(USHORT* pcchETag = NULL) const = 0;
    virtual void GetLastModifiedTime(FILETIME* pFileTime) const = 0;
    virtual PCSTR GetLastModifiedString() const = 0;
    virtual BOOL GetHttpCacheAllowed(DWORD* pSecondsToLive) const = 0;
    virtual HRESULT AccessCheck(HANDLE hUserToken, PSID pUserSid) = 0;
    virtual HANDLE GetVrToken() const = 0;
    virtual PCWSTR GetVrPath() const = 0;
    virtual IHttpModuleContextContainer* GetModuleContextContainer() = 0;
    virtual BOOL CheckIfFileHasChanged(HANDLE hUserToken) = 0;
};

// Returned by IHttpServer::RegisterFileChangeMonitor; release with DereferenceFileMonitor.
class IHttpFileMonitor {
public:
    virtual IHttpModuleContextContainer* GetModuleContextContainer() = 0;
    virtual void DereferenceFileMonitor() = 0;
};

class IHttpCachePolicy {
public:
    virtual HTTP_CACHE_POLICY* GetKernelCachePolicy() = 0;
    virtual void SetKernelCacheInvalidatorSet() = 0;
    virtual HTTP_CACHE_POLICY* GetUserCachePolicy() = 0;
    virtual HRESULT AppendVaryByHeader(PCSTR pszHeader) = 0;
    virtual PCSTR GetVaryByHeaders() const = 0;
    virtual HRESULT AppendVaryByQueryString(PCSTR pszParam) = 0;
    virtual PCSTR GetVaryByQueryStrings() const = 0;
    virtual HRESULT SetVaryByValue(PCSTR pszValue) = 0;
    virtual PCSTR GetVaryByValue() const = 0;
    virtual BOOL IsUserCacheEnabled() const = 0;
    virtual void DisableUserCache() = 0;
    virtual BOOL IsCached() const = 0;
    virtual void SetIsCached() = 0;
    virtual BOOL GetKernelCacheInvalidatorSet() const = 0;
};

// Worker-process settings (IHttpServer::GetWorkerProcessSettings); members not modelled.
class IWpfSettings {
};

// The authenticated (or anonymous) user of a request. Reference-counted.
class IHttpUser {
public:
    virtual PCWSTR GetRemoteUserName() = 0;
    virtual PCWSTR GetUserName() = 0;
    virtual PCWSTR GetAuthenticationType() = 0;
    virtual PCWSTR GetPassword() = 0;
    virtual HANDLE GetImpersonationToken() = 0;
    virtual HANDLE GetPrimaryToken() = 0;
    virtual void ReferenceUser() = 0;
    virtual void DereferenceUser() = 0;
    virtual BOOL SupportsIsInRole() = 0;
    virtual HRESULT IsInRole(PCWSTR pszRoleName, BOOL* pfInRole) = 0;
    virtual PVOID GetUserVariable(PCSTR pszVariableName) = 0;
};

// The client connection of a request.
class IHttpConnection {
public:
    virtual BOOL IsConnected() const = 0;
    // Documented with the same request-lifetime wording as IHttpContext::AllocateRequestMemory.
    virtual void* AllocateMemory(DWORD cbAllocation) = 0;
    virtual IHttpConnectionModuleContextContainer* GetModuleContextContainer() = 0;
};

class IHttpRequest {
public:
    virtual HTTP_REQUEST* GetRawHttpRequest() = 0;
    virtual const HTTP_REQUEST* GetRawHttpRequest() const = 0;
    virtual PCSTR GetHeader(PCSTR pszHeaderName, USHORT* pcchHeaderValue = NULL) const = 0;
    virtual PCSTR GetHeader(HTTP_HEADER_ID ulHeaderIndex, USHORT* pcchHeaderValue = NULL) const = 0;
    virtual HRESULT SetHeader(PCSTR pszHeaderName, PCSTR pszHeaderValue, USHORT cchHeaderValue,
                              BOOL fReplace) = 0;
    virtual HRESULT SetHeader(HTTP_HEADER_ID ulHeaderIndex, PCSTR pszHeaderValue,
                              USHORT cchHeaderValue, BOOL fReplace) = 0;
    virtual HRESULT DeleteHeader(PCSTR pszHeaderName) = 0;
    virtual HRESULT DeleteHeader(HTTP_HEADER_ID ulHeaderIndex) = 0;
    virtual PCSTR GetHttpMethod() const = 0;
    virtual HRESULT SetHttpMethod(PCSTR pszHttpMethod) = 0;
    virtual HRESULT SetUrl(PCWSTR pszUrl, DWORD cchUrl, BOOL fResetQueryString) = 0;
    virtual HRESULT SetUrl(PCSTR pszUrl, DWORD cchUrl, BOOL fResetQueryString) = 0;
    virtual BOOL GetUrlChanged() const = 0;
    virtual PCWSTR GetForwardedUrl() const = 0;
    virtual PSOCKADDR GetLocalAddress() const = 0;
    virtual PSOCKADDR GetRemoteAddress() const = 0;
    virtual HRESULT ReadEntityBody(void* pvBuffer, DWORD cbBuffer, BOOL fAsync,
                                   DWORD* pcbBytesReceived, BOOL* pfCompletionPending = NULL) = 0;
    // IIS keeps a reference to pvBuffer, not a copy: it must live until the request ends.
    virtual HRESULT InsertEntityBody(void* pvBuffer, DWORD cbBuffer) = 0;
    virtual DWORD GetRemainingEntityBytes() = 0;
    virtual void GetHttpVersion(USHORT* pMajorVersion, USHORT* pMinorVersion) const = 0;
    virtual HRESULT GetClientCertificate(HTTP_SSL_CLIENT_CERT_INFO** ppClientCertInfo,
                                         BOOL* pfClientCertNegotiated) = 0;
    virtual HRESULT NegotiateClientCertificate(BOOL fAsync, BOOL* pfCompletionPending = NULL) = 0;
    virtual DWORD GetSiteId() const = 0;
    virtual HRESULT GetHeaderChanges(DWORD dwOldChangeNumber, DWORD* pdwNewChangeNumber,
                                     PCSTR knownHeaderSnapshot[HttpHeaderRequestMaximum],
                                     DWORD* pdwUnknownHeaderSnapshot,
                                     PCSTR** ppUnknownHeaderNameSnapshot,
                                     PCSTR** ppUnknownHeaderValueSnapshot,
                                     DWORD diffedKnownHeaderIndices[HttpHeaderRequestMaximum + 1],
                                     DWORD* pdwDiffedUnknownHeaders,
                                     DWORD** ppDiffedUnknownHeaderIndices) = 0;
};

class IHttpResponse {
public:
    virtual HTTP_RESPONSE* GetRawHttpResponse() = 0;
    virtual const HTTP_RESPONSE* GetRawHttpResponse() const = 0;
    virtual IHttpCachePolicy* GetCachePolicy() = 0;
    virtual HRESULT SetStatus(USHORT statusCode, PCSTR pszReason, USHORT uSubStatus = 0,
                              HRESULT hrErrorToReport = S_OK,
                              IAppHostConfigException* pException = NULL,
                              BOOL fTrySkipCustomErrors = FALSE) = 0;
    virtual HRESULT SetHeader(PCSTR pszHeaderName, PCSTR pszHeaderValue, USHORT cchHeaderValue,
                              BOOL fReplace) = 0;
    virtual HRESULT SetHeader(HTTP_HEADER_ID ulHeaderIndex, PCSTR pszHeaderValue,
                              USHORT cchHeaderValue, BOOL fReplace) = 0;
    virtual HRESULT DeleteHeader(PCSTR pszHeaderName) = 0;
    virtual HRESULT DeleteHeader(HTTP_HEADER_ID ulHeaderIndex) = 0;
    virtual PCSTR GetHeader(PCSTR pszHeaderName, USHORT* pcchHeaderValue = NULL) const = 0;
    virtual PCSTR GetHeader(HTTP_HEADER_ID ulHeaderIndex, USHORT* pcchHeaderValue = NULL) const = 0;
    virtual void Clear() = 0;
    virtual void ClearHeaders() = 0;
    virtual void SetNeedDisconnect() = 0;
    virtual void ResetConnection() = 0;
    virtual void DisableKernelCache(ULONG reason = 9) = 0;
    virtual BOOL GetKernelCacheEnabled() const = 0;
    virtual void SuppressHeaders() = 0;
    virtual BOOL GetHeadersSuppressed() const = 0;
    virtual HRESULT Flush(BOOL fAsync, BOOL fMoreData, DWORD* pcbSent,
                          BOOL* pfCompletionExpected = NULL) = 0;
    virtual HRESULT Redirect(PCSTR pszUrl, BOOL fResetStatusCode = TRUE,
                             BOOL fIncludeParameters = FALSE) = 0;
    // IIS keeps a reference to the chunk's buffer, not a copy: it must outlive the response.
    virtual HRESULT WriteEntityChunkByReference(HTTP_DATA_CHUNK* pDataChunk,
                                                LONG lInsertPosition = -1) = 0;
    // Buffered responses copy the chunks; unbuffered asynchronous writes need them to survive
    // until the completion.
    virtual HRESULT WriteEntityChunks(HTTP_DATA_CHUNK* pDataChunks, DWORD nChunks, BOOL fAsync,
                                      BOOL fMoreData, DWORD* pcbSent,
                                      BOOL* pfCompletionExpected = NULL) = 0;
    virtual void DisableBuffering() = 0;
    virtual void GetStatus(USHORT* pStatusCode, USHORT* pSubStatus = NULL,
                           PCSTR* ppszReason = NULL, USHORT* pcchReason = NULL,
                           HRESULT* phrErrorToReport = NULL, PCWSTR* ppszModule = NULL,
                           DWORD* pdwNotification = NULL,
                           IAppHostConfigException** ppException = NULL,
                           BOOL* pfTrySkipCustomErrors = NULL) = 0;
    virtual HRESULT SetErrorDescription(PCWSTR pszDescription, DWORD cchDescription,
                                        BOOL fHtmlEncode = TRUE) = 0;
    virtual PCWSTR GetErrorDescription(DWORD* pcchDescription = NULL) = 0;
    virtual HRESULT GetHeaderChanges(DWORD dwOldChangeNumber, DWORD* pdwNewChangeNumber,
                                     PCSTR knownHeaderSnapshot[HttpHeaderResponseMaximum],
                                     DWORD* pdwUnknownHeaderSnapshot,
                                     PCSTR** ppUnknownHeaderNameSnapshot,
                                     PCSTR** ppUnknownHeaderValueSnapshot,
                                     DWORD diffedKnownHeaderIndices[HttpHeaderResponseMaximum + 1],
                                     DWORD* pdwDiffedUnknownHeaders,
                                     DWORD** ppDiffedUnknownHeaderIndices) = 0;
    virtual void CloseConnection() = 0;
};

// ---------------------------------------------------------------------------------------------
// 6. Providers: the second parameter of the handlers (same caveat as section 5 on order)
// ---------------------------------------------------------------------------------------------

// Request-level providers.
class IAuthenticationProvider : public IHttpEventProvider {
public:
    // The user object is handed to IIS, which releases it.
    virtual void SetUser(IHttpUser* pUser) = 0;
};

class IMapHandlerProvider : public IHttpEventProvider {
public:
    virtual HRESULT SetScriptName(PCWSTR pszScriptName, DWORD cchScriptName) = 0;
    virtual void SetScriptMap(IScriptMapInfo* pScriptMap) = 0;
    virtual void SetFileInfo(IHttpFileInfo* pFileInfo) = 0;
};

class ISendResponseProvider : public IHttpEventProvider {
public:
    virtual BOOL GetHeadersBeingSent() const = 0;
    virtual DWORD GetFlags() const = 0;
    virtual void SetFlags(DWORD dwFlags) = 0;
    virtual HTTP_LOG_DATA* GetLogData() const = 0;
    virtual HRESULT SetLogData(HTTP_LOG_DATA* pLogData) = 0;
    virtual BOOL GetReadyToLogData() const = 0;
};

class IMapPathProvider : public IHttpEventProvider {
public:
    virtual PCWSTR GetUrl() const = 0;
    virtual PCWSTR GetPhysicalPath() const = 0;
    virtual HRESULT SetPhysicalPath(PCWSTR pszPhysicalPath, DWORD cchPhysicalPath) = 0;
};

class IReadEntityProvider : public IHttpEventProvider {
public:
    virtual void GetEntity(PVOID* ppBuffer, DWORD* pcbData, DWORD* pcbBuffer) = 0;
    virtual void SetEntity(PVOID pBuffer, DWORD cbData, DWORD cbBuffer) = 0;
};

class ICustomNotificationProvider : public IHttpEventProvider {
public:
    virtual PCWSTR QueryNotificationType() = 0;
};

// Global providers.
class IPreBeginRequestProvider : public IHttpEventProvider {
public:
    // The request this (global, but request-scoped) notification is about.
    virtual IHttpContext* GetHttpContext() = 0;
};

class IGlobalStopListeningProvider : public IHttpEventProvider {
public:
    virtual BOOL DrainRequestsGracefully() = 0;
};

class ICacheProvider : public IHttpEventProvider {
public:
    virtual CACHE_OPERATION GetCacheOperation() const = 0;
    virtual IHttpCacheKey* GetCacheKey() const = 0;
    virtual IHttpCacheSpecificData* GetCacheRecord() const = 0;
    virtual void SetCacheRecord(IHttpCacheSpecificData* pCacheRecord) = 0;
    virtual IHttpTraceContext* GetTraceContext() const = 0;
};

class IGlobalConfigurationChangeProvider : public IHttpEventProvider {
public:
    virtual PCWSTR GetChangePath() = 0;
};

class IGlobalFileChangeProvider : public IHttpEventProvider {
public:
    virtual PCWSTR GetFileName() = 0;
    virtual IHttpFileMonitor* GetFileMonitor() = 0;
};

class IHttpApplicationProvider : public IHttpEventProvider {
public:
    virtual IHttpApplication* GetApplication() = 0;
};
typedef IHttpApplicationProvider IHttpApplicationStartProvider;
typedef IHttpApplicationProvider IHttpApplicationStopProvider;

// Not to be confused with the DLL's exported RegisterModule: this one is a member function
// that registers a (child) module for an application.
class IHttpApplicationResolveModulesProvider : public IHttpApplicationProvider {
public:
    virtual HRESULT RegisterModule(HTTP_MODULE_ID parentModuleId,
                                   IHttpModuleFactory* pModuleFactory, PCWSTR pszModuleName,
                                   PCWSTR pszModuleType, PCWSTR pszModulePreCondition,
                                   DWORD dwRequestNotifications,
                                   DWORD dwPostRequestNotifications) = 0;
    virtual HRESULT SetPriorityForRequestNotification(PCWSTR pszModuleName,
                                                      DWORD dwRequestNotification,
                                                      PCWSTR pszPriorityAlias) = 0;
};

class IGlobalRSCAQueryProvider : public IHttpEventProvider {
public:
    virtual PCWSTR GetFunctionName() const = 0;
    virtual PCWSTR GetFunctionParameters() const = 0;
    // IIS owns the output buffer; callers must not free it.
    virtual HRESULT GetOutputBuffer(DWORD cbBuffer, BYTE** ppbBuffer) = 0;
    virtual HRESULT ResizeOutputBuffer(DWORD cbNewBuffer, DWORD cbBytesToCopy,
                                       BYTE** ppbBuffer) = 0;
    virtual void SetResult(DWORD cbData, HRESULT hr) = 0;
};

class IGlobalTraceEventProvider : public IHttpEventProvider {
public:
    virtual HRESULT GetTraceEvent(HTTP_TRACE_EVENT** ppTraceEvent) = 0;
    virtual BOOL CheckSubscription(DWORD dwVerbosity) = 0;
    // The request being traced, if there is one.
    virtual HRESULT GetCurrentHttpRequestContext(IHttpContext** ppHttpContext) = 0;
};

class IGlobalThreadCleanupProvider : public IHttpEventProvider {
public:
    virtual IHttpApplication* GetApplication() = 0;
};

class IGlobalApplicationPreloadProvider : public IHttpEventProvider {
public:
    virtual HRESULT CreateContext(IHttpContext** ppHttpContext) = 0;
    virtual HRESULT ExecuteRequest(IHttpContext* pHttpContext, IHttpUser* pHttpUser) = 0;
};

// Handed back by CGlobalModule::OnSuspendProcess; IIS calls ResumeProcess on it later.
class IGlobalSuspendProcessCallback {
public:
    virtual void ResumeProcess() = 0;
};

// ---------------------------------------------------------------------------------------------
// 7. IHttpContext (documented v1 order)
// ---------------------------------------------------------------------------------------------
class IHttpContext {
public:
    // Objects owned by the context: do not free them.
    virtual IHttpSite* GetSite() = 0;
    virtual IHttpApplication* GetApplication() = 0;
    virtual IHttpConnection* GetConnection() = 0;
    virtual IHttpRequest* GetRequest() = 0;
    virtual IHttpResponse* GetResponse() = 0;
    virtual BOOL GetResponseHeadersSent() const = 0;
    virtual IHttpUser* GetUser() const = 0;
    virtual IHttpModuleContextContainer* GetModuleContextContainer() = 0;

    virtual void IndicateCompletion(REQUEST_NOTIFICATION_STATUS notificationStatus) = 0;
    virtual HRESULT PostCompletion(DWORD cbBytes) = 0;
    virtual void DisableNotifications(DWORD dwNotifications, DWORD dwPostNotifications) = 0;
    virtual BOOL GetNextNotification(REQUEST_NOTIFICATION_STATUS status, DWORD* pdwNotification,
                                     BOOL* pfIsPostNotification, CHttpModule** ppModuleInfo,
                                     IHttpEventProvider** ppRequestOutput) = 0;
    virtual BOOL GetIsLastNotification(REQUEST_NOTIFICATION_STATUS status) = 0;
    virtual HRESULT ExecuteRequest(BOOL fAsync, IHttpContext* pHttpContext, DWORD dwExecuteFlags,
                                   IHttpUser* pHttpUser, BOOL* pfCompletionExpected = NULL) = 0;
    virtual DWORD GetExecuteFlags() const = 0;

    virtual HRESULT GetServerVariable(PCSTR pszVariableName, PCWSTR* ppszValue,
                                      DWORD* pcchValueLength) = 0;
    virtual HRESULT GetServerVariable(PCSTR pszVariableName, PCSTR* ppszValue,
                                      DWORD* pcchValueLength) = 0;
    virtual HRESULT SetServerVariable(PCSTR pszVariableName, PCWSTR pszVariableValue) = 0;

    // Memory from the request's pool: it lives until the request ends and IIS reclaims it.
    // There is no function to free it. May return NULL.
    virtual void* AllocateRequestMemory(DWORD cbAllocation) = 0;

    virtual IHttpUrlInfo* GetUrlInfo() = 0;
    virtual IMetadataInfo* GetMetadata() = 0;
    virtual PCWSTR GetPhysicalPath(DWORD* pcchPhysicalPath = NULL) = 0;
    virtual PCWSTR GetScriptName(DWORD* pcchScriptName = NULL) const = 0;
    virtual PCWSTR GetScriptTranslated(DWORD* pcchScriptTranslated = NULL) = 0;
    virtual IScriptMapInfo* GetScriptMap() const = 0;
    virtual void SetRequestHandled() = 0;
    virtual IHttpFileInfo* GetFileInfo() const = 0;
    virtual HRESULT MapPath(PCWSTR pszUrl, PWSTR pszPhysicalPath, DWORD* pcbPhysicalPath) = 0;
    virtual HRESULT NotifyCustomNotification(ICustomNotificationProvider* pCustomOutput,
                                             BOOL* pfCompletionExpected) = 0;
    virtual IHttpContext* GetParentContext() const = 0;
    virtual IHttpContext* GetRootContext() const = 0;

    // Clones must be released with ReleaseClonedContext, in reverse order of creation.
    virtual HRESULT CloneContext(DWORD dwCloneFlags, IHttpContext** ppHttpContext) = 0;
    virtual HRESULT ReleaseClonedContext() = 0;

    virtual HRESULT GetCurrentExecutionStats(DWORD* pdwNotification,
                                             DWORD* pdwNotificationStartTickCount = NULL,
                                             PCWSTR* ppszModule = NULL,
                                             DWORD* pdwModuleStartTickCount = NULL,
                                             DWORD* pdwAsyncNotification = NULL,
                                             DWORD* pdwAsyncNotificationStartTickCount = NULL)
        const = 0;
    virtual IHttpTraceContext* GetTraceContext() const = 0;
    virtual HRESULT GetServerVarChanges(DWORD dwOldChangeNumber, DWORD* pdwNewChangeNumber,
                                        DWORD* pdwVariableSnapshot,
                                        PCSTR** ppVariableNameSnapshot,
                                        PCWSTR** ppVariableValueSnapshot,
                                        DWORD* pdwDiffedVariables,
                                        DWORD** ppDiffedVariableIndices) = 0;
    virtual HRESULT CancelIo() = 0;
    virtual HRESULT MapHandler(DWORD dwSiteId, PCWSTR pszSiteName, PCWSTR pszUrl, PCSTR pszVerb,
                               IScriptMapInfo** ppScriptMap,
                               BOOL fIgnoreWildcardMappings = FALSE) = 0;
    // Deprecated in later SDKs in favour of the HttpGetExtendedInterface template.
    virtual HRESULT GetExtendedInterface(HTTP_CONTEXT_INTERFACE_VERSION version,
                                         PVOID* ppInterface) = 0;
};

// Later context versions. Only IHttpContext3::GetNamedContextContainer is modelled; the other
// members of these interfaces, and therefore its slot, are not.
class IHttpContext2 : public IHttpContext {
};

class IHttpContext3 : public IHttpContext2 {
public:
    virtual INamedContextContainer* GetNamedContextContainer() = 0;
};

// ---------------------------------------------------------------------------------------------
// 8. IHttpServer (documented order)
// ---------------------------------------------------------------------------------------------
class IHttpServer {
public:
    virtual BOOL IsCommandLineLaunch() const = 0;
    virtual PCWSTR GetAppPoolName() const = 0;
    virtual HRESULT AssociateWithThreadPool(HANDLE hHandle,
                                            LPOVERLAPPED_COMPLETION_ROUTINE completionRoutine) = 0;
    virtual void IncrementThreadCount() = 0;
    virtual void DecrementThreadCount() = 0;
    virtual void ReportUnhealthy(PCWSTR pszReasonString, HRESULT hrReason) = 0;
    virtual void RecycleProcess(PCWSTR pszReason) = 0;
    virtual IAppHostAdminManager* GetAdminManager() const = 0;
    // The file info is reference-counted: release with DereferenceCacheData.
    virtual HRESULT GetFileInfo(PCWSTR pszPhysicalPath, HANDLE hUserToken, PSID pSid,
                                PCWSTR pszChangeNotificationPath,
                                HANDLE hChangeNotificationToken, BOOL fCache,
                                IHttpFileInfo** ppFileInfo,
                                IHttpTraceContext* pHttpTraceContext = NULL) = 0;
    virtual HRESULT FlushKernelCache(PCWSTR pszUrl) = 0;
    virtual HRESULT DoCacheOperation(CACHE_OPERATION cacheOperation, IHttpCacheKey* pCacheKey,
                                     IHttpCacheSpecificData** ppCacheSpecificData,
                                     IHttpTraceContext* pHttpTraceContext = NULL) = 0;
    virtual GLOBAL_NOTIFICATION_STATUS
    NotifyCustomNotification(ICustomNotificationProvider* pCustomOutput) = 0;
    virtual IHttpPerfCounterInfo* GetPerfCounterInfo() = 0;
    virtual void RecycleApplication(PCWSTR pszAppConfigPath) = 0;
    virtual void NotifyConfigurationChange(PCWSTR pszPath) = 0;
    virtual void NotifyFileChange(PCWSTR pszFileName) = 0;
    // A new container that the caller releases with ReleaseContainer.
    virtual IDispensedHttpModuleContextContainer* DispenseContainer() = 0;
    virtual HRESULT AddFragmentToCache(HTTP_DATA_CHUNK* pDataChunk, PCWSTR pszFragmentName) = 0;
    virtual HRESULT ReadFragmentFromCache(PCWSTR pszFragmentName, BYTE* pvBuffer, DWORD cbSize,
                                          DWORD* pcbCopied) = 0;
    virtual HRESULT RemoveFragmentFromCache(PCWSTR pszFragmentName) = 0;
    virtual HRESULT GetWorkerProcessSettings(IWpfSettings** ppWorkerProcessSettings) = 0;
    virtual HRESULT GetProtocolManagerCustomInterface(PCWSTR pProtocolManagerDll,
                                                      PCWSTR pProtocolManagerDllInitFunction,
                                                      DWORD dwCustomInterfaceId,
                                                      PVOID* ppCustomInterface) = 0;
    virtual BOOL SatisfiesPrecondition(PCWSTR pszPrecondition,
                                       BOOL* pfUnknownPrecondition = NULL) const = 0;
    virtual IHttpTraceContext* GetTraceContext() const = 0;
    // Release the monitor with IHttpFileMonitor::DereferenceFileMonitor.
    virtual HRESULT RegisterFileChangeMonitor(PCWSTR pszPath, HANDLE hToken,
                                              IHttpFileMonitor** ppFileMonitor) = 0;
    virtual HRESULT GetExtendedInterface(const GUID& Version1, PVOID pInput,
                                         const GUID& Version2, PVOID* ppOutput) = 0;
};

// ---------------------------------------------------------------------------------------------
// 9. CHttpModule: the request-level module base class (documented order)
// ---------------------------------------------------------------------------------------------
// Every handler is virtual but not pure. The default bodies run only when the module registered
// for a notification without overriding its handler: they report that on the debugger output,
// break into the debugger and let the request continue.
class CHttpModule {
public:
    virtual REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext* pHttpContext,
                                                       IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnBeginRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostBeginRequest(IHttpContext* pHttpContext,
                                                           IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostBeginRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext* pHttpContext,
                                                              IAuthenticationProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnAuthenticateRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostAuthenticateRequest(IHttpContext* pHttpContext,
                                                                  IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostAuthenticateRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnAuthorizeRequest(IHttpContext* pHttpContext,
                                                           IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnAuthorizeRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostAuthorizeRequest(IHttpContext* pHttpContext,
                                                               IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostAuthorizeRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnResolveRequestCache(IHttpContext* pHttpContext,
                                                              IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnResolveRequestCache reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostResolveRequestCache(IHttpContext* pHttpContext,
                                                                  IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostResolveRequestCache reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnMapRequestHandler(IHttpContext* pHttpContext,
                                                            IMapHandlerProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnMapRequestHandler reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostMapRequestHandler(IHttpContext* pHttpContext,
                                                                IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostMapRequestHandler reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnAcquireRequestState(IHttpContext* pHttpContext,
                                                              IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnAcquireRequestState reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostAcquireRequestState(IHttpContext* pHttpContext,
                                                                  IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostAcquireRequestState reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPreExecuteRequestHandler(IHttpContext* pHttpContext,
                                                                   IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPreExecuteRequestHandler reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS
    OnPostPreExecuteRequestHandler(IHttpContext* pHttpContext, IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostPreExecuteRequestHandler reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnExecuteRequestHandler(IHttpContext* pHttpContext,
                                                                IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnExecuteRequestHandler reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostExecuteRequestHandler(IHttpContext* pHttpContext,
                                                                    IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostExecuteRequestHandler reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnReleaseRequestState(IHttpContext* pHttpContext,
                                                              IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnReleaseRequestState reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostReleaseRequestState(IHttpContext* pHttpContext,
                                                                  IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostReleaseRequestState reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnUpdateRequestCache(IHttpContext* pHttpContext,
                                                             IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnUpdateRequestCache reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostUpdateRequestCache(IHttpContext* pHttpContext,
                                                                 IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostUpdateRequestCache reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext* pHttpContext,
                                                     IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnLogRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostLogRequest(IHttpContext* pHttpContext,
                                                         IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostLogRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext* pHttpContext,
                                                     IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnEndRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnPostEndRequest(IHttpContext* pHttpContext,
                                                         IHttpEventProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnPostEndRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext* pHttpContext,
                                                       ISendResponseProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnSendResponse reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnMapPath(IHttpContext* pHttpContext,
                                                  IMapPathProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnMapPath reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS OnReadEntity(IHttpContext* pHttpContext,
                                                     IReadEntityProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnReadEntity reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    virtual REQUEST_NOTIFICATION_STATUS
    OnCustomRequestNotification(IHttpContext* pHttpContext, ICustomNotificationProvider* pProvider)
    {
        (void)pHttpContext;
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CHttpModule::OnCustomRequestNotification reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    // Called when an operation the module started asynchronously completes. No mask bit
    // subscribes to it.
    virtual REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext* pHttpContext,
                                                          DWORD dwNotification,
                                                          BOOL fPostNotification,
                                                          IHttpEventProvider* pProvider,
                                                          IHttpCompletionInfo* pCompletionInfo)
    {
        (void)pHttpContext;
        (void)dwNotification;
        (void)fPostNotification;
        (void)pProvider;
        (void)pCompletionInfo;
        OutputDebugStringA("httpserv.h: CHttpModule::OnAsyncCompletion reached: "
                           "the module started an asynchronous operation but does not "
                           "override it.\n");
        DebugBreak();
        return RQ_NOTIFICATION_CONTINUE;
    }

    // IIS calls Dispose at the end of the request. The default suits a module created with
    // plain `new`; a module placed in pool memory must not reach `delete this` with it.
    virtual void Dispose()
    {
        delete this;
    }

protected:
    CHttpModule()
    {
    }

    virtual ~CHttpModule()
    {
    }
};

// ---------------------------------------------------------------------------------------------
// 10. CGlobalModule: the global-level module base class (documented order)
// ---------------------------------------------------------------------------------------------
// Only Terminate is pure. There is deliberately no destructor declaration (as in the SDK): the
// implicit destructor is public and not virtual, so never delete through a CGlobalModule*;
// Terminate is where the module frees itself.
class CGlobalModule {
public:
    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalStopListening(IGlobalStopListeningProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalStopListening reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalCacheCleanup()
    {
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalCacheCleanup reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalCacheOperation(ICacheProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalCacheOperation reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalHealthCheck()
    {
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalHealthCheck reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalConfigurationChange(IGlobalConfigurationChangeProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalConfigurationChange reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalFileChange(IGlobalFileChangeProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalFileChange reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    // Global, but about one request: IPreBeginRequestProvider::GetHttpContext gives it.
    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalPreBeginRequest(IPreBeginRequestProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalPreBeginRequest reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalApplicationStart(IHttpApplicationStartProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalApplicationStart reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalApplicationResolveModules(IHttpApplicationResolveModulesProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalApplicationResolveModules "
                           "reached: the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalApplicationStop(IHttpApplicationStopProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalApplicationStop reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalRSCAQuery(IGlobalRSCAQueryProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalRSCAQuery reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalTraceEvent(IGlobalTraceEventProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalTraceEvent reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalCustomNotification(ICustomNotificationProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalCustomNotification reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    // Called before the module is unloaded; the module frees its CGlobalModule object here.
    virtual void Terminate() = 0;

    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalThreadCleanup(IGlobalThreadCleanupProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalThreadCleanup reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS
    OnGlobalApplicationPreload(IGlobalApplicationPreloadProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnGlobalApplicationPreload reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    // Note the name: not OnGlobal*. pCallback is an out-parameter.
    virtual GLOBAL_NOTIFICATION_STATUS OnSuspendProcess(IGlobalSuspendProcessCallback** pCallback)
    {
        (void)pCallback;
        OutputDebugStringA("httpserv.h: CGlobalModule::OnSuspendProcess reached: "
                           "the module registered for it but does not override it.\n");
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }
};

// ---------------------------------------------------------------------------------------------
// 11. Module factory, allocator and registration (documented order)
// ---------------------------------------------------------------------------------------------

// Handed to GetHttpModule. Memory comes from the current request's pool, is reclaimed by IIS
// at the end of the request and must not be freed. May return NULL.
class IISTIDY_UUID("85c1679c-0b21-491c-afb5-c7b5c86464c4") IModuleAllocator {
public:
    virtual void* AllocateMemory(DWORD cbAllocation) = 0;
};

// The module's factory: IIS asks it for one CHttpModule per request and calls Terminate when
// the module is unloaded (where the factory usually deletes itself).
class IISTIDY_UUID("ba32d330-9ea8-4b9e-89f1-8c76a323277f") IHttpModuleFactory {
public:
    virtual HRESULT GetHttpModule(CHttpModule** ppModule, IModuleAllocator* pAllocator) = 0;
    virtual void Terminate() = 0;
};

// Given to RegisterModule: where the module subscribes to notifications.
class IISTIDY_UUID("07e5beb3-b798-459d-a98a-e6c485b2b3bc") IHttpModuleRegistrationInfo {
public:
    // The module name as configured in applicationHost.config.
    virtual PCWSTR GetName() const = 0;
    virtual HTTP_MODULE_ID GetId() const = 0;
    virtual HRESULT SetRequestNotifications(IHttpModuleFactory* pModuleFactory,
                                            DWORD dwRequestNotifications,
                                            DWORD dwPostRequestNotifications) = 0;
    virtual HRESULT SetGlobalNotifications(CGlobalModule* pGlobalModule,
                                           DWORD dwGlobalNotifications) = 0;
    virtual HRESULT SetPriorityForRequestNotification(DWORD dwRequestNotification,
                                                      PCWSTR pszPriority) = 0;
    virtual HRESULT SetPriorityForGlobalNotification(DWORD dwGlobalNotification,
                                                     PCWSTR pszPriority) = 0;
};

class IISTIDY_UUID("4fd11cbf-8cc5-418e-8000-c9e765f88533") IHttpModuleRegistrationInfo2
    : public IHttpModuleRegistrationInfo {
public:
    virtual HRESULT SetPriorityForPostRequestNotification(DWORD dwPostRequestNotification,
                                                          PCWSTR pszPriority) = 0;
};

#endif // IISTIDY_SDK_HTTPSERV_H
