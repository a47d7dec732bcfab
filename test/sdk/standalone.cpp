// httpserv.h alone: no windows.h, no other header at all (-nostdinc), on the two MSVC targets
// the checks use, and on the mingw targets for good measure. Warnings in the header are errors.
//
// RUN: %clang --target=x86_64-pc-windows-msvc -fsyntax-only -std=c++17 -Wall -Wextra -Werror -nostdinc -I%sdk_include %s
// RUN: %clang --target=i686-pc-windows-msvc -fsyntax-only -std=c++17 -Wall -Wextra -Werror -nostdinc -I%sdk_include %s
// RUN: %clang --target=x86_64-pc-windows-msvc -fsyntax-only -std=c++17 -Wall -Wextra -Werror -pedantic -nostdinc -I%sdk_include %s
// RUN: %clang --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -nostdinc -I%sdk_include %s
// RUN: %clang --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -nostdinc -I%sdk_include %s

#include "httpserv.h"
#include "httpserv.h" // the include guard holds

#if defined(_WINDOWS_) || defined(_INC_WINDOWS)
#error "windows.h must not have been pulled in"
#endif

// Windows type widths (LLP64).
static_assert(sizeof(DWORD) == 4, "DWORD is 32 bits");
static_assert(sizeof(ULONG) == 4, "ULONG is 32 bits");
static_assert(sizeof(LONG) == 4, "LONG is 32 bits");
static_assert(sizeof(HRESULT) == 4, "HRESULT is 32 bits");
static_assert(sizeof(BOOL) == 4, "BOOL is an int");
static_assert(sizeof(USHORT) == 2, "USHORT is 16 bits");
static_assert(sizeof(BYTE) == 1, "BYTE is 8 bits");
static_assert(sizeof(ULONGLONG) == 8, "ULONGLONG is 64 bits");
static_assert(sizeof(wchar_t) == 2, "wchar_t is 16 bits on Windows");
static_assert(sizeof(HANDLE) == sizeof(void*), "HANDLE is a pointer");
static_assert(sizeof(HTTP_MODULE_ID) == sizeof(void*), "HTTP_MODULE_ID is a pointer");

// The exact types, as they appear in mangled names and in the checks' signature tests.
static_assert(__is_same(DWORD, unsigned long), "");
static_assert(__is_same(HRESULT, long), "");
static_assert(__is_same(BOOL, int), "");
static_assert(__is_same(PCWSTR, const wchar_t*), "");
static_assert(__is_same(PCSTR, const char*), "");
static_assert(__is_same(HTTP_MODULE_ID, void*), "");
static_assert(__is_same(PFN_REGISTERMODULE,
                        HRESULT(WINAPI*)(DWORD, IHttpModuleRegistrationInfo*, IHttpServer*)),
              "");

// Request notification bits.
static_assert(RQ_BEGIN_REQUEST == 0x00000001, "");
static_assert(RQ_AUTHENTICATE_REQUEST == 0x00000002, "");
static_assert(RQ_AUTHORIZE_REQUEST == 0x00000004, "");
static_assert(RQ_RESOLVE_REQUEST_CACHE == 0x00000008, "");
static_assert(RQ_MAP_REQUEST_HANDLER == 0x00000010, "");
static_assert(RQ_ACQUIRE_REQUEST_STATE == 0x00000020, "");
static_assert(RQ_PRE_EXECUTE_REQUEST_HANDLER == 0x00000040, "");
static_assert(RQ_EXECUTE_REQUEST_HANDLER == 0x00000080, "");
static_assert(RQ_RELEASE_REQUEST_STATE == 0x00000100, "");
static_assert(RQ_UPDATE_REQUEST_CACHE == 0x00000200, "");
static_assert(RQ_LOG_REQUEST == 0x00000400, "");
static_assert(RQ_END_REQUEST == 0x00000800, "");
static_assert(RQ_SEND_RESPONSE_STATUS_AND_HEADERS == 0x08000000, "");
static_assert(RQ_CUSTOM_NOTIFICATION == 0x10000000, "");
static_assert(RQ_SEND_RESPONSE == 0x20000000, "");
static_assert(RQ_READ_ENTITY == 0x40000000, "");
static_assert(RQ_MAP_PATH == 0x80000000u, "");
static_assert(__is_same(decltype(RQ_MAP_PATH), unsigned int), "RQ_MAP_PATH is unsigned");
static_assert(RQ_MAP_PATH > 0, "RQ_MAP_PATH is unsigned");

