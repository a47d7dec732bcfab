// Agent.h -- an access agent that loads its policy lazily, on the first request.
#pragma once
#include "httpserv.h"

extern "C" {
void *malloc(decltype(sizeof(0)));
void free(void *);
LONG WINAPI InterlockedCompareExchange(LONG volatile *, LONG, LONG);
}

// Policy.cpp: reads the policy into a scratch buffer (one-time work).
void LoadPolicy();
// Audit.cpp: copies the URL for the audit line (per-request work).
void AuditUrl(const char *pszUrl);

class CAgentModule : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext *pHttpContext,
                                                      IAuthenticationProvider *pProvider) override;
};

class CAgentFactory : public IHttpModuleFactory {
public:
    HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override
    {
        *ppModule = new CAgentModule();
        return S_OK;
    }
    void Terminate() override { delete this; }
};
