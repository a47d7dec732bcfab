// atlbase.h -- ATL's base header: brings in the COM client classes (CComPtr, CComQIPtr,
// CComBSTR, CComVariant), the critical sections and locks, the conversion classes, and declares
// CHandle, CRegKey, CAutoPtr, CAutoVectorPtr and the module classes.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (a Linux CI job running clang-tidy with the
// iis-* checks over module sources, with mingw-w64's headers under --target=x86_64-w64-mingw32
// or i686-w64-mingw32). Production builds use Visual Studio's ATL. The declarations keep the
// documented names and ownership (which member allocates, which frees); the inline bodies are
// only meant to be plausible, not a tested implementation. Like ATL, every header here ends with
// `using namespace ATL;` unless _ATL_NO_AUTOMATIC_NAMESPACE is defined.

#ifndef IISTIDY_COMPAT_ATLBASE_H
#define IISTIDY_COMPAT_ATLBASE_H
#pragma GCC system_header

#include <atldef.h>
#include <atlcore.h>
#include <atlalloc.h>
#include <atlconv.h>
#include <atlcomcli.h>
#include <atlsafe.h>
#include <atlsimpcoll.h>

namespace ATL {

// An owning kernel handle, closed with CloseHandle. Copying transfers ownership.
class CHandle {
public:
    CHandle() noexcept : m_h(NULL) {}
    CHandle(CHandle& h) noexcept : m_h(NULL) { Attach(h.Detach()); }
    explicit CHandle(HANDLE h) noexcept : m_h(h) {}
    ~CHandle() noexcept
    {
        if (m_h != NULL)
            Close();
    }

    CHandle& operator=(CHandle& h) noexcept
    {
        if (this != &h) {
            if (m_h != NULL)
                Close();
            Attach(h.Detach());
        }
        return *this;
    }
    operator HANDLE() const noexcept { return m_h; }

    // Takes over a handle the caller owns.
    void Attach(HANDLE h) noexcept { m_h = h; }
    // Hands the handle to the caller, who closes it.
    HANDLE Detach() noexcept
    {
        HANDLE h = m_h;
        m_h = NULL;
        return h;
    }
    void Close() noexcept
    {
        if (m_h != NULL) {
            ::CloseHandle(m_h);
            m_h = NULL;
        }
    }

    HANDLE m_h;
};

// An owning registry key, closed with RegCloseKey.
class CRegKey {
public:
    CRegKey() noexcept : m_hKey(NULL), m_samWOW64(0), m_pTM(NULL) {}
    CRegKey(CRegKey& key) noexcept : m_hKey(NULL), m_samWOW64(key.m_samWOW64), m_pTM(key.m_pTM)
    {
        Attach(key.Detach());
    }
    explicit CRegKey(HKEY hKey) noexcept : m_hKey(hKey), m_samWOW64(0), m_pTM(NULL) {}
    ~CRegKey() noexcept { Close(); }

    CRegKey& operator=(CRegKey& key) noexcept
    {
        if (m_hKey != key.m_hKey) {
            Close();
            Attach(key.Detach());
            m_samWOW64 = key.m_samWOW64;
        }
        return *this;
    }
    operator HKEY() const noexcept { return m_hKey; }

    LONG Open(HKEY hKeyParent, LPCTSTR lpszKeyName,
              REGSAM samDesired = KEY_READ | KEY_WRITE) noexcept
    {
        HKEY hKey = NULL;
        LONG lRes = ::RegOpenKeyEx(hKeyParent, lpszKeyName, 0, samDesired, &hKey);
        if (lRes == ERROR_SUCCESS) {
            Close();
            m_hKey = hKey;
            m_samWOW64 = samDesired & (KEY_WOW64_32KEY | KEY_WOW64_64KEY);
        }
        return lRes;
    }
    LONG Create(HKEY hKeyParent, LPCTSTR lpszKeyName, LPTSTR lpszClass = REG_NONE,
                DWORD dwOptions = REG_OPTION_NON_VOLATILE,
                REGSAM samDesired = KEY_READ | KEY_WRITE,
                LPSECURITY_ATTRIBUTES lpSecAttr = NULL, LPDWORD lpdwDisposition = NULL) noexcept
    {
        DWORD dw = 0;
        HKEY hKey = NULL;
        LONG lRes = ::RegCreateKeyEx(hKeyParent, lpszKeyName, 0, lpszClass, dwOptions,
                                     samDesired, lpSecAttr, &hKey, &dw);
        if (lpdwDisposition != NULL)
            *lpdwDisposition = dw;
        if (lRes == ERROR_SUCCESS) {
            Close();
            m_hKey = hKey;
        }
        return lRes;
    }
    LONG Close() noexcept
    {
        LONG lRes = ERROR_SUCCESS;
        if (m_hKey != NULL) {
            lRes = ::RegCloseKey(m_hKey);
            m_hKey = NULL;
        }
        m_samWOW64 = 0;
        return lRes;
    }
    // Takes over a key the caller owns.
    void Attach(HKEY hKey) noexcept { m_hKey = hKey; }
    // Hands the key to the caller, who closes it.
    HKEY Detach() noexcept
    {
        HKEY hKey = m_hKey;
        m_hKey = NULL;
        m_samWOW64 = 0;
        return hKey;
    }

