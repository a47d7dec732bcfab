// The virtual-function (vtable) orders of the documented classes, as the MSVC ABI lays them
// out, on both MSVC targets. The orders are the fact sheet's declaration orders (sections 1,
// 2, 3.1-3.6); a reordered, missing or retyped virtual breaks this test.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang --target=x86_64-pc-windows-msvc -std=c++17 -S -emit-llvm -o /dev/null -Xclang -fdump-vtable-layouts -I%sdk_include %s > %t/x64.txt
// RUN: %clang --target=i686-pc-windows-msvc -std=c++17 -S -emit-llvm -o /dev/null -Xclang -fdump-vtable-layouts -I%sdk_include %s > %t/x86.txt
// RUN: FileCheck %s --check-prefix=HTTPMODULE < %t/x64.txt
// RUN: FileCheck %s --check-prefix=HTTPMODULE < %t/x86.txt
// RUN: FileCheck %s --check-prefix=GLOBALMODULE < %t/x64.txt
// RUN: FileCheck %s --check-prefix=GLOBALMODULE < %t/x86.txt
// RUN: FileCheck %s --check-prefix=REGISTRATION < %t/x64.txt
// RUN: FileCheck %s --check-prefix=REGISTRATION < %t/x86.txt
// RUN: FileCheck %s --check-prefix=CONTEXTS < %t/x64.txt
// RUN: FileCheck %s --check-prefix=CONTEXTS < %t/x86.txt
// RUN: FileCheck %s --check-prefix=HTTPCONTEXT < %t/x64.txt
// RUN: FileCheck %s --check-prefix=HTTPCONTEXT < %t/x86.txt
// RUN: FileCheck %s --check-prefix=HTTPSERVER < %t/x64.txt
// RUN: FileCheck %s --check-prefix=HTTPSERVER < %t/x86.txt

#include "httpserv.h"

// Concrete subclasses make the compiler lay out (and here dump) the base vftables.
class CLayoutModule final : public CHttpModule {
};

class CLayoutGlobalModule final : public CGlobalModule {
public:
    void Terminate() override
    {
        delete this;
    }
};

CHttpModule* MakeModule()
{
    return new CLayoutModule();
}

CGlobalModule* MakeGlobalModule()
{
    return new CLayoutGlobalModule();
}

// A virtual call through an interface makes the compiler compute (and dump) its slot indices.
void TouchInterfaces(IModuleAllocator* pAllocator, IHttpModuleFactory* pFactory,
                     IHttpModuleRegistrationInfo2* pInfo, IHttpStoredContext* pStored,
                     IHttpConnectionStoredContext* pConnStored,
                     IDispensedHttpModuleContextContainer* pDispensed,
                     INamedContextContainer* pNamed,
                     IHttpConnectionModuleContextContainer* pConnContainer,
                     IHttpContext* pHttpContext, IHttpServer* pServer)
{
    pAllocator->AllocateMemory(1);
    pFactory->Terminate();
    pInfo->GetName();
    pInfo->SetPriorityForPostRequestNotification(RQ_BEGIN_REQUEST, PRIORITY_ALIAS_FIRST);
    pStored->CleanupStoredContext();
    pConnStored->NotifyDisconnect();
    pDispensed->GetModuleContext(NULL);
    pDispensed->ReleaseContainer();
    pNamed->GetNamedContext(L"x");
    pConnContainer->GetConnectionModuleContext(NULL);
    pHttpContext->GetSite();
    pServer->IsCommandLineLaunch();
}

