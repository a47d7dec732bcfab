// ATL's COM client classes and base utilities from sdk/compat (atlbase.h, atlcomcli.h,
// atlcore.h, atldef.h, atlsafe.h, atlalloc.h): CComPtr, CComQIPtr, CComBSTR (exactly the class
// ATL::CComBSTR), CComVariant, CComSafeArray, the critical sections and locks, CHandle, CRegKey,
// ATLASSERT/ATLTRACE/AtlThrow/CAtlException, as module code uses them.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++14 -fms-extensions -nostdinc++ -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++20 -fno-exceptions -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DWIN32_LEAN_AND_MEAN -D_ATL_NO_AUTOMATIC_NAMESPACE -DNO_AUTOMATIC_NAMESPACE -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <httpserv.h>
#include <atlbase.h>
#include <atlcomcli.h>
#include <atlcore.h>
#include <atlsafe.h>

#if defined(NO_AUTOMATIC_NAMESPACE)
using ATL::CAtlException;
using ATL::CComAutoCriticalSection;
using ATL::CComBSTR;
using ATL::CComCriticalSection;
using ATL::CComCritSecLock;
using ATL::CComHeapPtr;
using ATL::CComPtr;
using ATL::CComQIPtr;
using ATL::CComSafeArray;
using ATL::CComVariant;
using ATL::CCritSecLock;
using ATL::CHandle;
using ATL::CRegKey;
#endif

static_assert(__is_class(ATL::CComBSTR), "CComBSTR is the class ATL::CComBSTR");
static_assert(__is_same(decltype(ATL::CComBSTR().m_str), BSTR), "");
static_assert(__is_base_of(tagVARIANT, ATL::CComVariant), "");

// Settings read once, guarded by a critical section the module initialises in RegisterModule.
static CComCriticalSection g_csSettings;
static CComBSTR g_bstrBanner;
static DWORD g_dwTimeout = 30;

HRESULT InitSettings()
{
    HRESULT hr = g_csSettings.Init();
    if (FAILED(hr)) {
        return hr;
    }
    CRegKey key;
    LONG lRes = key.Open(HKEY_LOCAL_MACHINE, TEXT("SOFTWARE\\Contoso\\IisModule"), KEY_READ);
    if (lRes != ERROR_SUCCESS) {
        return HRESULT_FROM_WIN32(lRes);
    }
    DWORD dwTimeout = 0;
    if (key.QueryDWORDValue(TEXT("Timeout"), dwTimeout) == ERROR_SUCCESS) {
        g_dwTimeout = dwTimeout;
    }
    TCHAR szBanner[128];
    ULONG cchBanner = 128;
    if (key.QueryStringValue(TEXT("Banner"), szBanner, &cchBanner) == ERROR_SUCCESS) {
        CComCritSecLock<CComCriticalSection> lock(g_csSettings);
        g_bstrBanner = szBanner;
    }
    key.Close();
    return S_OK;
}

HRESULT GetBanner(BSTR* pbstrBanner)
{
    ATLASSERT(pbstrBanner != NULL);
    g_csSettings.Lock();
    HRESULT hr = g_bstrBanner.CopyTo(pbstrBanner);
    g_csSettings.Unlock();
    ATLTRACE(ATL::atlTraceGeneral, 2, _T("banner copied: 0x%08x\n"), hr);
    ATLTRACE("timeout %lu\n", g_dwTimeout);
    return hr;
}

// CComBSTR: construction, growth, comparison, ownership transfer.
HRESULT BuildPath(LPCWSTR pszSite, LPCSTR pszApp, BSTR* pbstrPath)
{
    CComBSTR bstrPath(L"MACHINE/WEBROOT/APPHOST/");
    HRESULT hr = bstrPath.Append(pszSite);
    if (SUCCEEDED(hr)) {
        hr = bstrPath.Append(L'/');
    }
    if (SUCCEEDED(hr)) {
        hr = bstrPath.Append(pszApp);
    }
    bstrPath += L"/";
    CComBSTR bstrCopy(bstrPath);
    if (bstrCopy != bstrPath || bstrPath == NULL || !bstrPath || bstrPath.Length() == 0) {
        return E_UNEXPECTED;
    }
    bstrCopy.ToLower();
    if (bstrCopy == L"machine/webroot/apphost/") {
        bstrCopy.Empty();
    }
    *pbstrPath = bstrPath.Detach();
    return hr;
}