    LONG QueryValue(LPCTSTR pszValueName, DWORD* pdwType, void* pData,
                    ULONG* pnBytes) noexcept
    {
        return ::RegQueryValueEx(m_hKey, pszValueName, NULL, pdwType,
                                 static_cast<LPBYTE>(pData), pnBytes);
    }
    LONG QueryDWORDValue(LPCTSTR pszValueName, DWORD& dwValue) noexcept
    {
        DWORD dwType = 0;
        ULONG nBytes = sizeof(DWORD);
        LONG lRes = ::RegQueryValueEx(m_hKey, pszValueName, NULL, &dwType,
                                      reinterpret_cast<LPBYTE>(&dwValue), &nBytes);
        if (lRes == ERROR_SUCCESS && dwType != REG_DWORD)
            return ERROR_INVALID_DATA;
        return lRes;
    }
    LONG QueryQWORDValue(LPCTSTR pszValueName, ULONGLONG& qwValue) noexcept
    {
        DWORD dwType = 0;
        ULONG nBytes = sizeof(ULONGLONG);
        LONG lRes = ::RegQueryValueEx(m_hKey, pszValueName, NULL, &dwType,
                                      reinterpret_cast<LPBYTE>(&qwValue), &nBytes);
        if (lRes == ERROR_SUCCESS && dwType != REG_QWORD)
            return ERROR_INVALID_DATA;
        return lRes;
    }
    LONG QueryBinaryValue(LPCTSTR pszValueName, void* pValue, ULONG* pnBytes) noexcept
    {
        DWORD dwType = 0;
        LONG lRes = ::RegQueryValueEx(m_hKey, pszValueName, NULL, &dwType,
                                      static_cast<LPBYTE>(pValue), pnBytes);
        if (lRes == ERROR_SUCCESS && dwType != REG_BINARY)
            return ERROR_INVALID_DATA;
        return lRes;
    }
    // *pnChars: the buffer's size in characters on input, the characters stored on output.
    LONG QueryStringValue(LPCTSTR pszValueName, LPTSTR pszValue, ULONG* pnChars) noexcept
    {
        DWORD dwType = 0;
        ULONG nBytes = *pnChars * sizeof(TCHAR);
        *pnChars = 0;
        LONG lRes = ::RegQueryValueEx(m_hKey, pszValueName, NULL, &dwType,
                                      reinterpret_cast<LPBYTE>(pszValue), &nBytes);
        if (lRes != ERROR_SUCCESS)
            return lRes;
        if (dwType != REG_SZ && dwType != REG_EXPAND_SZ)
            return ERROR_INVALID_DATA;
        *pnChars = nBytes / sizeof(TCHAR);
        return ERROR_SUCCESS;
    }
    LONG QueryMultiStringValue(LPCTSTR pszValueName, LPTSTR pszValue, ULONG* pnChars) noexcept
    {
        DWORD dwType = 0;
        ULONG nBytes = *pnChars * sizeof(TCHAR);
        *pnChars = 0;
        LONG lRes = ::RegQueryValueEx(m_hKey, pszValueName, NULL, &dwType,
                                      reinterpret_cast<LPBYTE>(pszValue), &nBytes);
        if (lRes != ERROR_SUCCESS)
            return lRes;
        if (dwType != REG_MULTI_SZ)
            return ERROR_INVALID_DATA;
        *pnChars = nBytes / sizeof(TCHAR);
        return ERROR_SUCCESS;
    }
    LONG QueryGUIDValue(LPCTSTR pszValueName, GUID& guidValue) noexcept
    {
        TCHAR szGUID[64];
        ULONG nCount = 64;
        LONG lRes = QueryStringValue(pszValueName, szGUID, &nCount);
        if (lRes != ERROR_SUCCESS)
            return lRes;
#if defined(UNICODE)
        return ::CLSIDFromString(szGUID, &guidValue) == S_OK ? ERROR_SUCCESS : ERROR_INVALID_DATA;
#else
        (void)guidValue;
        return ERROR_INVALID_DATA;
#endif
    }

