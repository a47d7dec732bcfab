// Register.cpp -- the entry point, with the vendor's telemetry.
#include "Gateway.h"
#include "vendor/telemetry.h"

extern "C" __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *pModuleInfo,
                                                                  IHttpServer *)
{
    TelemetryStart();
    return pModuleInfo->SetRequestNotifications(new CGatewayFactory(),
                                                RQ_BEGIN_REQUEST | RQ_END_REQUEST, // FLAW: no OnEndRequest
                                                0);
}
