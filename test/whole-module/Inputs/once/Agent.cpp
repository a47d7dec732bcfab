// Agent.cpp -- the handler: initialises once, then audits every request.
#include "Agent.h"

static volatile LONG g_lPolicyLoaded = 0;
static BOOL g_fAuditReady = FALSE;

REQUEST_NOTIFICATION_STATUS CAgentModule::OnAuthenticateRequest(IHttpContext *pHttpContext,
                                                                IAuthenticationProvider *)
{
    if (InterlockedCompareExchange(&g_lPolicyLoaded, 1, 0) == 0)
        LoadPolicy(); // -> Policy.cpp, once per process
    if (!g_fAuditReady) {
        AuditUrl("startup"); // -> Audit.cpp, once here ...
        g_fAuditReady = TRUE;
    }
    AuditUrl(pHttpContext->GetRequest()->GetRawHttpRequest() ? "request" : ""); // ... and on every request
    return RQ_NOTIFICATION_CONTINUE;
}

extern "C" __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *pModuleInfo,
                                                                  IHttpServer *)
{
    return pModuleInfo->SetRequestNotifications(new CAgentFactory(), RQ_AUTHENTICATE_REQUEST, 0);
}