// 30 documented slots (29 handlers and Dispose), then the protected virtual destructor.
// HTTPMODULE-LABEL: VFTable indices for 'CHttpModule' (31 entries).
// HTTPMODULE-NEXT:  0 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnBeginRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT:  1 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostBeginRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT:  2 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnAuthenticateRequest(IHttpContext *, IAuthenticationProvider *)
// HTTPMODULE-NEXT:  3 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostAuthenticateRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT:  4 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnAuthorizeRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT:  5 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostAuthorizeRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT:  6 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnResolveRequestCache(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT:  7 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostResolveRequestCache(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT:  8 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnMapRequestHandler(IHttpContext *, IMapHandlerProvider *)
// HTTPMODULE-NEXT:  9 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostMapRequestHandler(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 10 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnAcquireRequestState(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 11 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostAcquireRequestState(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 12 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPreExecuteRequestHandler(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 13 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostPreExecuteRequestHandler(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 14 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnExecuteRequestHandler(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 15 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostExecuteRequestHandler(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 16 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnReleaseRequestState(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 17 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostReleaseRequestState(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 18 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnUpdateRequestCache(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 19 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostUpdateRequestCache(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 20 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnLogRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 21 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostLogRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 22 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnEndRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 23 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnPostEndRequest(IHttpContext *, IHttpEventProvider *)
// HTTPMODULE-NEXT: 24 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnSendResponse(IHttpContext *, ISendResponseProvider *)
// HTTPMODULE-NEXT: 25 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnMapPath(IHttpContext *, IMapPathProvider *)
// HTTPMODULE-NEXT: 26 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnReadEntity(IHttpContext *, IReadEntityProvider *)
// HTTPMODULE-NEXT: 27 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnCustomRequestNotification(IHttpContext *, ICustomNotificationProvider *)
// HTTPMODULE-NEXT: 28 | REQUEST_NOTIFICATION_STATUS CHttpModule::OnAsyncCompletion(IHttpContext *, DWORD, BOOL, IHttpEventProvider *, IHttpCompletionInfo *)
// HTTPMODULE-NEXT: 29 | void CHttpModule::Dispose()
// HTTPMODULE-NEXT: 30 | CHttpModule::~CHttpModule() [{{scalar|vector}} deleting]
// HTTPMODULE-EMPTY:

// 17 entries: sixteen handlers and the pure Terminate at its documented position (14th), and
// no destructor slot, since CGlobalModule declares none.
// GLOBALMODULE-LABEL: VFTable indices for 'CGlobalModule' (17 entries).
// GLOBALMODULE-NEXT:  0 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalStopListening(IGlobalStopListeningProvider *)
// GLOBALMODULE-NEXT:  1 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalCacheCleanup()
// GLOBALMODULE-NEXT:  2 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalCacheOperation(ICacheProvider *)
// GLOBALMODULE-NEXT:  3 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalHealthCheck()
// GLOBALMODULE-NEXT:  4 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalConfigurationChange(IGlobalConfigurationChangeProvider *)
// GLOBALMODULE-NEXT:  5 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalFileChange(IGlobalFileChangeProvider *)
// GLOBALMODULE-NEXT:  6 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalPreBeginRequest(IPreBeginRequestProvider *)
// GLOBALMODULE-NEXT:  7 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalApplicationStart(IHttpApplicationStartProvider *)
// GLOBALMODULE-NEXT:  8 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalApplicationResolveModules(IHttpApplicationResolveModulesProvider *)
// GLOBALMODULE-NEXT:  9 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalApplicationStop(IHttpApplicationStopProvider *)
// GLOBALMODULE-NEXT: 10 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalRSCAQuery(IGlobalRSCAQueryProvider *)
// GLOBALMODULE-NEXT: 11 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalTraceEvent(IGlobalTraceEventProvider *)
// GLOBALMODULE-NEXT: 12 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalCustomNotification(ICustomNotificationProvider *)
// GLOBALMODULE-NEXT: 13 | void CGlobalModule::Terminate()
// GLOBALMODULE-NEXT: 14 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalThreadCleanup(IGlobalThreadCleanupProvider *)
// GLOBALMODULE-NEXT: 15 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnGlobalApplicationPreload(IGlobalApplicationPreloadProvider *)
// GLOBALMODULE-NEXT: 16 | GLOBAL_NOTIFICATION_STATUS CGlobalModule::OnSuspendProcess(IGlobalSuspendProcessCallback **)
// GLOBALMODULE-EMPTY:

