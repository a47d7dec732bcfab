// A module written the way MSVC-era IIS modules are: a precompiled-header style prologue
// (_WINSOCKAPI_, windows.h, sal.h, httpserv.h, ATL, ahadmin.h, the C++ library), SAL-annotated
// helpers, a global module that caches configuration read through IAppHostAdminManager into a
// CAtlMap under a CComCriticalSection, and a request module that formats with CString. It must
// parse with mingw-w64's headers plus iis-tidy's sdk/include and sdk/compat, on both targets and
// in both character sets.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s

// --- "stdafx.h" ---
#define _WINSOCKAPI_
#include <windows.h>
#include <sal.h>
#include <httpserv.h>
#include <atlbase.h>
#include <atlstr.h>
#include <atlcoll.h>
#include <ahadmin.h>
#include <string>
#include <vector>
#include <algorithm>

// --- module ---
static IHttpServer* g_pHttpServer = NULL;
static HTTP_MODULE_ID g_pModuleId = NULL;

// Per-site settings, read from system.webServer/headerStamp.
struct SITE_SETTINGS {
    BOOL fEnabled;
    CStringA strHeaderValue;
};

class CSettingsCache {
public:
    CSettingsCache() { m_cs.Init(); }
    ~CSettingsCache()
    {
        Flush();
        m_cs.Term();
    }

    _Success_(return) bool Get(_In_ PCWSTR pszConfigPath, _Out_ SITE_SETTINGS* pSettings)
    {
        CComCritSecLock<CComCriticalSection> lock(m_cs);
        SITE_SETTINGS* pCached = NULL;
        if (!m_map.Lookup(pszConfigPath, pCached) || pCached == NULL) {
            return false;
        }
        *pSettings = *pCached;
        return true;
    }

    HRESULT Load(_In_ PCWSTR pszConfigPath)
    {
        SITE_SETTINGS settings;
        HRESULT hr = ReadSettings(pszConfigPath, &settings);
        if (FAILED(hr)) {
            return hr;
        }
        CComCritSecLock<CComCriticalSection> lock(m_cs);
        SITE_SETTINGS* pOld = NULL;
        if (m_map.Lookup(pszConfigPath, pOld)) {
            delete pOld;
        }
        m_map.SetAt(pszConfigPath, new SITE_SETTINGS(settings));
        return S_OK;
    }

    void Flush()
    {
        CComCritSecLock<CComCriticalSection> lock(m_cs);
        for (POSITION pos = m_map.GetStartPosition(); pos != NULL;) {
            delete m_map.GetNextValue(pos);
        }
        m_map.RemoveAll();
    }

private:
    static HRESULT ReadSettings(__in PCWSTR pszConfigPath, __out SITE_SETTINGS* pSettings)
    {
        pSettings->fEnabled = FALSE;
        CComPtr<IAppHostAdminManager> spAdmin = g_pHttpServer->GetAdminManager();
        CComPtr<IAppHostElement> spSection;
        HRESULT hr = spAdmin->GetAdminSection(CComBSTR(L"system.webServer/headerStamp"),
                                              CComBSTR(pszConfigPath), &spSection);
        if (FAILED(hr)) {
            return hr;
        }
        CComPtr<IAppHostProperty> spEnabled;
        CComVariant varEnabled;
        if (SUCCEEDED(spSection->GetPropertyByName(CComBSTR(L"enabled"), &spEnabled)) &&
            SUCCEEDED(spEnabled->get_Value(&varEnabled)) && varEnabled.vt == VT_BOOL) {
            pSettings->fEnabled = varEnabled.boolVal != VARIANT_FALSE;
        }
        CComPtr<IAppHostProperty> spValue;
        CComBSTR bstrValue;
        if (SUCCEEDED(spSection->GetPropertyByName(CComBSTR(L"value"), &spValue)) &&
            SUCCEEDED(spValue->get_StringValue(&bstrValue))) {
            pSettings->strHeaderValue = CW2A(bstrValue, CP_UTF8);
        }
        return S_OK;
    }

    CComCriticalSection m_cs;
    CAtlMap<CStringW, SITE_SETTINGS*, CStringElementTraitsI<CStringW>> m_map;
};

static CSettingsCache* g_pCache = NULL;

class CHeaderStampModule final : public CHttpModule {
public:
    REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext* pHttpContext,
                                               ISendResponseProvider* pProvider) override
    {
        PCWSTR pszPath = pHttpContext->GetMetadata()->GetMetaPath();
        SITE_SETTINGS settings;
        if (!g_pCache->Get(pszPath, &settings) || !settings.fEnabled) {
            return RQ_NOTIFICATION_CONTINUE;
        }
        CStringA strValue;
        strValue.Format("%s; pid=%lu", settings.strHeaderValue.GetString(),
                        GetCurrentProcessId());
        IHttpResponse* pResponse = pHttpContext->GetResponse();
        HRESULT hr = pResponse->SetHeader("X-Stamp", strValue,
                                          static_cast<USHORT>(strValue.GetLength()), TRUE);
        if (FAILED(hr)) {
            pProvider->SetErrorStatus(hr);
        }
        return RQ_NOTIFICATION_CONTINUE;
    }
};

class CHeaderStampFactory final : public IHttpModuleFactory {
public:
    HRESULT GetHttpModule(CHttpModule** ppModule, IModuleAllocator* pAllocator) override
    {
        (void)pAllocator;
        *ppModule = new CHeaderStampModule();
        return *ppModule != NULL ? S_OK : E_OUTOFMEMORY;
    }
    void Terminate() override { delete this; }
};

class CHeaderStampGlobal final : public CGlobalModule {
public:
    GLOBAL_NOTIFICATION_STATUS
    OnGlobalApplicationStart(IHttpApplicationStartProvider* pProvider) override
    {
        IHttpApplication* pApplication = pProvider->GetApplication();
        g_pCache->Load(pApplication->GetAppConfigPath());
        return GL_NOTIFICATION_CONTINUE;
    }
    GLOBAL_NOTIFICATION_STATUS
    OnGlobalConfigurationChange(IGlobalConfigurationChangeProvider* pProvider) override
    {
        CString strPath(pProvider->GetChangePath());
        if (strPath.Find(_T("APPHOST")) >= 0) {
            g_pCache->Flush();
        }
        return GL_NOTIFICATION_CONTINUE;
    }
    void Terminate() override
    {
        delete g_pCache;
        g_pCache = NULL;
        delete this;
    }
};

// Names from a semicolon list, with the C++ library next to ATL.
std::vector<std::wstring> SplitNames(_In_z_ PCWSTR pszList)
{
    std::vector<std::wstring> names;
    CStringW strList(pszList);
    int iPos = 0;
    for (CStringW strName = strList.Tokenize(L";", iPos); iPos != -1;
         strName = strList.Tokenize(L";", iPos)) {
        names.push_back(std::wstring(strName.Trim().GetString()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

extern "C" __declspec(dllexport) HRESULT WINAPI
RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo* pModuleInfo,
               IHttpServer* pGlobalInfo)
{
    (void)dwServerVersion;
    g_pHttpServer = pGlobalInfo;
    g_pModuleId = pModuleInfo->GetId();
    g_pCache = new CSettingsCache();
    HRESULT hr = pModuleInfo->SetRequestNotifications(new CHeaderStampFactory(), RQ_SEND_RESPONSE,
                                                      0);
    if (SUCCEEDED(hr)) {
        hr = pModuleInfo->SetGlobalNotifications(new CHeaderStampGlobal(),
                                                 GL_APPLICATION_START | GL_CONFIGURATION_CHANGE);
    }
    return hr;
}
