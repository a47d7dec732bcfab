// Helper.cpp -- per-request formatting.
#include "Gateway.h"

extern "C" char *_strdup(const char *);

char *FormatTrace(const char *pszUrl)
{
    return _strdup(pszUrl); // FLAW: heap per request, a file away from the handler
}
