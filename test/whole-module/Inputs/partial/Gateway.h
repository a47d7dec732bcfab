// Gateway.h -- a module of three sources; Register.cpp needs a vendor header.
#pragma once
#include "httpserv.h"

// Helper.cpp: formats the trace line of a request.
char *FormatTrace(const char *pszUrl);

class CGatewayModule : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                               IHttpEventProvider *pProvider) override;
};

class CGatewayFactory : public IHttpModuleFactory {
public:
    HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *pAllocator) override;
    void Terminate() override { delete this; }
};
