// ahadmin.h -- the IIS configuration system's COM interfaces (Application Host Administration
// API), as modules reach them through IHttpServer::GetAdminManager().
//
// Written for iis-tidy from public facts: the interface names, UUIDs, method order and parameter
// types are those of Microsoft's [MC-IISA] protocol specification (section 1.9 for the UUIDs,
// section 3.1.4 and appendix A for the methods in opnum order), which the IIS native-code API
// reference (ahadmin.h pages) matches. No text of the Windows SDK's ahadmin.h was copied. It
// serves static analysis on hosts without the Windows SDK, together with mingw-w64's windows.h
// (--target=x86_64-w64-mingw32 or i686-w64-mingw32). Production builds use the Windows SDK.
//
// Every interface keeps the documented method order (so vtable slots match), with MIDL's naming
// of properties (get_X / put_X) as C++ callers use them. The interfaces of later SDKs that the
// protocol does not describe (the *Extension interfaces other than IAppHostMappingExtension) are
// not declared.
//
// __uuidof(IAppHostAdminManager), __uuidof(AppHostWritableAdminManager) and so on work both ways:
// with mingw-w64, whose __uuidof is a template fed by __CRT_UUID_DECL, and with compilers that
// read __declspec(uuid). IID_* and CLSID_* are declared as data, as in the SDK.

#ifndef IISTIDY_COMPAT_AHADMIN_H
#define IISTIDY_COMPAT_AHADMIN_H
#pragma GCC system_header
#ifndef __ahadmin_h__
#define __ahadmin_h__
#endif

#ifndef __cplusplus
#error "ahadmin.h (iis-tidy) declares the C++ form of the interfaces only; compile as C++"
#endif

#include <windows.h>
#include <ole2.h>
#include <oleauto.h>

#if defined(__MINGW32__) && !defined(_MSC_VER) && defined(__CRT_UUID_DECL)
#define IISTIDY_AHADMIN_UUID(text)
#define IISTIDY_AHADMIN_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)            \
    __CRT_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)
#elif defined(_MSC_VER) || defined(_MSC_EXTENSIONS)
#define IISTIDY_AHADMIN_UUID(text) __declspec(uuid(text))
#define IISTIDY_AHADMIN_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)
#else
#define IISTIDY_AHADMIN_UUID(text)
#define IISTIDY_AHADMIN_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)
#endif

// Forward declarations, so that the interfaces can name each other in any order.
struct IAppHostMappingExtension;
struct IAppHostChildElementCollection;
struct IAppHostPropertyCollection;
struct IAppHostConfigLocationCollection;
struct IAppHostMethodCollection;
struct IAppHostElementSchemaCollection;
struct IAppHostPropertySchemaCollection;
struct IAppHostConstantValueCollection;
struct IAppHostConstantValue;
struct IAppHostPropertySchema;
struct IAppHostCollectionSchema;
struct IAppHostElementSchema;
struct IAppHostMethodSchema;
struct IAppHostMethodInstance;
struct IAppHostMethod;
struct IAppHostConfigException;
struct IAppHostPropertyException;
struct IAppHostElementCollection;
struct IAppHostElement;
struct IAppHostProperty;
struct IAppHostConfigLocation;
struct IAppHostSectionDefinition;
struct IAppHostSectionDefinitionCollection;
struct IAppHostSectionGroup;
struct IAppHostConfigFile;
struct IAppHostPathMapper;
struct IAppHostChangeHandler;
struct IAppHostAdminManager;
struct IAppHostWritableAdminManager;
struct IAppHostConfigManager;

struct IISTIDY_AHADMIN_UUID("31a83ea0-c0e4-4a2c-8a01-353cc2a4c60a")
    IAppHostMappingExtension : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE
    GetSiteNameFromSiteId(DWORD dwSiteId, BSTR* pbstrSiteName) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    GetSiteIdFromSiteName(BSTR bstrSiteName, DWORD* pdwSiteId) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    GetSiteElementFromSiteId(DWORD dwSiteId, IAppHostElement** ppSiteElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    MapPath(BSTR bstrSiteName, BSTR bstrVirtualPath, BSTR* pbstrPhysicalPath,
        IAppHostElement** ppVirtualDirectoryElement, IAppHostElement** ppApplicationElement) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostMappingExtension, 0x31a83ea0, 0xc0e4, 0x4a2c,
                          0x8a, 0x01, 0x35, 0x3c, 0xc2, 0xa4, 0xc6, 0x0a)