// REGISTRATION-DAG: VFTable indices for 'IModuleAllocator' (1 entry).
// REGISTRATION-DAG: 0 | void *IModuleAllocator::AllocateMemory(DWORD)
// REGISTRATION-LABEL: VFTable indices for 'IHttpModuleFactory' (2 entries).
// REGISTRATION-NEXT:  0 | HRESULT IHttpModuleFactory::GetHttpModule(CHttpModule **, IModuleAllocator *)
// REGISTRATION-NEXT:  1 | void IHttpModuleFactory::Terminate()
// REGISTRATION-EMPTY:
// REGISTRATION-LABEL: VFTable indices for 'IHttpModuleRegistrationInfo' (6 entries).
// REGISTRATION-NEXT:  0 | PCWSTR IHttpModuleRegistrationInfo::GetName() const
// REGISTRATION-NEXT:  1 | HTTP_MODULE_ID IHttpModuleRegistrationInfo::GetId() const
// REGISTRATION-NEXT:  2 | HRESULT IHttpModuleRegistrationInfo::SetRequestNotifications(IHttpModuleFactory *, DWORD, DWORD)
// REGISTRATION-NEXT:  3 | HRESULT IHttpModuleRegistrationInfo::SetGlobalNotifications(CGlobalModule *, DWORD)
// REGISTRATION-NEXT:  4 | HRESULT IHttpModuleRegistrationInfo::SetPriorityForRequestNotification(DWORD, PCWSTR)
// REGISTRATION-NEXT:  5 | HRESULT IHttpModuleRegistrationInfo::SetPriorityForGlobalNotification(DWORD, PCWSTR)
// REGISTRATION-EMPTY:
// REGISTRATION-LABEL: VFTable indices for 'IHttpModuleRegistrationInfo2' (1 entry).
// REGISTRATION-NEXT:  6 | HRESULT IHttpModuleRegistrationInfo2::SetPriorityForPostRequestNotification(DWORD, PCWSTR)

// CONTEXTS-LABEL: VFTable indices for 'IHttpStoredContext' (1 entry).
// CONTEXTS-NEXT:  0 | void IHttpStoredContext::CleanupStoredContext()
// CONTEXTS-LABEL: VFTable indices for 'IHttpConnectionStoredContext' (1 entry).
// CONTEXTS-NEXT:  1 | void IHttpConnectionStoredContext::NotifyDisconnect()
// CONTEXTS-LABEL: VFTable indices for 'IHttpModuleContextContainer' (2 entries).
// CONTEXTS-NEXT:  0 | IHttpStoredContext *IHttpModuleContextContainer::GetModuleContext(HTTP_MODULE_ID)
// CONTEXTS-NEXT:  1 | HRESULT IHttpModuleContextContainer::SetModuleContext(IHttpStoredContext *, HTTP_MODULE_ID)
// CONTEXTS-LABEL: VFTable indices for 'IDispensedHttpModuleContextContainer' (1 entry).
// CONTEXTS-NEXT:  2 | void IDispensedHttpModuleContextContainer::ReleaseContainer()
// CONTEXTS-LABEL: VFTable indices for 'INamedContextContainer' (2 entries).
// CONTEXTS-NEXT:  0 | IHttpStoredContext *INamedContextContainer::GetNamedContext(LPCWSTR)
// CONTEXTS-NEXT:  1 | HRESULT INamedContextContainer::SetNamedContext(IHttpStoredContext *, LPCWSTR)
// CONTEXTS-LABEL: VFTable indices for 'IHttpConnectionModuleContextContainer' (2 entries).
// CONTEXTS-NEXT:  2 | IHttpConnectionStoredContext *IHttpConnectionModuleContextContainer::GetConnectionModuleContext(HTTP_MODULE_ID)
// CONTEXTS-NEXT:  3 | HRESULT IHttpConnectionModuleContextContainer::SetConnectionModuleContext(IHttpConnectionStoredContext *, HTTP_MODULE_ID)

