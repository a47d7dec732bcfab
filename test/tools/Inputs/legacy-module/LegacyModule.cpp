// A module written before its team adopted the iis-* gate, for the tests of
// scripts/iis-lint's workflows (iis-lint-*.test): two request handlers that
// take their buffers from the CRT heap instead of the request pool.
#include <httpserv.h>

void *malloc(size_t Size);
void free(void *Block);

class CLegacyModule : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                               IHttpEventProvider *) override {
        // Used and freed here: iis-request-heap-allocation's fix-it takes it
        // from the request pool and drops the free.
        char *pScratch = static_cast<char *>(malloc(64));
        if (pScratch == nullptr)
            return RQ_NOTIFICATION_CONTINUE;
        pScratch[0] = '\0';
        free(pScratch);
        return RQ_NOTIFICATION_CONTINUE;
    }

    REQUEST_NOTIFICATION_STATUS OnEndRequest(IHttpContext *pHttpContext,
                                             IHttpEventProvider *) override {
        // Handed to IIS and never freed: reported, but no fix-it.
        char *pTag = new char[8];
        pTag[0] = '\0';
        pHttpContext->GetResponse()->SetHeader("X-Legacy", pTag, 0, TRUE);
        return RQ_NOTIFICATION_CONTINUE;
    }
};
