// ahadmin.h from sdk/compat: the configuration COM interfaces a module reaches through
// IHttpServer::GetAdminManager(), with ATL's CComPtr/CComBSTR/CComVariant as real modules use
// them. GetAdminManager's return type is ahadmin.h's IAppHostAdminManager whichever header
// comes first; __uuidof works with mingw-w64 (its template form) with and without
// -fms-extensions; and the method order (vtable slots) is [MC-IISA]'s opnum order.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -DAHADMIN_FIRST -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++20 -fms-extensions -Wall -Wextra -Werror -DAHADMIN_FIRST -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clangxx --target=x86_64-w64-mingw32 -std=c++17 -S -emit-llvm -o /dev/null -Xclang -fdump-vtable-layouts -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s > %t/x64.txt
// RUN: %clangxx --target=i686-w64-mingw32 -std=c++17 -S -emit-llvm -o /dev/null -Xclang -fdump-vtable-layouts -isystem %sdk_include -isystem %repo/sdk/compat %s > %t/x86.txt
// RUN: FileCheck %s --check-prefix=WRITABLE < %t/x64.txt
// RUN: FileCheck %s --check-prefix=WRITABLE < %t/x86.txt
// RUN: FileCheck %s --check-prefix=ADMIN < %t/x64.txt
// RUN: FileCheck %s --check-prefix=ADMIN < %t/x86.txt
// RUN: FileCheck %s --check-prefix=ELEMENT < %t/x64.txt
// RUN: FileCheck %s --check-prefix=ELEMENT < %t/x86.txt
// RUN: FileCheck %s --check-prefix=COLLECTION < %t/x64.txt
// RUN: FileCheck %s --check-prefix=COLLECTION < %t/x86.txt
// RUN: FileCheck %s --check-prefix=PROPERTY < %t/x64.txt
// RUN: FileCheck %s --check-prefix=PROPERTY < %t/x86.txt
// RUN: FileCheck %s --check-prefix=CONFIGMANAGER < %t/x64.txt
// RUN: FileCheck %s --check-prefix=CONFIGMANAGER < %t/x86.txt

#if defined(AHADMIN_FIRST)
#include <ahadmin.h>
#include <httpserv.h>
#else
#include <httpserv.h>
#include <ahadmin.h>
#endif
#include <atlbase.h>

static_assert(__is_same(decltype(static_cast<IHttpServer*>(nullptr)->GetAdminManager()),
                        IAppHostAdminManager*),
              "GetAdminManager returns ahadmin.h's interface");
static_assert(__is_base_of(IUnknown, IAppHostElement), "");
static_assert(__is_base_of(IAppHostAdminManager, IAppHostWritableAdminManager), "");
static_assert(__is_base_of(IAppHostConfigException, IAppHostPropertyException), "");

// The UUIDs of [MC-IISA] section 1.9, through __uuidof.
#if __cplusplus >= 201703L && !defined(_MSC_VER)
static_assert(__uuidof(IAppHostAdminManager).Data1 == 0x9be77978, "");
static_assert(__uuidof(IAppHostWritableAdminManager).Data1 == 0xfa7660f6, "");
static_assert(__uuidof(IAppHostElement).Data1 == 0x64ff8ccc, "");
static_assert(__uuidof(IAppHostElement).Data4[7] == 0x53, "");
static_assert(__uuidof(IAppHostProperty).Data2 == 0x5024, "");
static_assert(__uuidof(AppHostAdminManager).Data1 == 0x228fb8f7, "");
static_assert(__uuidof(AppHostWritableAdminManager).Data3 == 0x4602, "");
#endif

// Reads <system.webServer/myModule enabled="..." maxEntries="..."> for the request's path and
// the names of the <add name="..."/> entries of its collection.
class CConfigReader {
public:
    explicit CConfigReader(IHttpServer* pServer) : m_pServer(pServer) {}