// IHttpContext v1. MSVC groups the two GetServerVariable overloads and lays them out in
// reverse declaration order (PCSTR** first); the SDK binary has the same layout.
// HTTPCONTEXT-LABEL: VFTable indices for 'IHttpContext' (39 entries).
// HTTPCONTEXT-NEXT:  0 | IHttpSite *IHttpContext::GetSite()
// HTTPCONTEXT-NEXT:  1 | IHttpApplication *IHttpContext::GetApplication()
// HTTPCONTEXT-NEXT:  2 | IHttpConnection *IHttpContext::GetConnection()
// HTTPCONTEXT-NEXT:  3 | IHttpRequest *IHttpContext::GetRequest()
// HTTPCONTEXT-NEXT:  4 | IHttpResponse *IHttpContext::GetResponse()
// HTTPCONTEXT-NEXT:  5 | BOOL IHttpContext::GetResponseHeadersSent() const
// HTTPCONTEXT-NEXT:  6 | IHttpUser *IHttpContext::GetUser() const
// HTTPCONTEXT-NEXT:  7 | IHttpModuleContextContainer *IHttpContext::GetModuleContextContainer()
// HTTPCONTEXT-NEXT:  8 | void IHttpContext::IndicateCompletion(REQUEST_NOTIFICATION_STATUS)
// HTTPCONTEXT-NEXT:  9 | HRESULT IHttpContext::PostCompletion(DWORD)
// HTTPCONTEXT-NEXT: 10 | void IHttpContext::DisableNotifications(DWORD, DWORD)
// HTTPCONTEXT-NEXT: 11 | BOOL IHttpContext::GetNextNotification(REQUEST_NOTIFICATION_STATUS, DWORD *, BOOL *, CHttpModule **, IHttpEventProvider **)
// HTTPCONTEXT-NEXT: 12 | BOOL IHttpContext::GetIsLastNotification(REQUEST_NOTIFICATION_STATUS)
// HTTPCONTEXT-NEXT: 13 | HRESULT IHttpContext::ExecuteRequest(BOOL, IHttpContext *, DWORD, IHttpUser *, BOOL *)
// HTTPCONTEXT-NEXT: 14 | DWORD IHttpContext::GetExecuteFlags() const
// HTTPCONTEXT-NEXT: 15 | HRESULT IHttpContext::GetServerVariable(PCSTR, PCSTR *, DWORD *)
// HTTPCONTEXT-NEXT: 16 | HRESULT IHttpContext::GetServerVariable(PCSTR, PCWSTR *, DWORD *)
// HTTPCONTEXT-NEXT: 17 | HRESULT IHttpContext::SetServerVariable(PCSTR, PCWSTR)
// HTTPCONTEXT-NEXT: 18 | void *IHttpContext::AllocateRequestMemory(DWORD)
// HTTPCONTEXT-NEXT: 19 | IHttpUrlInfo *IHttpContext::GetUrlInfo()
// HTTPCONTEXT-NEXT: 20 | IMetadataInfo *IHttpContext::GetMetadata()
// HTTPCONTEXT-NEXT: 21 | PCWSTR IHttpContext::GetPhysicalPath(DWORD *)
// HTTPCONTEXT-NEXT: 22 | PCWSTR IHttpContext::GetScriptName(DWORD *) const
// HTTPCONTEXT-NEXT: 23 | PCWSTR IHttpContext::GetScriptTranslated(DWORD *)
// HTTPCONTEXT-NEXT: 24 | IScriptMapInfo *IHttpContext::GetScriptMap() const
// HTTPCONTEXT-NEXT: 25 | void IHttpContext::SetRequestHandled()
// HTTPCONTEXT-NEXT: 26 | IHttpFileInfo *IHttpContext::GetFileInfo() const
// HTTPCONTEXT-NEXT: 27 | HRESULT IHttpContext::MapPath(PCWSTR, PWSTR, DWORD *)
// HTTPCONTEXT-NEXT: 28 | HRESULT IHttpContext::NotifyCustomNotification(ICustomNotificationProvider *, BOOL *)
// HTTPCONTEXT-NEXT: 29 | IHttpContext *IHttpContext::GetParentContext() const
// HTTPCONTEXT-NEXT: 30 | IHttpContext *IHttpContext::GetRootContext() const
// HTTPCONTEXT-NEXT: 31 | HRESULT IHttpContext::CloneContext(DWORD, IHttpContext **)
// HTTPCONTEXT-NEXT: 32 | HRESULT IHttpContext::ReleaseClonedContext()
// HTTPCONTEXT-NEXT: 33 | HRESULT IHttpContext::GetCurrentExecutionStats(DWORD *, DWORD *, PCWSTR *, DWORD *, DWORD *, DWORD *) const
// HTTPCONTEXT-NEXT: 34 | IHttpTraceContext *IHttpContext::GetTraceContext() const
// HTTPCONTEXT-NEXT: 35 | HRESULT IHttpContext::GetServerVarChanges(DWORD, DWORD *, DWORD *, PCSTR **, PCWSTR **, DWORD *, DWORD **)
// HTTPCONTEXT-NEXT: 36 | HRESULT IHttpContext::CancelIo()
// HTTPCONTEXT-NEXT: 37 | HRESULT IHttpContext::MapHandler(DWORD, PCWSTR, PCWSTR, PCSTR, IScriptMapInfo **, BOOL)
// HTTPCONTEXT-NEXT: 38 | HRESULT IHttpContext::GetExtendedInterface(HTTP_CONTEXT_INTERFACE_VERSION, PVOID *)
// HTTPCONTEXT-EMPTY:

