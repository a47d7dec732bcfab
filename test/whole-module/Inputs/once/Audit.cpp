// Audit.cpp -- per-request work.
#include "Agent.h"

void AuditUrl(const char *pszUrl)
{
    char *pLine = static_cast<char *>(malloc(256)); // FLAW: heap per request
    (void)pszUrl;
    free(pLine);
}
