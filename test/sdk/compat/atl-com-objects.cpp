// ATL's COM object classes from sdk/compat (atlcom.h): a configuration object written the way the
// ATL DLL wizard lays out a class (CComObjectRootEx + CComCoClass + an interface, a COM map, the
// registry and aggregation macros, OBJECT_ENTRY_AUTO), created on the heap with
// CComObject<T>::CreateInstance and used beside an IIS module, for both character sets and both
// targets.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++20 -nostdinc++ -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <httpserv.h>
#include <atlbase.h>
#include <atlcom.h>

#define IDR_MODULECONFIG 101
#define IDR_CONFIGMODULE 100

// The type library and class the object is registered under.
static const GUID LIBID_ConfigModuleLib = {0x5d0b7e31, 0x2c4a, 0x4f6e, {0x9a, 0x11, 0x3b, 0x72, 0xc8, 0x40, 0x1d, 0x6e}};
static const CLSID CLSID_ModuleConfig = {0x8f3a61c2, 0x47d9, 0x4b05, {0xa2, 0x6e, 0x90, 0x1c, 0x5f, 0x3d, 0x7b, 0x14}};

// The object's custom interface: how many requests the module lets through per second.
struct IModuleConfig : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetRateLimit(DWORD* pdwLimit) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetRateLimit(DWORD dwLimit) = 0;
};
__CRT_UUID_DECL(IModuleConfig, 0x1e6b2f90, 0x0c3d, 0x4a8b, 0x8e, 0x55, 0x27, 0xd1, 0x6a, 0x94, 0xb3, 0x08)
static const IID IID_IModuleConfig = {0x1e6b2f90, 0x0c3d, 0x4a8b, {0x8e, 0x55, 0x27, 0xd1, 0x6a, 0x94, 0xb3, 0x08}};

class CConfigModuleModule : public ATL::CAtlDllModuleT<CConfigModuleModule> {
public:
    DECLARE_LIBID(LIBID_ConfigModuleLib)
    DECLARE_REGISTRY_APPID_RESOURCEID(IDR_CONFIGMODULE, "{0C6E9F4B-1A27-4D83-B5E0-7F2A18C93D56}")
};

class CModuleConfig : public CComObjectRootEx<CComMultiThreadModel>,
                      public CComCoClass<CModuleConfig, &CLSID_ModuleConfig>,
                      public IModuleConfig {
public:
    CModuleConfig() : m_dwLimit(0) {}

    DECLARE_REGISTRY_RESOURCEID(IDR_MODULECONFIG)
    DECLARE_NOT_AGGREGATABLE(CModuleConfig)

    BEGIN_COM_MAP(CModuleConfig)
        COM_INTERFACE_ENTRY(IModuleConfig)
        COM_INTERFACE_ENTRY_IID(IID_IModuleConfig, IModuleConfig)
    END_COM_MAP()

    DECLARE_PROTECT_FINAL_CONSTRUCT()

    HRESULT FinalConstruct()
    {
        m_dwLimit = 100;
        return S_OK;
    }
    void FinalRelease() {}

    STDMETHOD(GetRateLimit)(DWORD* pdwLimit) override
    {
        if (pdwLimit == NULL)
            return E_POINTER;
        *pdwLimit = m_dwLimit;
        return S_OK;
    }
    STDMETHOD(SetRateLimit)(DWORD dwLimit) override
    {
        m_dwLimit = dwLimit;
        return S_OK;
    }

private:
    DWORD m_dwLimit;
};

OBJECT_ENTRY_AUTO(CLSID_ModuleConfig, CModuleConfig)

static_assert(__is_base_of(ATL::CComObjectRootBase, CModuleConfig), "");
static_assert(__is_base_of(CModuleConfig, ATL::CComObject<CModuleConfig>), "");
static_assert(__is_same(ATL::CComObjectRoot, ATL::CComObjectRootEx<ATL::CComObjectThreadModel>), "");
static_assert(__is_abstract(CModuleConfig), "END_COM_MAP leaves IUnknown to CComObject");
static_assert(!__is_abstract(ATL::CComObject<CModuleConfig>), "");
static_assert(!__is_abstract(ATL::CComObjectNoLock<CModuleConfig>), "");