void TakeOwnership(BSTR bstrFromCaller)
{
    CComBSTR bstr;
    bstr.Attach(bstrFromCaller);
    CComBSTR bstrOther(static_cast<int>(bstr.Length()), static_cast<LPCOLESTR>(bstr));
    bstr = bstrOther;
    bstr = "narrow";
    BSTR* pbstr = &bstrOther; // only on an empty or about-to-be-overwritten CComBSTR
    (void)pbstr;
}

// CComVariant: typed construction, ChangeType, Detach into an out-parameter.
HRESULT ReadFlag(IDispatch* pSettings, const VARIANT& varIn, VARIANT* pvarOut)
{
    CComVariant varEnabled(true);
    CComVariant varCount(10L);
    CComVariant varName(L"name");
    CComVariant varCopy(varIn);
    CComVariant varDisp(pSettings);
    varCount = 11;
    varName = "narrow name";
    HRESULT hr = varCopy.ChangeType(VT_BSTR);
    if (SUCCEEDED(hr) && varCopy.vt == VT_BSTR && varCopy != varName) {
        BSTR bstrValue = NULL;
        varCopy.CopyTo(&bstrValue);
        SysFreeString(bstrValue);
    }
    return varEnabled.Detach(pvarOut);
}

// CComPtr / CComQIPtr.
HRESULT QueryStream(IUnknown* pUnknown, IStream** ppStream)
{
    CComPtr<IUnknown> spUnknown(pUnknown);
    CComQIPtr<IStream> spStream(spUnknown);
    if (!spStream) {
        return E_NOINTERFACE;
    }
    CComPtr<IStream> spCopy = spStream;
    CComPtr<IPersist> spPersist;
    if (SUCCEEDED(spCopy.QueryInterface(&spPersist)) && spPersist != NULL) {
        CLSID clsid;
        spPersist->GetClassID(&clsid);
    }
    CComQIPtr<IUnknown> spIdentity(pUnknown);
    if (!spCopy.IsEqualObject(spIdentity)) {
        return E_UNEXPECTED;
    }
    return spCopy.CopyTo(ppStream);
}

// CComSafeArray of BSTRs, returned in a VARIANT.
HRESULT MakeNames(VARIANT* pvarNames)
{
    CComSafeArray<BSTR> saNames(2);
    saNames.SetAt(0, CComBSTR(L"first"));
    saNames.SetAt(1, CComBSTR(L"second"));
    saNames.Add(CComBSTR(L"third"));
    LONG cNames = static_cast<LONG>(saNames.GetCount());
    BSTR bstrFirst = saNames.GetAt(saNames.GetLowerBound());
    (void)bstrFirst;
    (void)cNames;
    pvarNames->vt = VT_ARRAY | VT_BSTR;
    pvarNames->parray = saNames.Detach();
    return S_OK;
}

// Locks, handles, heap pointers, exceptions.
static CComAutoCriticalSection g_csCache;
static CRITICAL_SECTION g_csRaw;

HRESULT WaitForWorker(HANDLE hWorker)
{
    CComCritSecLock<CComAutoCriticalSection> lock(g_csCache, false);
    lock.Lock();
    CCritSecLock rawLock(g_csRaw);
    CHandle hThread(hWorker);
    DWORD dwWait = WaitForSingleObject(hThread, 1000);
    CComHeapPtr<WCHAR> spBuffer;
    if (!spBuffer.Allocate(64)) {
        return E_OUTOFMEMORY;
    }
    lock.Unlock();
    return dwWait == WAIT_OBJECT_0 ? S_OK : HRESULT_FROM_WIN32(dwWait);
}

HRESULT Guarded(DWORD dwValue)
{
#if defined(__cpp_exceptions)
    try {
        if (dwValue == 0) {
            AtlThrow(E_INVALIDARG);
        }
        ATLENSURE(dwValue < 100);
    } catch (CAtlException& e) {
        return e.m_hr;
    }
#else
    if (dwValue == 0) {
        AtlThrow(E_INVALIDARG);
    }
#endif
    return S_OK;
}
