// atlsync.h -- ATL's synchronization classes: CCriticalSection, CEvent, CMutex, CSemaphore and
// CMutexLock.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible.
// The kernel objects are owned through CHandle (closed with CloseHandle).

#ifndef IISTIDY_COMPAT_ATLSYNC_H
#define IISTIDY_COMPAT_ATLSYNC_H
#pragma GCC system_header

#include <atlbase.h>

namespace ATL {

// A CRITICAL_SECTION initialised by the constructor and deleted by the destructor.
class CCriticalSection : public CRITICAL_SECTION {
public:
    CCriticalSection()
    {
        if (!::InitializeCriticalSectionAndSpinCount(this, 0))
            AtlThrowLastWin32();
    }
    explicit CCriticalSection(ULONG nSpinCount)
    {
        if (!::InitializeCriticalSectionAndSpinCount(this, nSpinCount))
            AtlThrowLastWin32();
    }
    ~CCriticalSection() noexcept { ::DeleteCriticalSection(this); }

    void Enter() { ::EnterCriticalSection(this); }
    void Leave() noexcept { ::LeaveCriticalSection(this); }
    BOOL TryEnter() { return ::TryEnterCriticalSection(this); }
    ULONG SetSpinCount(ULONG nSpinCount) noexcept
    {
        return ::SetCriticalSectionSpinCount(this, nSpinCount);
    }

private:
    CCriticalSection(const CCriticalSection&) = delete;
    CCriticalSection& operator=(const CCriticalSection&) = delete;
};

class CEvent : public CHandle {
public:
    CEvent() noexcept {}
    CEvent(CEvent& hEvent) noexcept : CHandle(hEvent) {}
    CEvent(BOOL bManualReset, BOOL bInitialState)
    {
        if (!Create(NULL, bManualReset, bInitialState, NULL))
            AtlThrowLastWin32();
    }
    CEvent(LPSECURITY_ATTRIBUTES pSecurity, BOOL bManualReset, BOOL bInitialState,
           LPCTSTR pszName)
    {
        if (!Create(pSecurity, bManualReset, bInitialState, pszName))
            AtlThrowLastWin32();
    }
    explicit CEvent(HANDLE h) noexcept : CHandle(h) {}

    BOOL Create(LPSECURITY_ATTRIBUTES pSecurity, BOOL bManualReset, BOOL bInitialState,
                LPCTSTR pszName) noexcept
    {
        Close();
        m_h = ::CreateEvent(pSecurity, bManualReset, bInitialState, pszName);
        return m_h != NULL;
    }
    BOOL Open(DWORD dwAccess, BOOL bInheritHandle, LPCTSTR pszName) noexcept
    {
        Close();
        m_h = ::OpenEvent(dwAccess, bInheritHandle, pszName);
        return m_h != NULL;
    }
    BOOL Pulse() noexcept { return ::PulseEvent(m_h); }
    BOOL Reset() noexcept { return ::ResetEvent(m_h); }
    BOOL Set() noexcept { return ::SetEvent(m_h); }
};

class CMutex : public CHandle {
public:
    CMutex() noexcept {}
    CMutex(CMutex& hMutex) noexcept : CHandle(hMutex) {}
    explicit CMutex(BOOL bInitialOwner)
    {
        if (!Create(NULL, bInitialOwner, NULL))
            AtlThrowLastWin32();
    }
    CMutex(LPSECURITY_ATTRIBUTES pSecurity, BOOL bInitialOwner, LPCTSTR pszName)
    {
        if (!Create(pSecurity, bInitialOwner, pszName))
            AtlThrowLastWin32();
    }
    explicit CMutex(HANDLE h) noexcept : CHandle(h) {}

    BOOL Create(LPSECURITY_ATTRIBUTES pSecurity, BOOL bInitialOwner, LPCTSTR pszName) noexcept
    {
        Close();
        m_h = ::CreateMutex(pSecurity, bInitialOwner, pszName);
        return m_h != NULL;
    }
    BOOL Open(DWORD dwAccess, BOOL bInheritHandle, LPCTSTR pszName) noexcept
    {
        Close();
        m_h = ::OpenMutex(dwAccess, bInheritHandle, pszName);
        return m_h != NULL;
    }
    BOOL Release() noexcept { return ::ReleaseMutex(m_h); }
};

class CSemaphore : public CHandle {
public:
    CSemaphore() noexcept {}
    CSemaphore(CSemaphore& hSemaphore) noexcept : CHandle(hSemaphore) {}
    CSemaphore(LONG nInitialCount, LONG nMaxCount)
    {
        if (!Create(NULL, nInitialCount, nMaxCount, NULL))
            AtlThrowLastWin32();
    }
    CSemaphore(LPSECURITY_ATTRIBUTES pSecurity, LONG nInitialCount, LONG nMaxCount,
               LPCTSTR pszName)
    {
        if (!Create(pSecurity, nInitialCount, nMaxCount, pszName))
            AtlThrowLastWin32();
    }
    explicit CSemaphore(HANDLE h) noexcept : CHandle(h) {}

    BOOL Create(LPSECURITY_ATTRIBUTES pSecurity, LONG nInitialCount, LONG nMaxCount,
                LPCTSTR pszName) noexcept
    {
        Close();
        m_h = ::CreateSemaphore(pSecurity, nInitialCount, nMaxCount, pszName);
        return m_h != NULL;
    }
    BOOL Open(DWORD dwAccess, BOOL bInheritHandle, LPCTSTR pszName) noexcept
    {
        Close();
        m_h = ::OpenSemaphore(dwAccess, bInheritHandle, pszName);
        return m_h != NULL;
    }
    BOOL Release(LONG nReleaseCount = 1, LONG* pnOldCount = NULL) noexcept
    {
        return ::ReleaseSemaphore(m_h, nReleaseCount, pnOldCount);
    }
};

// Scoped ownership of a CMutex (WaitForSingleObject / ReleaseMutex).
class CMutexLock {
public:
    CMutexLock(CMutex& mtx, bool bInitialLock = true) : m_mtx(mtx), m_bLocked(false)
    {
        if (bInitialLock)
            Lock();
    }
    ~CMutexLock() noexcept
    {
        if (m_bLocked)
            Unlock();
    }
    void Lock()
    {
        DWORD dwResult = ::WaitForSingleObject(m_mtx, INFINITE);
        if (dwResult == WAIT_ABANDONED)
            ATLTRACE(atlTraceSync, 0, "Warning: abandoned mutex 0x%p\n", (HANDLE)m_mtx);
        m_bLocked = true;
    }
    void Unlock() noexcept
    {
        m_mtx.Release();
        m_bLocked = false;
    }

private:
    CMutex& m_mtx;
    bool m_bLocked;

    CMutexLock(const CMutexLock&) = delete;
    CMutexLock& operator=(const CMutexLock&) = delete;
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLSYNC_H
