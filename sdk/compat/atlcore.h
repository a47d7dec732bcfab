// atlcore.h -- ATL's critical-section wrappers and lock guards.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible.

#ifndef IISTIDY_COMPAT_ATLCORE_H
#define IISTIDY_COMPAT_ATLCORE_H
#pragma GCC system_header

#include <atldef.h>

namespace ATL {

// A CRITICAL_SECTION that the owner initialises (Init) and deletes (Term) explicitly.
class CComCriticalSection {
public:
    CComCriticalSection() noexcept { memset(&m_sec, 0, sizeof(m_sec)); }
    ~CComCriticalSection() {}

    HRESULT Lock() noexcept
    {
        ::EnterCriticalSection(&m_sec);
        return S_OK;
    }
    HRESULT Unlock() noexcept
    {
        ::LeaveCriticalSection(&m_sec);
        return S_OK;
    }
    HRESULT Init() noexcept
    {
        if (!::InitializeCriticalSectionAndSpinCount(&m_sec, 0))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT Term() noexcept
    {
        ::DeleteCriticalSection(&m_sec);
        return S_OK;
    }

    CRITICAL_SECTION m_sec;

private:
    CComCriticalSection(const CComCriticalSection&) = delete;
    CComCriticalSection& operator=(const CComCriticalSection&) = delete;
};

// Initialised by its constructor and deleted by its destructor; Init and Term are not callable.
class CComAutoCriticalSection : public CComCriticalSection {
public:
    CComAutoCriticalSection()
    {
        HRESULT hr = CComCriticalSection::Init();
        if (FAILED(hr))
            AtlThrow(hr);
    }
    ~CComAutoCriticalSection() noexcept { CComCriticalSection::Term(); }

private:
    HRESULT Init();
    HRESULT Term();
};

// Like CComCriticalSection, but Term may be called when Init failed or was never called.
class CComSafeDeleteCriticalSection : public CComCriticalSection {
public:
    CComSafeDeleteCriticalSection() noexcept : m_bInitialized(false) {}
    ~CComSafeDeleteCriticalSection() noexcept
    {
        if (m_bInitialized)
            CComCriticalSection::Term();
    }
    HRESULT Init() noexcept
    {
        HRESULT hr = CComCriticalSection::Init();
        m_bInitialized = SUCCEEDED(hr);
        return hr;
    }
    HRESULT Term() noexcept
    {
        if (!m_bInitialized)
            return S_OK;
        m_bInitialized = false;
        return CComCriticalSection::Term();
    }
    HRESULT Lock() { return CComCriticalSection::Lock(); }

private:
    bool m_bInitialized;
};

// Deleted by its destructor; the owner calls Init.
class CComAutoDeleteCriticalSection : public CComSafeDeleteCriticalSection {
private:
    HRESULT Term() noexcept;
};

// The single-threaded stand-in: every member does nothing.
class CComFakeCriticalSection {
public:
    HRESULT Lock() noexcept { return S_OK; }
    HRESULT Unlock() noexcept { return S_OK; }
    HRESULT Init() noexcept { return S_OK; }
    HRESULT Term() noexcept { return S_OK; }
};

// Scoped lock over any type with Lock and Unlock (CComCriticalSection and friends).
template <class TLock>
class CComCritSecLock {
public:
    CComCritSecLock(TLock& cs, bool bInitialLock = true) : m_cs(cs), m_bLocked(false)
    {
        if (bInitialLock) {
            HRESULT hr = Lock();
            if (FAILED(hr))
                AtlThrow(hr);
        }
    }
    ~CComCritSecLock() noexcept
    {
        if (m_bLocked)
            Unlock();
    }
    HRESULT Lock()
    {
        HRESULT hr = m_cs.Lock();
        if (FAILED(hr))
            return hr;
        m_bLocked = true;
        return S_OK;
    }
    void Unlock() noexcept
    {
        m_cs.Unlock();
        m_bLocked = false;
    }

private:
    TLock& m_cs;
    bool m_bLocked;

    CComCritSecLock(const CComCritSecLock&) = delete;
    CComCritSecLock& operator=(const CComCritSecLock&) = delete;
};

// Scoped lock over a plain CRITICAL_SECTION.
class CCritSecLock {
public:
    CCritSecLock(CRITICAL_SECTION& cs, bool bInitialLock = true) : m_cs(cs), m_bLocked(false)
    {
        if (bInitialLock)
            Lock();
    }
    ~CCritSecLock() noexcept
    {
        if (m_bLocked)
            Unlock();
    }
    void Lock()
    {
        ::EnterCriticalSection(&m_cs);
        m_bLocked = true;
    }
    void Unlock() noexcept
    {
        ::LeaveCriticalSection(&m_cs);
        m_bLocked = false;
    }

private:
    CRITICAL_SECTION& m_cs;
    bool m_bLocked;

    CCritSecLock(const CCritSecLock&) = delete;
    CCritSecLock& operator=(const CCritSecLock&) = delete;
};

// Threading-model classes (the critical-section types they select).
class CComMultiThreadModelNoCS {
public:
    static ULONG WINAPI Increment(LONG* p) noexcept { return ::InterlockedIncrement(p); }
    static ULONG WINAPI Decrement(LONG* p) noexcept { return ::InterlockedDecrement(p); }
    typedef CComFakeCriticalSection AutoCriticalSection;
    typedef CComFakeCriticalSection AutoDeleteCriticalSection;
    typedef CComFakeCriticalSection CriticalSection;
    typedef CComMultiThreadModelNoCS ThreadModelNoCS;
};

class CComMultiThreadModel {
public:
    static ULONG WINAPI Increment(LONG* p) noexcept { return ::InterlockedIncrement(p); }
    static ULONG WINAPI Decrement(LONG* p) noexcept { return ::InterlockedDecrement(p); }
    typedef CComAutoCriticalSection AutoCriticalSection;
    typedef CComAutoDeleteCriticalSection AutoDeleteCriticalSection;
    typedef CComCriticalSection CriticalSection;
    typedef CComMultiThreadModelNoCS ThreadModelNoCS;
};

class CComSingleThreadModel {
public:
    static ULONG WINAPI Increment(LONG* p) noexcept { return ++(*p); }
    static ULONG WINAPI Decrement(LONG* p) noexcept { return --(*p); }
    typedef CComFakeCriticalSection AutoCriticalSection;
    typedef CComFakeCriticalSection AutoDeleteCriticalSection;
    typedef CComFakeCriticalSection CriticalSection;
    typedef CComSingleThreadModel ThreadModelNoCS;
};

typedef CComMultiThreadModel CComGlobalsThreadModel;
typedef CComMultiThreadModel CComObjectThreadModel;

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLCORE_H
