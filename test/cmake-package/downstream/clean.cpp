// The same handler with request-pool memory: the gate lets the build through.
#include "httpserv.h"

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    char *Buffer = static_cast<char *>(pHttpContext->AllocateRequestMemory(64));
    if (Buffer)
      Buffer[0] = 0;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
