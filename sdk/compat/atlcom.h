// atlcom.h -- ATL's COM object classes: the object root (CComObjectRootEx, CComObjectRoot), the
// class-object helper CComCoClass, the creatable wrappers CComObject and CComObjectNoLock, and the
// macros an ATL DLL project's classes use (BEGIN_COM_MAP ... END_COM_MAP, COM_INTERFACE_ENTRY*,
// DECLARE_REGISTRY_RESOURCEID, DECLARE_NOT_AGGREGATABLE, DECLARE_PROTECT_FINAL_CONSTRUCT,
// DECLARE_LIBID, DECLARE_REGISTRY_APPID_RESOURCEID, OBJECT_ENTRY_AUTO).
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (a Linux CI job running clang-tidy with the
// iis-* checks over module sources, with mingw-w64's headers under --target=x86_64-w64-mingw32
// or i686-w64-mingw32). Production builds use Visual Studio's ATL. The declarations keep the
// documented names and ownership: CComObject<Base>::CreateInstance allocates the object with
// `new` and the last Release deletes it. The inline bodies are only meant to be plausible, not a
// tested implementation: nothing is registered (the registry macros return S_OK), no class
// factory exists and OBJECT_ENTRY_AUTO adds no entry to any object map.

#ifndef IISTIDY_COMPAT_ATLCOM_H
#define IISTIDY_COMPAT_ATLCOM_H
#pragma GCC system_header

#include <atlbase.h>

namespace ATL {

// One row of a class's COM map: the interface's IID and the offset of that interface's vtable
// pointer inside the class. The map ends with a row whose piid is NULL.
struct _ATL_INTMAP_ENTRY {
    const IID* piid;
    DWORD_PTR dw;
};

// The offset of base class `base` inside class `derived` (computed from a dummy non-null address).
#define offsetofclass(base, derived) \
    (static_cast<DWORD_PTR>(reinterpret_cast<ULONG_PTR>(static_cast<base*>(reinterpret_cast<derived*>(8)))) - 8)

// Members every object root has, whatever its threading model.
class CComObjectRootBase {
public:
    CComObjectRootBase() noexcept : m_dwRef(0) {}

    // Overridable two-phase construction and the matching clean-up.
    HRESULT FinalConstruct() noexcept { return S_OK; }
    void FinalRelease() noexcept {}
    // DECLARE_PROTECT_FINAL_CONSTRUCT hides these to hold a reference during FinalConstruct.
    void InternalFinalConstructAddRef() noexcept {}
    void InternalFinalConstructRelease() noexcept {}
    HRESULT _AtlInitialConstruct() noexcept { return S_OK; }
    HRESULT _AtlFinalConstruct() noexcept { return S_OK; }
    void _AtlFinalRelease() noexcept {}
    void SetVoid(void* pv) noexcept { (void)pv; }

    static void WINAPI ObjectMain(bool bStarting) noexcept { (void)bStarting; }

    // Walks a COM map: IID_IUnknown gives the first row's interface, otherwise the row whose IID
    // matches. The interface returned is AddRef'd; the caller releases it.
    static HRESULT WINAPI InternalQueryInterface(void* pThis, const _ATL_INTMAP_ENTRY* pEntries,
                                                 REFIID iid, void** ppvObject) noexcept
    {
        if (ppvObject == NULL)
            return E_POINTER;
        *ppvObject = NULL;
        if (pThis == NULL || pEntries == NULL || pEntries->piid == NULL)
            return E_NOINTERFACE;
        if (InlineIsEqualGUID(iid, IID_IUnknown)) {
            IUnknown* punk = reinterpret_cast<IUnknown*>(static_cast<BYTE*>(pThis) + pEntries->dw);
            punk->AddRef();
            *ppvObject = punk;
            return S_OK;
        }
        for (const _ATL_INTMAP_ENTRY* pEntry = pEntries; pEntry->piid != NULL; ++pEntry) {
            if (InlineIsEqualGUID(iid, *pEntry->piid)) {
                IUnknown* punk = reinterpret_cast<IUnknown*>(static_cast<BYTE*>(pThis) + pEntry->dw);
                punk->AddRef();
                *ppvObject = punk;
                return S_OK;
            }
        }
        return E_NOINTERFACE;
    }

    // The reference count (ATL names it m_dwRef although it is a LONG).
    LONG m_dwRef;
};

// The object root a COM class derives from; ThreadModel (CComMultiThreadModel or
// CComSingleThreadModel) decides whether the count moves with interlocked operations.
template <class ThreadModel>
class CComObjectRootEx : public CComObjectRootBase {
public:
    typedef ThreadModel _ThreadModel;
    typedef typename ThreadModel::AutoCriticalSection _CritSec;
    typedef typename ThreadModel::AutoDeleteCriticalSection _AutoDelCritSec;

    ULONG InternalAddRef() noexcept { return ThreadModel::Increment(&m_dwRef); }
    ULONG InternalRelease() noexcept { return ThreadModel::Decrement(&m_dwRef); }

    // The object-wide lock (a no-op under CComSingleThreadModel).
    void Lock() noexcept {}
    void Unlock() noexcept {}
};

typedef CComObjectRootEx<CComObjectThreadModel> CComObjectRoot;

// The creatable, heap-allocated object: Base is the class with the COM map. The last Release
// deletes the object.
template <class Base>
class CComObject : public Base {
public:
    typedef Base _BaseClass;

    explicit CComObject(void* pv = NULL) noexcept { (void)pv; }
    virtual ~CComObject() noexcept
    {
        this->m_dwRef = -(LONG_MAX / 2);
        this->FinalRelease();
    }

    STDMETHOD_(ULONG, AddRef)() noexcept override { return this->InternalAddRef(); }
    STDMETHOD_(ULONG, Release)() noexcept override
    {
        ULONG l = this->InternalRelease();
        if (l == 0)
            delete this;
        return l;
    }
    STDMETHOD(QueryInterface)(REFIID iid, void** ppvObject) noexcept override
    {
        return this->_InternalQueryInterface(iid, ppvObject);
    }
    template <class Q>
    HRESULT STDMETHODCALLTYPE QueryInterface(Q** pp) noexcept
    {
        return QueryInterface(__uuidof(Q), reinterpret_cast<void**>(pp));
    }

    // Allocates the object with new and runs FinalConstruct. On success *pp holds the object with
    // a reference count of zero: the caller AddRef's it (and a Release then deletes it). On
    // failure the object is deleted and *pp is NULL.
    static HRESULT WINAPI CreateInstance(CComObject<Base>** pp) noexcept
    {
        if (pp == NULL)
            return E_POINTER;
        *pp = NULL;
        CComObject<Base>* p = new CComObject<Base>();
        if (p == NULL)
            return E_OUTOFMEMORY;
        p->SetVoid(NULL);
        p->InternalFinalConstructAddRef();
        HRESULT hr = p->_AtlInitialConstruct();
        if (SUCCEEDED(hr))
            hr = p->FinalConstruct();
        if (SUCCEEDED(hr))
            hr = p->_AtlFinalConstruct();
        p->InternalFinalConstructRelease();
        if (FAILED(hr)) {
            delete p;
            return hr;
        }
        *pp = p;
        return hr;
    }
};

// The same object for classes that do not hold the module's lock count (class factories,
// objects whose lifetime the module does not track). Also heap-allocated.
template <class Base>
class CComObjectNoLock : public Base {
public:
    typedef Base _BaseClass;

    explicit CComObjectNoLock(void* pv = NULL) noexcept { (void)pv; }
    virtual ~CComObjectNoLock() noexcept
    {
        this->m_dwRef = -(LONG_MAX / 2);
        this->FinalRelease();
    }

    STDMETHOD_(ULONG, AddRef)() noexcept override { return this->InternalAddRef(); }
    STDMETHOD_(ULONG, Release)() noexcept override
    {
        ULONG l = this->InternalRelease();
        if (l == 0)
            delete this;
        return l;
    }
    STDMETHOD(QueryInterface)(REFIID iid, void** ppvObject) noexcept override
    {
        return this->_InternalQueryInterface(iid, ppvObject);
    }
};

// The class-object side of a creatable class: its CLSID and typed CreateInstance helpers that
// build a CComObject<T> and query it for Q.
template <class T, const CLSID* pclsid = &CLSID_NULL>
class CComCoClass {
public:
    static const CLSID& WINAPI GetObjectCLSID() noexcept { return *pclsid; }
    static LPCTSTR WINAPI GetObjectDescription() noexcept { return NULL; }

    // Creates the object and returns the interface Q, AddRef'd, in *pp. Aggregation is refused.
    template <class Q>
    static HRESULT CreateInstance(IUnknown* punkOuter, Q** pp) noexcept
    {
        if (pp == NULL)
            return E_POINTER;
        *pp = NULL;
        if (punkOuter != NULL)
            return CLASS_E_NOAGGREGATION;
        CComObject<T>* p = NULL;
        HRESULT hr = CComObject<T>::CreateInstance(&p);
        if (FAILED(hr))
            return hr;
        p->AddRef();
        hr = p->QueryInterface(__uuidof(Q), reinterpret_cast<void**>(pp));
        p->Release();
        return hr;
    }
    template <class Q>
    static HRESULT CreateInstance(Q** pp) noexcept
    {
        return CreateInstance(static_cast<IUnknown*>(NULL), pp);
    }
};

} // namespace ATL

// The COM map. BEGIN_COM_MAP opens a static function returning the class's rows; END_COM_MAP
// closes it and declares IUnknown's three methods pure, for CComObject<x> to implement.
#define BEGIN_COM_MAP(x)                                                                   \
public:                                                                                    \
    typedef x _ComMapClass;                                                                \
    HRESULT _InternalQueryInterface(REFIID iid, void** ppvObject) noexcept                 \
    {                                                                                      \
        return this->InternalQueryInterface(this, _GetEntries(), iid, ppvObject);          \
    }                                                                                      \
    IUnknown* GetUnknown() noexcept                                                        \
    {                                                                                      \
        return reinterpret_cast<IUnknown*>(reinterpret_cast<BYTE*>(this) + _GetEntries()->dw); \
    }                                                                                      \
    static const ATL::_ATL_INTMAP_ENTRY* WINAPI _GetEntries() noexcept                     \
    {                                                                                      \
        static const ATL::_ATL_INTMAP_ENTRY _entries[] = {

#define COM_INTERFACE_ENTRY(i) {&__uuidof(i), offsetofclass(i, _ComMapClass)},
#define COM_INTERFACE_ENTRY_IID(iid, i) {&(iid), offsetofclass(i, _ComMapClass)},
#define COM_INTERFACE_ENTRY2(i, i2)                                                        \
    {&__uuidof(i),                                                                         \
     static_cast<DWORD_PTR>(reinterpret_cast<ULONG_PTR>(static_cast<i*>(static_cast<i2*>(   \
         reinterpret_cast<_ComMapClass*>(8))))) - 8},

#define END_COM_MAP()                                                                      \
            {NULL, 0}};                                                                    \
        return _entries;                                                                   \
    }                                                                                      \
    virtual ULONG STDMETHODCALLTYPE AddRef() = 0;                                          \
    virtual ULONG STDMETHODCALLTYPE Release() = 0;                                         \
    STDMETHOD(QueryInterface)(REFIID, void**) = 0;

// Registration: the script resource is named but nothing is written to the registry here.
#define DECLARE_REGISTRY_RESOURCEID(x)                                                     \
    static HRESULT WINAPI UpdateRegistry(BOOL bRegister) noexcept                          \
    {                                                                                      \
        (void)bRegister;                                                                   \
        (void)(x);                                                                         \
        return S_OK;                                                                       \
    }

#define DECLARE_REGISTRY_APPID_RESOURCEID(r, appid)                                        \
    static LPCOLESTR GetAppId() noexcept { return OLESTR(appid); }                         \
    static HRESULT WINAPI UpdateRegistryAppId(BOOL bRegister) noexcept                     \
    {                                                                                      \
        (void)bRegister;                                                                   \
        (void)(r);                                                                         \
        return S_OK;                                                                       \
    }

#define DECLARE_LIBID(x)                                                                   \
    static const GUID& WINAPI GetLibId() noexcept { return x; }

// Aggregation declarations: recorded as a constant; CComCoClass::CreateInstance refuses an outer
// unknown whatever is declared.
#define DECLARE_NOT_AGGREGATABLE(x)                                                        \
public:                                                                                    \
    static const bool _AtlIsAggregatable = false;                                          \
    typedef ATL::CComObject<x> _AtlObjectClass;

#define DECLARE_AGGREGATABLE(x)                                                            \
public:                                                                                    \
    static const bool _AtlIsAggregatable = true;                                           \
    typedef ATL::CComObject<x> _AtlObjectClass;

// Holds a reference across FinalConstruct, so that an AddRef/Release pair inside it cannot
// delete the object.
#define DECLARE_PROTECT_FINAL_CONSTRUCT()                                                  \
    void InternalFinalConstructAddRef() noexcept { this->InternalAddRef(); }               \
    void InternalFinalConstructRelease() noexcept { this->InternalRelease(); }

// Object-map entry: here only a compile-time check that the CLSID is a GUID and the class is
// complete (no object map exists). Used at namespace scope, with or without a semicolon.
#define OBJECT_ENTRY_AUTO(clsid, cls)                                                      \
    static_assert(sizeof(clsid) == sizeof(GUID) && sizeof(cls) != 0, "OBJECT_ENTRY_AUTO");

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLCOM_H