    LONG SetValue(LPCTSTR pszValueName, DWORD dwType, const void* pValue,
                  ULONG nBytes) noexcept
    {
        return ::RegSetValueEx(m_hKey, pszValueName, 0, dwType,
                               static_cast<const BYTE*>(pValue), nBytes);
    }
    LONG SetDWORDValue(LPCTSTR pszValueName, DWORD dwValue) noexcept
    {
        return SetValue(pszValueName, REG_DWORD, &dwValue, sizeof(DWORD));
    }
    LONG SetQWORDValue(LPCTSTR pszValueName, ULONGLONG qwValue) noexcept
    {
        return SetValue(pszValueName, REG_QWORD, &qwValue, sizeof(ULONGLONG));
    }
    LONG SetBinaryValue(LPCTSTR pszValueName, const void* pValue, ULONG nBytes) noexcept
    {
        return SetValue(pszValueName, REG_BINARY, pValue, nBytes);
    }
    LONG SetStringValue(LPCTSTR pszValueName, LPCTSTR pszValue,
                        DWORD dwType = REG_SZ) noexcept
    {
        return SetValue(pszValueName, dwType, pszValue,
                        static_cast<ULONG>((::lstrlen(pszValue) + 1) * sizeof(TCHAR)));
    }
    LONG SetMultiStringValue(LPCTSTR pszValueName, LPCTSTR pszValue) noexcept
    {
        LPCTSTR pszTemp = pszValue;
        ULONG nBytes = 0;
        do {
            ULONG nLength = static_cast<ULONG>(::lstrlen(pszTemp)) + 1;
            pszTemp += nLength;
            nBytes += nLength * sizeof(TCHAR);
        } while (nBytes != sizeof(TCHAR) && *pszTemp != 0);
        return SetValue(pszValueName, REG_MULTI_SZ, pszValue, nBytes + sizeof(TCHAR));
    }
    LONG SetKeyValue(LPCTSTR lpszKeyName, LPCTSTR lpszValue,
                     LPCTSTR lpszValueName = NULL) noexcept
    {
        CRegKey key;
        LONG lRes = key.Create(m_hKey, lpszKeyName);
        if (lRes == ERROR_SUCCESS)
            lRes = key.SetStringValue(lpszValueName, lpszValue);
        return lRes;
    }

    LONG DeleteValue(LPCTSTR lpszValue) noexcept { return ::RegDeleteValue(m_hKey, lpszValue); }
    LONG DeleteSubKey(LPCTSTR lpszSubKey) noexcept { return ::RegDeleteKey(m_hKey, lpszSubKey); }
    LONG RecurseDeleteKey(LPCTSTR lpszKey) noexcept { return DeleteSubKey(lpszKey); }
    LONG EnumKey(DWORD iIndex, LPTSTR pszName, LPDWORD pnNameLength,
                 FILETIME* pftLastWriteTime = NULL) noexcept
    {
        FILETIME ftLastWriteTime;
        if (pftLastWriteTime == NULL)
            pftLastWriteTime = &ftLastWriteTime;
        return ::RegEnumKeyEx(m_hKey, iIndex, pszName, pnNameLength, NULL, NULL, NULL,
                              pftLastWriteTime);
    }
    LONG NotifyChangeKeyValue(BOOL bWatchSubtree, DWORD dwNotifyFilter, HANDLE hEvent,
                              BOOL bAsync = TRUE) noexcept
    {
        return ::RegNotifyChangeKeyValue(m_hKey, bWatchSubtree, dwNotifyFilter, hEvent, bAsync);
    }
    LONG Flush() noexcept { return ::RegFlushKey(m_hKey); }

    HKEY m_hKey;
    REGSAM m_samWOW64;
    void* m_pTM;
};

// An owning pointer to one object from new, deleted with delete. Copying transfers ownership.
template <typename T>
class CAutoPtr {
public:
    CAutoPtr() noexcept : m_p(NULL) {}
    explicit CAutoPtr(T* p) noexcept : m_p(p) {}
    CAutoPtr(CAutoPtr<T>& p) noexcept : m_p(p.Detach()) {}
    ~CAutoPtr() noexcept { Free(); }

