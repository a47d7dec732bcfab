// An unregistered OnEndRequest that scrubs a secret through the SecureZeroMemory macro,
// and a stub that marks its parameters with mingw-w64's UNREFERENCED_PARAMETER ({(P) = (P);}).
#include <windows.h>
#include <httpserv.h>
class CM : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *, IHttpEventProvider *) override {
    SecureZeroMemory(m_sz, sizeof(m_sz));
    return RQ_NOTIFICATION_CONTINUE;
  }
  REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext *p, IHttpEventProvider *e) override {
    UNREFERENCED_PARAMETER(p);
    UNREFERENCED_PARAMETER(e);
    return RQ_NOTIFICATION_CONTINUE;
  }
  char m_sz[16];
};
class CF : public IHttpModuleFactory {
public:
  HRESULT GetHttpModule(CHttpModule **pp, IModuleAllocator *) override { *pp = new CM; return S_OK; }
  void Terminate() override { delete this; }
};
HRESULT Reg(IHttpModuleRegistrationInfo *p) { return p->SetRequestNotifications(new CF, RQ_BEGIN_REQUEST, 0); }
