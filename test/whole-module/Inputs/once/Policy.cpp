// Policy.cpp -- one-time initialisation.
#include "Agent.h"

void LoadPolicy()
{
    char *pBuffer = static_cast<char *>(malloc(4096)); // once per process: not a finding
    free(pBuffer);
}