// Global notification bits.
static_assert(GL_STOP_LISTENING == 0x00000002, "");
static_assert(GL_CACHE_CLEANUP == 0x00000004, "");
static_assert(GL_CACHE_OPERATION == 0x00000010, "");
static_assert(GL_HEALTH_CHECK == 0x00000020, "");
static_assert(GL_CONFIGURATION_CHANGE == 0x00000040, "");
static_assert(GL_FILE_CHANGE == 0x00000080, "");
static_assert(GL_PRE_BEGIN_REQUEST == 0x00000100, "");
static_assert(GL_APPLICATION_START == 0x00000200, "");
static_assert(GL_APPLICATION_RESOLVE_MODULES == 0x00000400, "");
static_assert(GL_APPLICATION_STOP == 0x00000800, "");
static_assert(GL_RSCA_QUERY == 0x00001000, "");
static_assert(GL_TRACE_EVENT == 0x00002000, "");
static_assert(GL_CUSTOM_NOTIFICATION == 0x00004000, "");
static_assert(GL_THREAD_CLEANUP == 0x00008000, "");
static_assert(GL_APPLICATION_PRELOAD == 0x00010000, "");
static_assert(GL_SUSPEND_PROCESS == 0x00020000, "");

// Enumerations and flags.
static_assert(RQ_NOTIFICATION_CONTINUE == 0 && RQ_NOTIFICATION_PENDING == 1 &&
                  RQ_NOTIFICATION_FINISH_REQUEST == 2, "");
static_assert(GL_NOTIFICATION_CONTINUE == 0 && GL_NOTIFICATION_HANDLED == 1, "");
static_assert(CACHE_OPERATION_RETRIEVE == 0 && CACHE_OPERATION_ADD == 1 &&
                  CACHE_OPERATION_DELETE == 2 && CACHE_OPERATION_FLUSH_PREFIX == 3 &&
                  CACHE_OPERATION_ENUM == 4, "");
static_assert(CLONE_FLAG_BASICS == 0x01 && CLONE_FLAG_HEADERS == 0x02 &&
                  CLONE_FLAG_ENTITY == 0x04 && CLONE_FLAG_NO_PRECONDITION == 0x08 &&
                  CLONE_FLAG_NO_DAV == 0x10 && CLONE_FLAG_USER_CACHE_VARY_BY == 0x20 &&
                  CLONE_FLAG_SERVER_VARIABLE == 0x40, "");
static_assert(EXECUTE_FLAG_NO_HEADERS == 0x01 && EXECUTE_FLAG_IGNORE_CURRENT_INTERCEPTOR == 0x02 &&
                  EXECUTE_FLAG_IGNORE_APPPOOL == 0x04 &&
                  EXECUTE_FLAG_DISABLE_CUSTOM_ERROR == 0x08 && EXECUTE_FLAG_SAME_URL == 0x10 &&
                  EXECUTE_FLAG_BUFFER_RESPONSE == 0x20 &&
                  EXECUTE_FLAG_HTTP_CACHE_ELIGIBLE == 0x40, "");
static_assert(sizeof(MODULE_REGISTERMODULE) == sizeof("RegisterModule") &&
                  MODULE_REGISTERMODULE[0] == 'R' && MODULE_REGISTERMODULE[13] == 'e', "");
static_assert(sizeof(PRIORITY_ALIAS_FIRST) == sizeof(L"FIRST") && PRIORITY_ALIAS_HIGH[0] == L'H' &&
                  sizeof(PRIORITY_ALIAS_MEDIUM) == sizeof(L"MEDIUM") &&
                  PRIORITY_ALIAS_LOW[0] == L'L' && PRIORITY_ALIAS_LAST[3] == L'T', "");

// Class shapes the checks rely on.
static_assert(__is_polymorphic(CHttpModule) && !__is_abstract(CHttpModule),
              "CHttpModule handlers have default bodies");