    HRESULT Read(IHttpContext* pHttpContext, BOOL* pfEnabled, DWORD* pdwMaxEntries)
    {
        *pfEnabled = FALSE;
        *pdwMaxEntries = 0;
        CComPtr<IAppHostAdminManager> spAdminManager = m_pServer->GetAdminManager();
        if (!spAdminManager) {
            return E_UNEXPECTED;
        }
        CComBSTR bstrSection(L"system.webServer/myModule");
        CComBSTR bstrPath(pHttpContext->GetMetadata()->GetMetaPath());
        CComPtr<IAppHostElement> spSection;
        HRESULT hr = spAdminManager->GetAdminSection(bstrSection, bstrPath, &spSection);
        if (FAILED(hr)) {
            return hr;
        }

        CComPtr<IAppHostProperty> spEnabled;
        hr = spSection->GetPropertyByName(CComBSTR(L"enabled"), &spEnabled);
        if (SUCCEEDED(hr)) {
            CComVariant varEnabled;
            hr = spEnabled->get_Value(&varEnabled);
            if (SUCCEEDED(hr) && varEnabled.vt == VT_BOOL) {
                *pfEnabled = varEnabled.boolVal == VARIANT_TRUE;
            }
        }

        CComPtr<IAppHostProperty> spMax;
        if (SUCCEEDED(spSection->GetPropertyByName(CComBSTR(L"maxEntries"), &spMax))) {
            CComVariant varMax;
            if (SUCCEEDED(spMax->get_Value(&varMax)) && SUCCEEDED(varMax.ChangeType(VT_UI4))) {
                *pdwMaxEntries = varMax.ulVal;
            }
        }
        return ReadNames(spSection);
    }

private:
    HRESULT ReadNames(IAppHostElement* pSection)
    {
        CComPtr<IAppHostElementCollection> spCollection;
        HRESULT hr = pSection->get_Collection(&spCollection);
        if (FAILED(hr) || !spCollection) {
            return hr;
        }
        DWORD cEntries = 0;
        hr = spCollection->get_Count(&cEntries);
        for (DWORD i = 0; SUCCEEDED(hr) && i < cEntries; ++i) {
            CComVariant varIndex(i);
            CComPtr<IAppHostElement> spEntry;
            hr = spCollection->get_Item(varIndex, &spEntry);
            if (FAILED(hr)) {
                break;
            }
            CComPtr<IAppHostPropertyCollection> spProperties;
            hr = spEntry->get_Properties(&spProperties);
            CComPtr<IAppHostProperty> spName;
            if (SUCCEEDED(hr)) {
                hr = spProperties->get_Item(CComVariant(L"name"), &spName);
            }
            CComBSTR bstrName;
            if (SUCCEEDED(hr)) {
                hr = spName->get_StringValue(&bstrName);
            }
        }
        return hr;
    }

    IHttpServer* m_pServer;
};

// Adding an entry with the writable manager, created through COM.
HRESULT AddEntry(PCWSTR pszName)
{
    CComPtr<IAppHostWritableAdminManager> spManager;
    HRESULT hr = spManager.CoCreateInstance(__uuidof(AppHostWritableAdminManager));
    if (FAILED(hr)) {
        return hr;
    }
    hr = spManager->put_CommitPath(CComBSTR(L"MACHINE/WEBROOT/APPHOST"));
    CComPtr<IAppHostElement> spSection;
    if (SUCCEEDED(hr)) {
        hr = spManager->GetAdminSection(CComBSTR(L"system.webServer/myModule"),
                                        CComBSTR(L"MACHINE/WEBROOT/APPHOST"), &spSection);
    }
    CComPtr<IAppHostElementCollection> spCollection;
    if (SUCCEEDED(hr)) {
        hr = spSection->get_Collection(&spCollection);
    }
    CComPtr<IAppHostElement> spNew;
    if (SUCCEEDED(hr)) {
        hr = spCollection->CreateNewElement(CComBSTR(L"add"), &spNew);
    }
    CComPtr<IAppHostProperty> spName;
    if (SUCCEEDED(hr)) {
        hr = spNew->GetPropertyByName(CComBSTR(L"name"), &spName);
    }
    if (SUCCEEDED(hr)) {
        hr = spName->put_Value(CComVariant(pszName));
    }
    if (SUCCEEDED(hr)) {
        hr = spCollection->AddElement(spNew);
    }
    CComPtr<IAppHostConfigManager> spConfigManager;
    if (SUCCEEDED(hr)) {
        hr = spManager->get_ConfigManager(&spConfigManager);
    }
    return SUCCEEDED(hr) ? spManager->CommitChanges() : hr;
}

// The configuration exception httpserv.h's IHttpSite/IHttpApplication-level calls can return.
HRESULT DescribeConfigError(IAppHostConfigException* pException, BSTR* pbstrFile, ULONG* pnLine)
{
    HRESULT hr = pException->get_FileName(pbstrFile);
    return SUCCEEDED(hr) ? pException->get_LineNumber(pnLine) : hr;
}

// Out-of-line constructors, so that the interfaces' vtables are laid out (and dumped).
struct CProbeWritable : IAppHostWritableAdminManager {
    CProbeWritable();
};
CProbeWritable::CProbeWritable() {}
struct CProbeElement : IAppHostElement {
    CProbeElement();
};
CProbeElement::CProbeElement() {}
struct CProbeCollection : IAppHostElementCollection {
    CProbeCollection();
};
CProbeCollection::CProbeCollection() {}
struct CProbeProperty : IAppHostProperty {
    CProbeProperty();
};
CProbeProperty::CProbeProperty() {}
struct CProbeConfigManager : IAppHostConfigManager {
    CProbeConfigManager();
};
CProbeConfigManager::CProbeConfigManager() {}