// A single-threaded object with the older root typedef.
class CRequestCounter : public CComObjectRootEx<CComSingleThreadModel>, public IUnknown {
public:
    BEGIN_COM_MAP(CRequestCounter)
        COM_INTERFACE_ENTRY_IID(IID_IUnknown, IUnknown)
    END_COM_MAP()
};

// The module keeps one configuration object for its lifetime.
class CRateLimitModule : public CHttpModule {
public:
    explicit CRateLimitModule(IModuleConfig* pConfig) : m_pConfig(pConfig) {}

    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext* pHttpContext, IHttpEventProvider* pProvider) override
    {
        (void)pProvider;
        DWORD dwLimit = 0;
        if (FAILED(m_pConfig->GetRateLimit(&dwLimit)) || dwLimit == 0) {
            pHttpContext->GetResponse()->SetStatus(503, "Service Unavailable");
            return RQ_NOTIFICATION_FINISH_REQUEST;
        }
        return RQ_NOTIFICATION_CONTINUE;
    }

private:
    CComPtr<IModuleConfig> m_pConfig;
};

class CRateLimitFactory final : public IHttpModuleFactory {
public:
    explicit CRateLimitFactory(IModuleConfig* pConfig) : m_pConfig(pConfig) {}

    HRESULT GetHttpModule(CHttpModule** ppModule, IModuleAllocator* pAllocator) override
    {
        (void)pAllocator;
        CRateLimitModule* pModule = new CRateLimitModule(m_pConfig);
        *ppModule = pModule;
        return S_OK;
    }
    void Terminate() override { delete this; }

private:
    CComPtr<IModuleConfig> m_pConfig;
};

static HRESULT CreateConfig(IModuleConfig** ppConfig)
{
    // The documented pattern: CreateInstance leaves the count at zero, the caller AddRef's.
    CComObject<CModuleConfig>* pObject = NULL;
    HRESULT hr = CComObject<CModuleConfig>::CreateInstance(&pObject);
    if (FAILED(hr))
        return hr;
    pObject->AddRef();
    hr = pObject->SetRateLimit(250);
    if (SUCCEEDED(hr))
        hr = pObject->QueryInterface(IID_IModuleConfig, reinterpret_cast<void**>(ppConfig));
    pObject->Release();
    return hr;
}

static HRESULT CreateConfigThroughCoClass(IModuleConfig** ppConfig)
{
    CComPtr<IModuleConfig> spConfig;
    HRESULT hr = CModuleConfig::CreateInstance(&spConfig.p);
    if (FAILED(hr))
        return hr;
    if (!InlineIsEqualGUID(CModuleConfig::GetObjectCLSID(), CLSID_ModuleConfig))
        return E_UNEXPECTED;
    *ppConfig = spConfig.Detach();
    return S_OK;
}

static HRESULT CreateCounter()
{
    CComObject<CRequestCounter>* pCounter = NULL;
    HRESULT hr = CComObject<CRequestCounter>::CreateInstance(&pCounter);
    if (FAILED(hr))
        return hr;
    CComPtr<IUnknown> spUnknown(pCounter);
    return spUnknown != NULL ? S_OK : E_FAIL;
}

HRESULT __stdcall RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo* pModuleInfo,
                                 IHttpServer* pGlobalInfo)
{
    (void)dwServerVersion;
    (void)pGlobalInfo;
    CComPtr<IModuleConfig> spConfig;
    HRESULT hr = CreateConfig(&spConfig);
    if (SUCCEEDED(hr) && spConfig == NULL)
        hr = CreateConfigThroughCoClass(&spConfig);
    if (SUCCEEDED(hr))
        hr = CreateCounter();
    if (FAILED(hr))
        return hr;
    (void)CConfigModuleModule::GetLibId();
    (void)CConfigModuleModule::GetAppId();
    (void)CConfigModuleModule::UpdateRegistryAppId(TRUE);
    (void)CModuleConfig::UpdateRegistry(TRUE);
    return pModuleInfo->SetRequestNotifications(new CRateLimitFactory(spConfig), RQ_BEGIN_REQUEST, 0);
}
