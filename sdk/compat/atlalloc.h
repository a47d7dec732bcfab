// atlalloc.h -- ATL's allocator classes and owning heap pointers.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible;
// each class allocates and frees with the allocator its documentation names.

#ifndef IISTIDY_COMPAT_ATLALLOC_H
#define IISTIDY_COMPAT_ATLALLOC_H
#pragma GCC system_header

#include <atldef.h>

namespace ATL {

// Overflow-checked multiplication.
template <typename T>
inline HRESULT AtlMultiply(T* piResult, T iLeft, T iRight) noexcept
{
    if (iLeft != 0 && static_cast<T>(iLeft * iRight) / iLeft != iRight)
        return HRESULT_FROM_WIN32(ERROR_ARITHMETIC_OVERFLOW);
    *piResult = static_cast<T>(iLeft * iRight);
    return S_OK;
}

// The C runtime heap (malloc, realloc, free).
class CCRTAllocator {
public:
    static void* Reallocate(void* p, size_t nBytes) noexcept { return ::realloc(p, nBytes); }
    static void* Allocate(size_t nBytes) noexcept { return ::malloc(nBytes); }
    static void Free(void* p) noexcept { ::free(p); }
};

// The COM task allocator (CoTaskMemAlloc, CoTaskMemRealloc, CoTaskMemFree).
class CComAllocator {
public:
    static void* Reallocate(void* p, size_t nBytes) noexcept
    {
        return ::CoTaskMemRealloc(p, static_cast<ULONG>(nBytes));
    }
    static void* Allocate(size_t nBytes) noexcept
    {
        return ::CoTaskMemAlloc(static_cast<ULONG>(nBytes));
    }
    static void Free(void* p) noexcept { ::CoTaskMemFree(p); }
};

// The local heap (LocalAlloc, LocalReAlloc, LocalFree).
class CLocalAllocator {
public:
    static void* Allocate(size_t nBytes) noexcept { return ::LocalAlloc(LMEM_FIXED, nBytes); }
    static void* Reallocate(void* p, size_t nBytes) noexcept
    {
        return p ? ::LocalReAlloc(p, nBytes, 0) : ::LocalAlloc(LMEM_FIXED, nBytes);
    }
    static void Free(void* p) noexcept { ::LocalFree(p); }
};

// The global heap (GlobalAlloc, GlobalReAlloc, GlobalFree).
class CGlobalAllocator {
public:
    static void* Allocate(size_t nBytes) noexcept { return ::GlobalAlloc(GMEM_FIXED, nBytes); }
    static void* Reallocate(void* p, size_t nBytes) noexcept
    {
        return p ? ::GlobalReAlloc(p, nBytes, 0) : ::GlobalAlloc(GMEM_FIXED, nBytes);
    }
    static void Free(void* p) noexcept { ::GlobalFree(p); }
};

// An owning pointer to memory from Allocator.
template <typename T, class Allocator = CCRTAllocator>
class CHeapPtrBase {
protected:
    CHeapPtrBase() noexcept : m_pData(NULL) {}
    CHeapPtrBase(CHeapPtrBase<T, Allocator>& p) noexcept { m_pData = p.Detach(); }
    explicit CHeapPtrBase(T* pData) noexcept : m_pData(pData) {}

public:
    ~CHeapPtrBase() noexcept { Free(); }

    operator T*() const noexcept { return m_pData; }
    T* operator->() const noexcept { return m_pData; }
    T** operator&() noexcept { return &m_pData; }

    bool AllocateBytes(size_t nBytes) noexcept
    {
        m_pData = static_cast<T*>(Allocator::Allocate(nBytes));
        return m_pData != NULL;
    }
    void Attach(T* pData) noexcept
    {
        Allocator::Free(m_pData);
        m_pData = pData;
    }
    T* Detach() noexcept
    {
        T* pTemp = m_pData;
        m_pData = NULL;
        return pTemp;
    }
    void Free() noexcept
    {
        Allocator::Free(m_pData);
        m_pData = NULL;
    }
    bool ReallocateBytes(size_t nBytes) noexcept
    {
        T* pNew = static_cast<T*>(Allocator::Reallocate(m_pData, nBytes));
        if (pNew == NULL)
            return false;
        m_pData = pNew;
        return true;
    }

    T* m_pData;
};

template <typename T, class Allocator = CCRTAllocator>
class CHeapPtr : public CHeapPtrBase<T, Allocator> {
public:
    CHeapPtr() noexcept {}
    CHeapPtr(CHeapPtr<T, Allocator>& p) noexcept : CHeapPtrBase<T, Allocator>(p) {}
    explicit CHeapPtr(T* p) noexcept : CHeapPtrBase<T, Allocator>(p) {}

    CHeapPtr<T, Allocator>& operator=(CHeapPtr<T, Allocator>& p) noexcept
    {
        if (this->m_pData != p.m_pData)
            this->Attach(p.Detach());
        return *this;
    }
    bool Allocate(size_t nElements = 1) noexcept
    {
        return this->AllocateBytes(nElements * sizeof(T));
    }
    bool Reallocate(size_t nElements) noexcept
    {
        return this->ReallocateBytes(nElements * sizeof(T));
    }
};

// CHeapPtr over the COM task allocator.
template <typename T>
class CComHeapPtr : public CHeapPtr<T, CComAllocator> {
public:
    CComHeapPtr() noexcept {}
    explicit CComHeapPtr(T* pData) noexcept : CHeapPtr<T, CComAllocator>(pData) {}
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLALLOC_H