// WRITABLE: VTable indices for 'IAppHostWritableAdminManager' (3 entries).
// WRITABLE-NEXT:   7 | HRESULT IAppHostWritableAdminManager::CommitChanges()
// WRITABLE-NEXT:   8 | HRESULT IAppHostWritableAdminManager::get_CommitPath(BSTR *)
// WRITABLE-NEXT:   9 | HRESULT IAppHostWritableAdminManager::put_CommitPath(BSTR)
// ADMIN: VTable indices for 'IAppHostAdminManager' (4 entries).
// ADMIN-NEXT:   3 | HRESULT IAppHostAdminManager::GetAdminSection(BSTR, BSTR, IAppHostElement **)
// ADMIN-NEXT:   4 | HRESULT IAppHostAdminManager::GetMetadata(BSTR, VARIANT *)
// ADMIN-NEXT:   5 | HRESULT IAppHostAdminManager::SetMetadata(BSTR, VARIANT)
// ADMIN-NEXT:   6 | HRESULT IAppHostAdminManager::get_ConfigManager(IAppHostConfigManager **)
// ELEMENT: VTable indices for 'IAppHostElement' (11 entries).
// ELEMENT-NEXT:   3 | HRESULT IAppHostElement::get_Name(BSTR *)
// ELEMENT-NEXT:   4 | HRESULT IAppHostElement::get_Collection(IAppHostElementCollection **)
// ELEMENT-NEXT:   5 | HRESULT IAppHostElement::get_Properties(IAppHostPropertyCollection **)
// ELEMENT-NEXT:   6 | HRESULT IAppHostElement::get_ChildElements(IAppHostChildElementCollection **)
// ELEMENT-NEXT:   7 | HRESULT IAppHostElement::GetMetadata(BSTR, VARIANT *)
// ELEMENT-NEXT:   8 | HRESULT IAppHostElement::SetMetadata(BSTR, VARIANT)
// ELEMENT-NEXT:   9 | HRESULT IAppHostElement::get_Schema(IAppHostElementSchema **)
// ELEMENT-NEXT:  10 | HRESULT IAppHostElement::GetElementByName(BSTR, IAppHostElement **)
// ELEMENT-NEXT:  11 | HRESULT IAppHostElement::GetPropertyByName(BSTR, IAppHostProperty **)
// ELEMENT-NEXT:  12 | HRESULT IAppHostElement::Clear()
// ELEMENT-NEXT:  13 | HRESULT IAppHostElement::get_Methods(IAppHostMethodCollection **)
// COLLECTION: VTable indices for 'IAppHostElementCollection' (7 entries).
// COLLECTION-NEXT:   3 | HRESULT IAppHostElementCollection::get_Count(DWORD *)
// COLLECTION-NEXT:   4 | HRESULT IAppHostElementCollection::get_Item(VARIANT, IAppHostElement **)
// COLLECTION-NEXT:   5 | HRESULT IAppHostElementCollection::AddElement(IAppHostElement *, INT)
// COLLECTION-NEXT:   6 | HRESULT IAppHostElementCollection::DeleteElement(VARIANT)
// COLLECTION-NEXT:   7 | HRESULT IAppHostElementCollection::Clear()
// COLLECTION-NEXT:   8 | HRESULT IAppHostElementCollection::CreateNewElement(BSTR, IAppHostElement **)
// COLLECTION-NEXT:   9 | HRESULT IAppHostElementCollection::get_Schema(IAppHostCollectionSchema **)
// PROPERTY: VTable indices for 'IAppHostProperty' (9 entries).
// PROPERTY-NEXT:   3 | HRESULT IAppHostProperty::get_Name(BSTR *)
// PROPERTY-NEXT:   4 | HRESULT IAppHostProperty::get_Value(VARIANT *)
// PROPERTY-NEXT:   5 | HRESULT IAppHostProperty::put_Value(VARIANT)
// PROPERTY-NEXT:   6 | HRESULT IAppHostProperty::Clear()
// PROPERTY-NEXT:   7 | HRESULT IAppHostProperty::get_StringValue(BSTR *)
// PROPERTY-NEXT:   8 | HRESULT IAppHostProperty::get_Exception(IAppHostPropertyException **)
// PROPERTY-NEXT:   9 | HRESULT IAppHostProperty::GetMetadata(BSTR, VARIANT *)
// PROPERTY-NEXT:  10 | HRESULT IAppHostProperty::SetMetadata(BSTR, VARIANT)
// PROPERTY-NEXT:  11 | HRESULT IAppHostProperty::get_Schema(IAppHostPropertySchema **)
// CONFIGMANAGER: VTable indices for 'IAppHostConfigManager' (2 entries).
// CONFIGMANAGER-NEXT:   3 | HRESULT IAppHostConfigManager::GetConfigFile(BSTR, IAppHostConfigFile **)
// CONFIGMANAGER-NEXT:   4 | HRESULT IAppHostConfigManager::GetUniqueConfigPath(BSTR, BSTR *)