    CAutoPtr<T>& operator=(CAutoPtr<T>& p) noexcept
    {
        if (this != &p) {
            Free();
            Attach(p.Detach());
        }
        return *this;
    }
    operator T*() const noexcept { return m_p; }
    T* operator->() const noexcept { return m_p; }
    bool operator==(T* p) const noexcept { return m_p == p; }
    bool operator!=(T* p) const noexcept { return m_p != p; }

    void Attach(T* p) noexcept { m_p = p; }
    T* Detach() noexcept
    {
        T* p = m_p;
        m_p = NULL;
        return p;
    }
    void Free() noexcept
    {
        delete m_p;
        m_p = NULL;
    }

    T* m_p;
};

// An owning pointer to an array from new[], deleted with delete[].
template <typename T>
class CAutoVectorPtr {
public:
    CAutoVectorPtr() noexcept : m_p(NULL) {}
    explicit CAutoVectorPtr(T* p) noexcept : m_p(p) {}
    CAutoVectorPtr(CAutoVectorPtr<T>& p) noexcept : m_p(p.Detach()) {}
    ~CAutoVectorPtr() noexcept { Free(); }

    CAutoVectorPtr<T>& operator=(CAutoVectorPtr<T>& p) noexcept
    {
        if (this != &p) {
            Free();
            Attach(p.Detach());
        }
        return *this;
    }
    operator T*() const noexcept { return m_p; }

    // ATL allocates with new(std::nothrow); plain new[] here keeps the headers free of <new>.
    bool Allocate(size_t nElements)
    {
        m_p = new T[nElements];
        return m_p != NULL;
    }
    void Attach(T* p) noexcept { m_p = p; }
    T* Detach() noexcept
    {
        T* p = m_p;
        m_p = NULL;
        return p;
    }
    void Free() noexcept
    {
        delete[] m_p;
        m_p = NULL;
    }

    T* m_p;
};

// The module classes older ATL code declares (CComModule _Module;).
class CAtlBaseModule {
public:
    CAtlBaseModule() noexcept : m_hInst(NULL), m_hInstResource(NULL) {}
    HINSTANCE GetModuleInstance() noexcept { return m_hInst; }
    HINSTANCE GetResourceInstance() noexcept { return m_hInstResource; }
    HINSTANCE SetResourceInstance(HINSTANCE hInst) noexcept
    {
        HINSTANCE hOld = m_hInstResource;
        m_hInstResource = hInst;
        return hOld;
    }
    HINSTANCE GetHInstanceAt(int i) noexcept { return i == 0 ? m_hInstResource : NULL; }

    HINSTANCE m_hInst;
    HINSTANCE m_hInstResource;
};

extern CAtlBaseModule _AtlBaseModule;

class CAtlModule {
public:
    CAtlModule() noexcept : m_nLockCnt(0) {}
    virtual ~CAtlModule() {}
    virtual LONG Lock() noexcept { return ::InterlockedIncrement(&m_nLockCnt); }
    virtual LONG Unlock() noexcept { return ::InterlockedDecrement(&m_nLockCnt); }
    virtual LONG GetLockCount() noexcept { return m_nLockCnt; }
    void Term() noexcept {}

    LONG m_nLockCnt;
};

class CComModule : public CAtlModule {
public:
    CComModule() noexcept : m_hInst(NULL) {}
    HRESULT Init(void* pObjMap, HINSTANCE hInstance, const GUID* pLibID = NULL) noexcept
    {
        (void)pObjMap;
        (void)pLibID;
        m_hInst = hInstance;
        return S_OK;
    }
    void Term() noexcept {}
    HINSTANCE GetModuleInstance() noexcept { return m_hInst; }
    HINSTANCE GetResourceInstance() noexcept { return m_hInst; }

    HINSTANCE m_hInst;
};

template <class T>
class CAtlDllModuleT : public CAtlModule {
public:
    BOOL WINAPI DllMain(DWORD dwReason, LPVOID lpReserved) noexcept
    {
        (void)dwReason;
        (void)lpReserved;
        return TRUE;
    }
    HRESULT DllCanUnloadNow() noexcept { return GetLockCount() == 0 ? S_OK : S_FALSE; }
};

inline HINSTANCE AtlGetModuleInstance() noexcept
{
    return _AtlBaseModule.GetModuleInstance();
}

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLBASE_H
