// atlsimpcoll.h -- ATL's simple collections: CSimpleArray and CSimpleMap.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible;
// both classes keep their elements on the C runtime heap, as ATL's do.

#ifndef IISTIDY_COMPAT_ATLSIMPCOLL_H
#define IISTIDY_COMPAT_ATLSIMPCOLL_H
#pragma GCC system_header

#include <atldef.h>

namespace ATL {

template <class T>
class CSimpleArrayEqualHelper {
public:
    static bool IsEqual(const T& t1, const T& t2) { return t1 == t2; }
};

template <class T, class TEqual = CSimpleArrayEqualHelper<T>>
class CSimpleArray {
public:
    CSimpleArray() noexcept : m_aT(NULL), m_nSize(0), m_nAllocSize(0) {}
    CSimpleArray(const CSimpleArray<T, TEqual>& src) : m_aT(NULL), m_nSize(0), m_nAllocSize(0)
    {
        for (int i = 0; i < src.GetSize(); ++i)
            Add(src[i]);
    }
    ~CSimpleArray() { RemoveAll(); }

    CSimpleArray<T, TEqual>& operator=(const CSimpleArray<T, TEqual>& src)
    {
        if (this != &src) {
            RemoveAll();
            for (int i = 0; i < src.GetSize(); ++i)
                Add(src[i]);
        }
        return *this;
    }

    int GetSize() const noexcept { return m_nSize; }
    BOOL Add(const T& t)
    {
        if (m_nSize == m_nAllocSize) {
            int nNewAllocSize = m_nAllocSize == 0 ? 1 : m_nAllocSize * 2;
            T* aT = static_cast<T*>(::malloc(sizeof(T) * static_cast<size_t>(nNewAllocSize)));
            if (aT == NULL)
                return FALSE;
            for (int i = 0; i < m_nSize; ++i) {
                AtlIisTidyConstruct(aT + i, m_aT[i]);
                m_aT[i].~T();
            }
            ::free(m_aT);
            m_aT = aT;
            m_nAllocSize = nNewAllocSize;
        }
        AtlIisTidyConstruct(m_aT + m_nSize, t);
        ++m_nSize;
        return TRUE;
    }
    BOOL Remove(const T& t)
    {
        int nIndex = Find(t);
        return nIndex == -1 ? FALSE : RemoveAt(nIndex);
    }
    BOOL RemoveAt(int nIndex)
    {
        if (nIndex < 0 || nIndex >= m_nSize)
            return FALSE;
        m_aT[nIndex].~T();
        for (int i = nIndex; i + 1 < m_nSize; ++i) {
            AtlIisTidyConstruct(m_aT + i, m_aT[i + 1]);
            m_aT[i + 1].~T();
        }
        --m_nSize;
        return TRUE;
    }
    void RemoveAll()
    {
        for (int i = 0; i < m_nSize; ++i)
            m_aT[i].~T();
        ::free(m_aT);
        m_aT = NULL;
        m_nSize = 0;
        m_nAllocSize = 0;
    }
    const T& operator[](int nIndex) const { return m_aT[nIndex]; }
    T& operator[](int nIndex) { return m_aT[nIndex]; }
    T* GetData() const noexcept { return m_aT; }
    int Find(const T& t) const
    {
        for (int i = 0; i < m_nSize; ++i) {
            if (TEqual::IsEqual(m_aT[i], t))
                return i;
        }
        return -1;
    }
    BOOL SetAtIndex(int nIndex, const T& t)
    {
        if (nIndex < 0 || nIndex >= m_nSize)
            return FALSE;
        m_aT[nIndex] = t;
        return TRUE;
    }

    T* m_aT;
    int m_nSize;
    int m_nAllocSize;
};

template <class TKey, class TVal>
class CSimpleMapEqualHelper {
public:
    static bool IsEqualKey(const TKey& k1, const TKey& k2) { return k1 == k2; }
    static bool IsEqualValue(const TVal& v1, const TVal& v2) { return v1 == v2; }
};

template <class TKey, class TVal, class TEqual = CSimpleMapEqualHelper<TKey, TVal>>
class CSimpleMap {
public:
    typedef TKey _ArrayKeyType;
    typedef TVal _ArrayElementType;

    CSimpleMap() {}
    ~CSimpleMap() { RemoveAll(); }

    int GetSize() const noexcept { return m_aKey.GetSize(); }
    BOOL Add(const TKey& key, const TVal& val)
    {
        if (!m_aKey.Add(key))
            return FALSE;
        if (!m_aVal.Add(val)) {
            m_aKey.RemoveAt(m_aKey.GetSize() - 1);
            return FALSE;
        }
        return TRUE;
    }
    BOOL Remove(const TKey& key)
    {
        int nIndex = FindKey(key);
        return nIndex == -1 ? FALSE : RemoveAt(nIndex);
    }
    BOOL RemoveAt(int nIndex) { return m_aKey.RemoveAt(nIndex) && m_aVal.RemoveAt(nIndex); }
    void RemoveAll()
    {
        m_aKey.RemoveAll();
        m_aVal.RemoveAll();
    }
    BOOL SetAt(const TKey& key, const TVal& val)
    {
        int nIndex = FindKey(key);
        if (nIndex == -1)
            return FALSE;
        m_aVal[nIndex] = val;
        return TRUE;
    }
    TVal Lookup(const TKey& key) const
    {
        int nIndex = FindKey(key);
        return nIndex == -1 ? TVal() : m_aVal[nIndex];
    }
    TKey ReverseLookup(const TVal& val) const
    {
        for (int i = 0; i < GetSize(); ++i) {
            if (TEqual::IsEqualValue(m_aVal[i], val))
                return m_aKey[i];
        }
        return TKey();
    }
    TKey& GetKeyAt(int nIndex) { return m_aKey[nIndex]; }
    TVal& GetValueAt(int nIndex) { return m_aVal[nIndex]; }
    const TKey& GetKeyAt(int nIndex) const { return m_aKey[nIndex]; }
    const TVal& GetValueAt(int nIndex) const { return m_aVal[nIndex]; }
    int FindKey(const TKey& key) const
    {
        for (int i = 0; i < GetSize(); ++i) {
            if (TEqual::IsEqualKey(m_aKey[i], key))
                return i;
        }
        return -1;
    }
    int FindVal(const TVal& val) const
    {
        for (int i = 0; i < GetSize(); ++i) {
            if (TEqual::IsEqualValue(m_aVal[i], val))
                return i;
        }
        return -1;
    }

    CSimpleArray<TKey> m_aKey;
    CSimpleArray<TVal> m_aVal;
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLSIMPCOLL_H