// HTTPSERVER-LABEL: VFTable indices for 'IHttpServer' (26 entries).
// HTTPSERVER-NEXT:  0 | BOOL IHttpServer::IsCommandLineLaunch() const
// HTTPSERVER-NEXT:  1 | PCWSTR IHttpServer::GetAppPoolName() const
// HTTPSERVER-NEXT:  2 | HRESULT IHttpServer::AssociateWithThreadPool(HANDLE, LPOVERLAPPED_COMPLETION_ROUTINE)
// HTTPSERVER-NEXT:  3 | void IHttpServer::IncrementThreadCount()
// HTTPSERVER-NEXT:  4 | void IHttpServer::DecrementThreadCount()
// HTTPSERVER-NEXT:  5 | void IHttpServer::ReportUnhealthy(PCWSTR, HRESULT)
// HTTPSERVER-NEXT:  6 | void IHttpServer::RecycleProcess(PCWSTR)
// HTTPSERVER-NEXT:  7 | IAppHostAdminManager *IHttpServer::GetAdminManager() const
// HTTPSERVER-NEXT:  8 | HRESULT IHttpServer::GetFileInfo(PCWSTR, HANDLE, PSID, PCWSTR, HANDLE, BOOL, IHttpFileInfo **, IHttpTraceContext *)
// HTTPSERVER-NEXT:  9 | HRESULT IHttpServer::FlushKernelCache(PCWSTR)
// HTTPSERVER-NEXT: 10 | HRESULT IHttpServer::DoCacheOperation(CACHE_OPERATION, IHttpCacheKey *, IHttpCacheSpecificData **, IHttpTraceContext *)
// HTTPSERVER-NEXT: 11 | GLOBAL_NOTIFICATION_STATUS IHttpServer::NotifyCustomNotification(ICustomNotificationProvider *)
// HTTPSERVER-NEXT: 12 | IHttpPerfCounterInfo *IHttpServer::GetPerfCounterInfo()
// HTTPSERVER-NEXT: 13 | void IHttpServer::RecycleApplication(PCWSTR)
// HTTPSERVER-NEXT: 14 | void IHttpServer::NotifyConfigurationChange(PCWSTR)
// HTTPSERVER-NEXT: 15 | void IHttpServer::NotifyFileChange(PCWSTR)
// HTTPSERVER-NEXT: 16 | IDispensedHttpModuleContextContainer *IHttpServer::DispenseContainer()
// HTTPSERVER-NEXT: 17 | HRESULT IHttpServer::AddFragmentToCache(HTTP_DATA_CHUNK *, PCWSTR)
// HTTPSERVER-NEXT: 18 | HRESULT IHttpServer::ReadFragmentFromCache(PCWSTR, BYTE *, DWORD, DWORD *)
// HTTPSERVER-NEXT: 19 | HRESULT IHttpServer::RemoveFragmentFromCache(PCWSTR)
// HTTPSERVER-NEXT: 20 | HRESULT IHttpServer::GetWorkerProcessSettings(IWpfSettings **)
// HTTPSERVER-NEXT: 21 | HRESULT IHttpServer::GetProtocolManagerCustomInterface(PCWSTR, PCWSTR, DWORD, PVOID *)
// HTTPSERVER-NEXT: 22 | BOOL IHttpServer::SatisfiesPrecondition(PCWSTR, BOOL *) const
// HTTPSERVER-NEXT: 23 | IHttpTraceContext *IHttpServer::GetTraceContext() const
// HTTPSERVER-NEXT: 24 | HRESULT IHttpServer::RegisterFileChangeMonitor(PCWSTR, HANDLE, IHttpFileMonitor **)
// HTTPSERVER-NEXT: 25 | HRESULT IHttpServer::GetExtendedInterface(const GUID &, PVOID, const GUID &, PVOID *)
// HTTPSERVER-EMPTY:
