// A handler that takes its buffer from the heap: the gate must stop the build.
#include "httpserv.h"

class CModule : public CHttpModule {
public:
  REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
    char *Buffer = new char[64];
    Buffer[0] = 0;
    return RQ_NOTIFICATION_CONTINUE;
  }
};