struct IISTIDY_AHADMIN_UUID("08a90f5f-0702-48d6-b45f-02a9885a9768")
    IAppHostChildElementCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostElement** ppElement) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostChildElementCollection, 0x08a90f5f, 0x0702, 0x48d6,
                          0xb4, 0x5f, 0x02, 0xa9, 0x88, 0x5a, 0x97, 0x68)

struct IISTIDY_AHADMIN_UUID("0191775e-bcff-445a-b4f4-3bdda54e2816")
    IAppHostPropertyCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostProperty** ppProperty) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostPropertyCollection, 0x0191775e, 0xbcff, 0x445a,
                          0xb4, 0xf4, 0x3b, 0xdd, 0xa5, 0x4e, 0x28, 0x16)

struct IISTIDY_AHADMIN_UUID("832a32f7-b3ea-4b8c-b260-9a2923001184")
    IAppHostConfigLocationCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Item(VARIANT varIndex, IAppHostConfigLocation** ppLocation) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    AddLocation(BSTR bstrLocationPath, IAppHostConfigLocation** ppNewLocation) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteLocation(VARIANT cIndex) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostConfigLocationCollection, 0x832a32f7, 0xb3ea, 0x4b8c,
                          0xb2, 0x60, 0x9a, 0x29, 0x23, 0x00, 0x11, 0x84)

struct IISTIDY_AHADMIN_UUID("d6c7cd8f-bb8d-4f96-b591-d3a5f1320269")
    IAppHostMethodCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostMethod** ppMethod) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostMethodCollection, 0xd6c7cd8f, 0xbb8d, 0x4f96,
                          0xb5, 0x91, 0xd3, 0xa5, 0xf1, 0x32, 0x02, 0x69)

struct IISTIDY_AHADMIN_UUID("0344cdda-151e-4cbf-82da-66ae61e97754")
    IAppHostElementSchemaCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Item(VARIANT cIndex, IAppHostElementSchema** ppElementSchema) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostElementSchemaCollection, 0x0344cdda, 0x151e, 0x4cbf,
                          0x82, 0xda, 0x66, 0xae, 0x61, 0xe9, 0x77, 0x54)

struct IISTIDY_AHADMIN_UUID("8bed2c68-a5fb-4b28-8581-a0dc5267419f")
    IAppHostPropertySchemaCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Item(VARIANT cIndex, IAppHostPropertySchema** ppPropertySchema) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostPropertySchemaCollection, 0x8bed2c68, 0xa5fb, 0x4b28,
                          0x85, 0x81, 0xa0, 0xdc, 0x52, 0x67, 0x41, 0x9f)

struct IISTIDY_AHADMIN_UUID("5b5a68e6-8b9f-45e1-8199-a95ffccdffff")
    IAppHostConstantValueCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Item(VARIANT cIndex, IAppHostConstantValue** ppConstantValue) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostConstantValueCollection, 0x5b5a68e6, 0x8b9f, 0x45e1,
                          0x81, 0x99, 0xa9, 0x5f, 0xfc, 0xcd, 0xff, 0xff)

struct IISTIDY_AHADMIN_UUID("0716caf8-7d05-4a46-8099-77594be91394")
    IAppHostConstantValue : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Value(DWORD* pdwValue) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostConstantValue, 0x0716caf8, 0x7d05, 0x4a46,
                          0x80, 0x99, 0x77, 0x59, 0x4b, 0xe9, 0x13, 0x94)

