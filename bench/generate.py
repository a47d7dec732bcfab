#!/usr/bin/env python3
"""Generates the benchmark translation units for bench/run.py.

Realistic TUs: mingw-w64's windows.h, libstdc++ containers and httpserv.h,
then `modules` module classes in the style of the reference module: a factory,
handlers that delegate to helpers, helpers that allocate (from the pool, and
on the heap in one of every three), a stored context, a global module, and
RegisterModule. About 70 lines of module code per module class.

Synthetic TUs: httpserv.h only, `modules` module classes x 4 handlers, each
handler calling a chain of `depth` helpers whose last one allocates.
"""

import argparse
import os

REALISTIC_HEAD = """#include <windows.h>
#include <map>
#include <memory>
#include <string>
#include <vector>
#include "httpserv.h"
"""

REALISTIC_MODULE = """
namespace m{i} {{
const DWORD kBufferSize = 1024;

DWORD CopyString(char* pDest, DWORD cbDest, const char* pszSource) {{
    DWORD cch = 0;
    while (cch + 1 < cbDest && pszSource[cch] != '\\0') {{ pDest[cch] = pszSource[cch]; ++cch; }}
    pDest[cch] = '\\0';
    return cch;
}}

char* FormatLine(IHttpContext* pHttpContext, const char* pszPrefix) {{
    char* pLine = {alloc};
    CopyString(pLine, 256, pszPrefix);
    (void)pHttpContext;
    return pLine;
}}

class CState : public IHttpStoredContext {{
public:
    void CleanupStoredContext() override {{ delete this; }}
    std::string m_Name;
}};

class CModule : public CHttpModule {{
public:
    explicit CModule(IModuleAllocator* pAllocator) : m_pAllocator(pAllocator) {{}}
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext* pHttpContext, IHttpEventProvider*) override {{
        char* pBuffer = static_cast<char*>(m_pAllocator->AllocateMemory(kBufferSize));
        if (pBuffer == NULL) return RQ_NOTIFICATION_FINISH_REQUEST;
        DWORD cch = CopyString(pBuffer, kBufferSize, "hello");
        HTTP_DATA_CHUNK chunk;
        chunk.DataChunkType = HttpDataChunkFromMemory;
        chunk.FromMemory.pBuffer = pBuffer;
        chunk.FromMemory.BufferLength = cch;
        DWORD cbSent = 0;
        pHttpContext->GetResponse()->WriteEntityChunks(&chunk, 1, FALSE, FALSE, &cbSent);
        pHttpContext->GetModuleContextContainer()->SetModuleContext(new CState, NULL);
        return RQ_NOTIFICATION_CONTINUE;
    }}
    REQUEST_NOTIFICATION_STATUS OnLogRequest(IHttpContext* pHttpContext, IHttpEventProvider*) override {{
        char* pLine = FormatLine(pHttpContext, "log: ");
        m_Lines.push_back(pLine);
        return RQ_NOTIFICATION_CONTINUE;
    }}
private:
    IModuleAllocator* m_pAllocator;
    std::vector<const char*> m_Lines;
}};

class CFactory : public IHttpModuleFactory {{
public:
    HRESULT GetHttpModule(CHttpModule** ppModule, IModuleAllocator* pAllocator) override {{
        *ppModule = new CModule(pAllocator);
        return S_OK;
    }}
    void Terminate() override {{ delete this; }}
    std::map<std::wstring, int> m_Cache;
}};
}} // namespace m{i}
"""

REALISTIC_TAIL = """
HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo* pModuleInfo, IHttpServer*) {
    HRESULT hr = S_OK;
%s    return hr;
}
"""

SYNTHETIC_HEAD = """#include "httpserv.h"
extern "C" void* malloc(decltype(sizeof(0)));
"""

HANDLERS = ["OnBeginRequest", "OnAuthorizeRequest", "OnLogRequest", "OnEndRequest"]


def realistic(modules):
    parts = [REALISTIC_HEAD]
    registrations = ""
    for i in range(modules):
        alloc = "new char[256]" if i % 3 == 0 else \
            "static_cast<char*>(pHttpContext->AllocateRequestMemory(256))"
        parts.append(REALISTIC_MODULE.format(i=i, alloc=alloc))
        registrations += ("    hr = pModuleInfo->SetRequestNotifications(new m%d::CFactory, "
                          "RQ_BEGIN_REQUEST | RQ_LOG_REQUEST, 0);\n" % i)
    parts.append(REALISTIC_TAIL % registrations)
    return "".join(parts)


def synthetic(modules, depth):
    parts = [SYNTHETIC_HEAD]
    for m in range(modules):
        for h, handler in enumerate(HANDLERS):
            prefix = "h_%d_%d_" % (m, h)
            parts.append("static void* %s%d() { return malloc(16); }\n" % (prefix, depth))
            for d in range(depth - 1, 0, -1):
                parts.append("static void* %s%d() { return %s%d(); }\n" % (prefix, d, prefix, d + 1))
        parts.append("class CModule%d : public CHttpModule {\npublic:\n" % m)
        for h, handler in enumerate(HANDLERS):
            parts.append("  REQUEST_NOTIFICATION_STATUS %s(IHttpContext*, IHttpEventProvider*) override "
                         "{ h_%d_%d_1(); return RQ_NOTIFICATION_CONTINUE; }\n" % (handler, m, h))
        parts.append("};\n")
    return "".join(parts)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["realistic", "synthetic"])
    p.add_argument("--modules", type=int, required=True)
    p.add_argument("--depth", type=int, default=3)
    p.add_argument("-o", "--output", required=True)
    a = p.parse_args()
    text = realistic(a.modules) if a.kind == "realistic" else synthetic(a.modules, a.depth)
    os.makedirs(os.path.dirname(os.path.abspath(a.output)), exist_ok=True)
    with open(a.output, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
