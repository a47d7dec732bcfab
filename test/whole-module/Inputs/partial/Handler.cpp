// Handler.cpp -- the module class and its factory.
#include "Gateway.h"

REQUEST_NOTIFICATION_STATUS CGatewayModule::OnBeginRequest(IHttpContext *pHttpContext,
                                                           IHttpEventProvider *)
{
    char *pTrace = FormatTrace("/"); // -> Helper.cpp
    (void)pTrace;
    (void)pHttpContext;
    return RQ_NOTIFICATION_CONTINUE;
}

HRESULT CGatewayFactory::GetHttpModule(CHttpModule **ppModule, IModuleAllocator *)
{
    *ppModule = new CGatewayModule();
    return S_OK;
}