struct IISTIDY_AHADMIN_UUID("450386db-7409-4667-935e-384dbbee2a9e")
    IAppHostPropertySchema : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Type(BSTR* pbstrType) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_DefaultValue(VARIANT* pDefaultValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsRequired(VARIANT_BOOL* pfIsRequired) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsUniqueKey(VARIANT_BOOL* pfIsUniqueKey) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsCombinedKey(VARIANT_BOOL* pfIsCombinedKey) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsExpanded(VARIANT_BOOL* pfIsExpanded) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ValidationType(BSTR* pbstrValidationType) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ValidationParameter(BSTR* pbstrValidationParameter) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsCaseSensitive(VARIANT_BOOL* pfIsCaseSensitive) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_PossibleValues(IAppHostConstantValueCollection** ppValues) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_DoesAllowInfinite(VARIANT_BOOL* pfAllowInfinite) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsEncrypted(VARIANT_BOOL* pfIsEncrypted) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_TimeSpanFormat(BSTR* pbstrTimeSpanFormat) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostPropertySchema, 0x450386db, 0x7409, 0x4667,
                          0x93, 0x5e, 0x38, 0x4d, 0xbb, 0xee, 0x2a, 0x9e)

struct IISTIDY_AHADMIN_UUID("de095db1-5368-4d11-81f6-efef619b7bcf")
    IAppHostCollectionSchema : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_AddElementNames(BSTR* pbstrElementName) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    GetAddElementSchema(BSTR bstrElementName, IAppHostElementSchema** ppSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_RemoveElementSchema(IAppHostElementSchema** ppSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ClearElementSchema(IAppHostElementSchema** ppSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsMergeAppend(VARIANT_BOOL* pfIsMergeAppend) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_DoesAllowDuplicates(VARIANT_BOOL* pfAllowDuplicates) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostCollectionSchema, 0xde095db1, 0x5368, 0x4d11,
                          0x81, 0xf6, 0xef, 0xef, 0x61, 0x9b, 0x7b, 0xcf)

struct IISTIDY_AHADMIN_UUID("ef13d885-642c-4709-99ec-b89561c6bc69")
    IAppHostElementSchema : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_DoesAllowUnschematizedProperties(VARIANT_BOOL* pfAllowUnschematized) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_CollectionSchema(IAppHostCollectionSchema** ppCollectionSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_ChildElementSchemas(IAppHostElementSchemaCollection** ppChildSchemas) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_PropertySchemas(IAppHostPropertySchemaCollection** ppPropertySchemas) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_IsCollectionDefault(VARIANT_BOOL* pfIsCollectionDefault) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostElementSchema, 0xef13d885, 0x642c, 0x4709,
                          0x99, 0xec, 0xb8, 0x95, 0x61, 0xc6, 0xbc, 0x69)

struct IISTIDY_AHADMIN_UUID("2d9915fb-9d42-4328-b782-1b46819fab9e")
    IAppHostMethodSchema : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_InputSchema(IAppHostElementSchema** ppInputSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_OutputSchema(IAppHostElementSchema** ppOutputSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostMethodSchema, 0x2d9915fb, 0x9d42, 0x4328,
                          0xb7, 0x82, 0x1b, 0x46, 0x81, 0x9f, 0xab, 0x9e)

struct IISTIDY_AHADMIN_UUID("b80f3c42-60e0-4ae0-9007-f52852d3dbed")
    IAppHostMethodInstance : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Input(IAppHostElement** ppInputElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Output(IAppHostElement** ppOutputElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE Execute() = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostMethodInstance, 0xb80f3c42, 0x60e0, 0x4ae0,
                          0x90, 0x07, 0xf5, 0x28, 0x52, 0xd3, 0xdb, 0xed)

struct IISTIDY_AHADMIN_UUID("7883ca1c-1112-4447-84c3-52fbeb38069d")
    IAppHostMethod : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Schema(IAppHostMethodSchema** ppMethodSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    CreateInstance(IAppHostMethodInstance** ppMethodInstance) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostMethod, 0x7883ca1c, 0x1112, 0x4447,
                          0x84, 0xc3, 0x52, 0xfb, 0xeb, 0x38, 0x06, 0x9d)

struct IISTIDY_AHADMIN_UUID("4dfa1df3-8900-4bc7-bbb5-d1a458c52410")
    IAppHostConfigException : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_LineNumber(ULONG* pcLineNumber) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_FileName(BSTR* pbstrFileName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ConfigPath(BSTR* pbstrConfigPath) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ErrorLine(BSTR* pbstrErrorLine) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_PreErrorLine(BSTR* pbstrPreErrorLine) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_PostErrorLine(BSTR* pbstrPostErrorLine) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ErrorString(BSTR* pbstrErrorString) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostConfigException, 0x4dfa1df3, 0x8900, 0x4bc7,
                          0xbb, 0xb5, 0xd1, 0xa4, 0x58, 0xc5, 0x24, 0x10)

struct IISTIDY_AHADMIN_UUID("eafe4895-a929-41ea-b14d-613e23f62b71")
    IAppHostPropertyException : public IAppHostConfigException {
    virtual HRESULT STDMETHODCALLTYPE get_InvalidValue(BSTR* pbstrValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ValidationFailureReason(BSTR* pbstrValidationReason) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_ValidationFailureParameters(SAFEARRAY** pParameterArray) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostPropertyException, 0xeafe4895, 0xa929, 0x41ea,
                          0xb1, 0x4d, 0x61, 0x3e, 0x23, 0xf6, 0x2b, 0x71)

struct IISTIDY_AHADMIN_UUID("c8550bff-5281-4b1e-ac34-99b6fa38464d")
    IAppHostElementCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcElementCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostElement** ppElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    AddElement(IAppHostElement* pElement, INT cPosition = -1) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteElement(VARIANT cIndex) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clear() = 0;
    virtual HRESULT STDMETHODCALLTYPE
    CreateNewElement(BSTR bstrElementName, IAppHostElement** ppElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Schema(IAppHostCollectionSchema** ppSchema) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostElementCollection, 0xc8550bff, 0x5281, 0x4b1e,
                          0xac, 0x34, 0x99, 0xb6, 0xfa, 0x38, 0x46, 0x4d)

struct IISTIDY_AHADMIN_UUID("64ff8ccc-b287-4dae-b08a-a72cbf45f453")
    IAppHostElement : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Collection(IAppHostElementCollection** ppCollection) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Properties(IAppHostPropertyCollection** ppProperties) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_ChildElements(IAppHostChildElementCollection** ppElements) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Schema(IAppHostElementSchema** ppSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    GetElementByName(BSTR bstrSubName, IAppHostElement** ppElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    GetPropertyByName(BSTR bstrSubName, IAppHostProperty** ppProperty) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clear() = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Methods(IAppHostMethodCollection** ppMethods) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostElement, 0x64ff8ccc, 0xb287, 0x4dae,
                          0xb0, 0x8a, 0xa7, 0x2c, 0xbf, 0x45, 0xf4, 0x53)

struct IISTIDY_AHADMIN_UUID("ed35f7a1-5024-4e7b-a44d-07ddaf4b524d")
    IAppHostProperty : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Value(VARIANT* pVariant) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_Value(VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clear() = 0;
    virtual HRESULT STDMETHODCALLTYPE get_StringValue(BSTR* pbstrValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Exception(IAppHostPropertyException** ppException) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Schema(IAppHostPropertySchema** ppSchema) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostProperty, 0xed35f7a1, 0x5024, 0x4e7b,
                          0xa4, 0x4d, 0x07, 0xdd, 0xaf, 0x4b, 0x52, 0x4d)

struct IISTIDY_AHADMIN_UUID("370af178-7758-4dad-8146-7391f6e18585")
    IAppHostConfigLocation : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Path(BSTR* pbstrLocationPath) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostElement** ppSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    AddConfigSection(BSTR bstrSectionName, IAppHostElement** ppAdminElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteConfigSection(VARIANT cIndex) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostConfigLocation, 0x370af178, 0x7758, 0x4dad,
                          0x81, 0x46, 0x73, 0x91, 0xf6, 0xe1, 0x85, 0x85)

struct IISTIDY_AHADMIN_UUID("c5c04795-321c-4014-8fd6-d44658799393")
    IAppHostSectionDefinition : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Type(BSTR* pbstrType) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_Type(BSTR bstrType) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_OverrideModeDefault(BSTR* pbstrOverrideModeDefault) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_OverrideModeDefault(BSTR bstrOverrideModeDefault) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_AllowDefinition(BSTR* pbstrAllowDefinition) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_AllowDefinition(BSTR bstrAllowDefinition) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_AllowLocation(BSTR* pbstrAllowLocation) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_AllowLocation(BSTR bstrAllowLocation) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostSectionDefinition, 0xc5c04795, 0x321c, 0x4014,
                          0x8f, 0xd6, 0xd4, 0x46, 0x58, 0x79, 0x93, 0x93)

struct IISTIDY_AHADMIN_UUID("b7d381ee-8860-47a1-8af4-1f33b2b1f325")
    IAppHostSectionDefinitionCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(ULONG* pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Item(VARIANT varIndex, IAppHostSectionDefinition** ppConfigSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    AddSection(BSTR bstrSectionName, IAppHostSectionDefinition** ppConfigSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteSection(VARIANT varIndex) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostSectionDefinitionCollection, 0xb7d381ee, 0x8860, 0x47a1,
                          0x8a, 0xf4, 0x1f, 0x33, 0xb2, 0xb1, 0xf3, 0x25)

struct IISTIDY_AHADMIN_UUID("0dd8a158-ebe6-4008-a1d9-b7ecc8f1104b")
    IAppHostSectionGroup : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(ULONG* pcSectionGroup) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Item(VARIANT varIndex, IAppHostSectionGroup** ppSectionGroup) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Sections(IAppHostSectionDefinitionCollection** ppSections) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    AddSectionGroup(BSTR bstrSectionGroupName, IAppHostSectionGroup** ppSectionGroup) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteSectionGroup(VARIANT varIndex) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR* pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Type(BSTR* pbstrType) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_Type(BSTR bstrType) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostSectionGroup, 0x0dd8a158, 0xebe6, 0x4008,
                          0xa1, 0xd9, 0xb7, 0xec, 0xc8, 0xf1, 0x10, 0x4b)

struct IISTIDY_AHADMIN_UUID("ada4e6fb-e025-401e-a5d0-c3134a281f07")
    IAppHostConfigFile : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_ConfigPath(BSTR* pbstrConfigPath) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_FilePath(BSTR* pbstrFilePath) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_Locations(IAppHostConfigLocationCollection** ppLocations) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    GetAdminSection(BSTR bstrSectionName, BSTR bstrPath, IAppHostElement** ppAdminSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE ClearInvalidSections() = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_RootSectionGroup(IAppHostSectionGroup** ppSectionGroups) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostConfigFile, 0xada4e6fb, 0xe025, 0x401e,
                          0xa5, 0xd0, 0xc3, 0x13, 0x4a, 0x28, 0x1f, 0x07)

struct IISTIDY_AHADMIN_UUID("e7927575-5cc3-403b-822e-328a6b904bee")
    IAppHostPathMapper : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE
    MapPath(BSTR bstrConfigPath, BSTR bstrMappedPhysicalPath, BSTR* pbstrNewPhysicalPath) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostPathMapper, 0xe7927575, 0x5cc3, 0x403b,
                          0x82, 0x2e, 0x32, 0x8a, 0x6b, 0x90, 0x4b, 0xee)

struct IISTIDY_AHADMIN_UUID("09829352-87c2-418d-8d79-4133969a489d")
    IAppHostChangeHandler : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE
    OnSectionChanges(BSTR bstrSectionName, BSTR bstrConfigPath) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostChangeHandler, 0x09829352, 0x87c2, 0x418d,
                          0x8d, 0x79, 0x41, 0x33, 0x96, 0x9a, 0x48, 0x9d)

struct IISTIDY_AHADMIN_UUID("9be77978-73ed-4a9a-87fd-13f09fec1b13")
    IAppHostAdminManager : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE
    GetAdminSection(BSTR bstrSectionName, BSTR bstrPath, IAppHostElement** ppAdminSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT* pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    get_ConfigManager(IAppHostConfigManager** ppConfigManager) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostAdminManager, 0x9be77978, 0x73ed, 0x4a9a,
                          0x87, 0xfd, 0x13, 0xf0, 0x9f, 0xec, 0x1b, 0x13)

struct IISTIDY_AHADMIN_UUID("fa7660f6-7b3f-4237-a8bf-ed0ad0dcbbd9")
    IAppHostWritableAdminManager : public IAppHostAdminManager {
    virtual HRESULT STDMETHODCALLTYPE CommitChanges() = 0;
    virtual HRESULT STDMETHODCALLTYPE get_CommitPath(BSTR* pbstrCommitPath) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_CommitPath(BSTR bstrCommitPath) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostWritableAdminManager, 0xfa7660f6, 0x7b3f, 0x4237,
                          0xa8, 0xbf, 0xed, 0x0a, 0xd0, 0xdc, 0xbb, 0xd9)

struct IISTIDY_AHADMIN_UUID("8f6d760f-f0cb-4d69-b5f6-848b33e9bdc6")
    IAppHostConfigManager : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE
    GetConfigFile(BSTR bstrConfigPath, IAppHostConfigFile** ppConfigFile) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    GetUniqueConfigPath(BSTR bstrConfigPath, BSTR* pbstrUniquePath) = 0;
};
IISTIDY_AHADMIN_UUID_DECL(IAppHostConfigManager, 0x8f6d760f, 0xf0cb, 0x4d69,
                          0xb5, 0xf6, 0x84, 0x8b, 0x33, 0xe9, 0xbd, 0xc6)

// The two component classes (CoCreateInstance(__uuidof(AppHostAdminManager), ...)).
class IISTIDY_AHADMIN_UUID("228fb8f7-fb53-4fd5-8c7b-ff59de606c5b") AppHostAdminManager;
IISTIDY_AHADMIN_UUID_DECL(AppHostAdminManager, 0x228fb8f7, 0xfb53, 0x4fd5,
                          0x8c, 0x7b, 0xff, 0x59, 0xde, 0x60, 0x6c, 0x5b)
class IISTIDY_AHADMIN_UUID("2b72133b-3f5b-4602-8952-803546ce3344") AppHostWritableAdminManager;
IISTIDY_AHADMIN_UUID_DECL(AppHostWritableAdminManager, 0x2b72133b, 0x3f5b, 0x4602,
                          0x89, 0x52, 0x80, 0x35, 0x46, 0xce, 0x33, 0x44)

// The GUIDs as data, as the SDK's header declares them (defined in its import library).
extern "C" {
extern const IID IID_IAppHostMappingExtension;
extern const IID IID_IAppHostChildElementCollection;
extern const IID IID_IAppHostPropertyCollection;
extern const IID IID_IAppHostConfigLocationCollection;
extern const IID IID_IAppHostMethodCollection;
extern const IID IID_IAppHostElementSchemaCollection;
extern const IID IID_IAppHostPropertySchemaCollection;
extern const IID IID_IAppHostConstantValueCollection;
extern const IID IID_IAppHostConstantValue;
extern const IID IID_IAppHostPropertySchema;
extern const IID IID_IAppHostCollectionSchema;
extern const IID IID_IAppHostElementSchema;
extern const IID IID_IAppHostMethodSchema;
extern const IID IID_IAppHostMethodInstance;
extern const IID IID_IAppHostMethod;
extern const IID IID_IAppHostConfigException;
extern const IID IID_IAppHostPropertyException;
extern const IID IID_IAppHostElementCollection;
extern const IID IID_IAppHostElement;
extern const IID IID_IAppHostProperty;
extern const IID IID_IAppHostConfigLocation;
extern const IID IID_IAppHostSectionDefinition;
extern const IID IID_IAppHostSectionDefinitionCollection;
extern const IID IID_IAppHostSectionGroup;
extern const IID IID_IAppHostConfigFile;
extern const IID IID_IAppHostPathMapper;
extern const IID IID_IAppHostChangeHandler;
extern const IID IID_IAppHostAdminManager;
extern const IID IID_IAppHostWritableAdminManager;
extern const IID IID_IAppHostConfigManager;
extern const CLSID CLSID_AppHostAdminManager;
extern const CLSID CLSID_AppHostWritableAdminManager;
}

#undef IISTIDY_AHADMIN_UUID
#undef IISTIDY_AHADMIN_UUID_DECL

#endif // IISTIDY_COMPAT_AHADMIN_H