static_assert(__has_virtual_destructor(CHttpModule), "");
static_assert(__is_abstract(CGlobalModule), "CGlobalModule::Terminate is pure");
static_assert(!__has_virtual_destructor(CGlobalModule), "CGlobalModule declares no destructor");
static_assert(__is_base_of(IHttpModuleRegistrationInfo, IHttpModuleRegistrationInfo2), "");
static_assert(__is_base_of(IHttpStoredContext, IHttpConnectionStoredContext), "");
static_assert(__is_base_of(IHttpModuleContextContainer, IDispensedHttpModuleContextContainer), "");
static_assert(__is_base_of(IHttpModuleContextContainer, IHttpConnectionModuleContextContainer), "");
static_assert(__is_base_of(IHttpEventProvider, IPreBeginRequestProvider), "");
static_assert(__is_base_of(IHttpEventProvider, IGlobalTraceEventProvider), "");
static_assert(__is_base_of(IHttpContext, IHttpContext3), "");

// The members a realistic module uses, with their documented types.
static_assert(__is_same(decltype(&IHttpContext::AllocateRequestMemory), void* (IHttpContext::*)(DWORD)), "");
static_assert(__is_same(decltype(&IModuleAllocator::AllocateMemory), void* (IModuleAllocator::*)(DWORD)), "");
static_assert(__is_same(decltype(&IHttpConnection::AllocateMemory), void* (IHttpConnection::*)(DWORD)), "");
static_assert(__is_same(decltype(&IHttpContext::GetModuleContextContainer),
                        IHttpModuleContextContainer* (IHttpContext::*)()), "");
static_assert(__is_same(decltype(&IHttpModuleFactory::GetHttpModule),
                        HRESULT (IHttpModuleFactory::*)(CHttpModule**, IModuleAllocator*)), "");
static_assert(__is_same(decltype(&IHttpModuleRegistrationInfo::SetRequestNotifications),
                        HRESULT (IHttpModuleRegistrationInfo::*)(IHttpModuleFactory*, DWORD, DWORD)), "");
static_assert(__is_same(decltype(&IHttpApplicationResolveModulesProvider::RegisterModule),
                        HRESULT (IHttpApplicationResolveModulesProvider::*)(
                            HTTP_MODULE_ID, IHttpModuleFactory*, PCWSTR, PCWSTR, PCWSTR, DWORD, DWORD)), "");
static_assert(__is_same(decltype(&IPreBeginRequestProvider::GetHttpContext),
                        IHttpContext* (IPreBeginRequestProvider::*)()), "");
static_assert(__is_same(decltype(&IHttpContext3::GetNamedContextContainer),
                        INamedContextContainer* (IHttpContext3::*)()), "");
static_assert(__is_same(decltype(&IHttpModuleContextContainer::SetModuleContext),
                        HRESULT (IHttpModuleContextContainer::*)(IHttpStoredContext*, HTTP_MODULE_ID)), "");
static_assert(__is_same(decltype(&IHttpServer::DispenseContainer),
                        IDispensedHttpModuleContextContainer* (IHttpServer::*)()), "");

// A module written the usual way compiles against it, including the response path with a
// memory data chunk.
class CProbeModule final : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext* pHttpContext,
                                               IHttpEventProvider*) override
    {
        void* pv = pHttpContext->AllocateRequestMemory(16);
        if (pv == NULL) {
            return RQ_NOTIFICATION_FINISH_REQUEST;
        }
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = pv;
        chunk.FromMemory.BufferLength = 16;
        DWORD cbSent = 0;
        IHttpResponse* pResponse = pHttpContext->GetResponse();
        HRESULT hr = pResponse->WriteEntityChunks(&chunk, 1, FALSE, TRUE, &cbSent);
        if (FAILED(hr)) {
            pResponse->SetStatus(500, "Server Error", 0, hr);
        }
        pResponse->WriteEntityChunkByReference(&chunk);
        pHttpContext->GetRequest()->InsertEntityBody(pv, 16);
        PCSTR pszHost = pHttpContext->GetRequest()->GetHeader(HttpHeaderHost);
        (void)pszHost;
        pHttpContext->SetServerVariable("X_PROBE", L"1");
        return RQ_NOTIFICATION_CONTINUE;
    }
};
