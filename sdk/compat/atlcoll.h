// atlcoll.h -- ATL's collection classes: CAtlArray, CAtlList, CAtlMap, CRBMap and their
// element traits.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible:
// the maps are kept as linked lists of heap nodes (new/delete), not as hash tables or trees, and
// the arrays as C runtime heap blocks (malloc/free), which is enough for analysis. A POSITION is
// a pointer to a node, as in ATL.

#ifndef IISTIDY_COMPAT_ATLCOLL_H
#define IISTIDY_COMPAT_ATLCOLL_H
#pragma GCC system_header

#include <atlbase.h>

namespace ATL {

// How a collection passes, copies and compares its elements.
template <typename T>
class CElementTraitsBase {
public:
    typedef const T& INARGTYPE;
    typedef T& OUTARGTYPE;

    static void CopyElements(T* pDest, const T* pSrc, size_t nElements)
    {
        for (size_t i = 0; i < nElements; ++i)
            pDest[i] = pSrc[i];
    }
    static void RelocateElements(T* pDest, T* pSrc, size_t nElements)
    {
        ::memmove(static_cast<void*>(pDest), static_cast<const void*>(pSrc),
                  nElements * sizeof(T));
    }
};

template <typename T>
class CDefaultCompareTraits {
public:
    static bool CompareElements(const T& element1, const T& element2)
    {
        return element1 == element2;
    }
    static int CompareElementsOrdered(const T& element1, const T& element2)
    {
        return element1 < element2 ? -1 : (element2 < element1 ? 1 : 0);
    }
};

template <typename T>
class CDefaultHashTraits {
public:
    static ULONG Hash(const T& element) noexcept
    {
        return static_cast<ULONG>(static_cast<ULONG_PTR>(element));
    }
};

template <typename T>
class CDefaultElementTraits : public CElementTraitsBase<T>,
                              public CDefaultHashTraits<T>,
                              public CDefaultCompareTraits<T> {
};

template <typename T>
class CElementTraits : public CDefaultElementTraits<T> {
};

template <typename T>
class CPrimitiveElementTraits : public CDefaultElementTraits<T> {
public:
    typedef T INARGTYPE;
    typedef T& OUTARGTYPE;
};

// For string classes with PCXSTR and StrTraits (CString, CStringA, CStringW): keys are passed as
// plain pointers and compared by contents.
template <typename T>
class CStringElementTraits : public CElementTraitsBase<T> {
public:
    typedef typename T::PCXSTR INARGTYPE;
    typedef T& OUTARGTYPE;

    static ULONG Hash(INARGTYPE str) noexcept
    {
        ULONG nHash = 0;
        for (; str != NULL && *str != 0; ++str)
            nHash = (nHash << 5) + nHash + static_cast<ULONG>(*str);
        return nHash;
    }
    static bool CompareElements(INARGTYPE str1, INARGTYPE str2)
    {
        return T::StrTraits::StringCompare(str1, str2) == 0;
    }
    static int CompareElementsOrdered(INARGTYPE str1, INARGTYPE str2)
    {
        return T::StrTraits::StringCompare(str1, str2);
    }
};

// The same, ignoring case.
template <typename T>
class CStringElementTraitsI : public CElementTraitsBase<T> {
public:
    typedef typename T::PCXSTR INARGTYPE;
    typedef T& OUTARGTYPE;

    static ULONG Hash(INARGTYPE str) noexcept
    {
        ULONG nHash = 0;
        for (; str != NULL && *str != 0; ++str)
            nHash = (nHash << 5) + nHash + static_cast<ULONG>(T::StrTraits::CharToUpper(*str));
        return nHash;
    }
    static bool CompareElements(INARGTYPE str1, INARGTYPE str2)
    {
        return T::StrTraits::StringCompareIgnore(str1, str2) == 0;
    }
    static int CompareElementsOrdered(INARGTYPE str1, INARGTYPE str2)
    {
        return T::StrTraits::StringCompareIgnore(str1, str2);
    }
};

// Keys passed by reference to the string object.
template <typename T>
class CStringRefElementTraits : public CElementTraitsBase<T> {
public:
    static ULONG Hash(const T& str) noexcept { return CStringElementTraits<T>::Hash(str); }
    static bool CompareElements(const T& str1, const T& str2) { return str1 == str2; }
    static int CompareElementsOrdered(const T& str1, const T& str2) { return str1.Compare(str2); }
};

// A growable array on the C runtime heap.
template <typename E, class ETraits = CElementTraits<E>>
class CAtlArray {
public:
    typedef typename ETraits::INARGTYPE INARGTYPE;
    typedef typename ETraits::OUTARGTYPE OUTARGTYPE;

    CAtlArray() noexcept : m_pData(NULL), m_nSize(0), m_nMaxSize(0) {}
    ~CAtlArray() { RemoveAll(); }

    size_t GetCount() const noexcept { return m_nSize; }
    bool IsEmpty() const noexcept { return m_nSize == 0; }
    bool SetCount(size_t nNewSize, int nGrowBy = -1)
    {
        (void)nGrowBy;
        if (nNewSize < m_nSize) {
            for (size_t i = nNewSize; i < m_nSize; ++i)
                m_pData[i].~E();
            m_nSize = nNewSize;
            return true;
        }
        if (!Grow(nNewSize))
            return false;
        for (size_t i = m_nSize; i < nNewSize; ++i)
            AtlIisTidyConstruct(m_pData + i);
        m_nSize = nNewSize;
        return true;
    }
    void FreeExtra() {}
    void RemoveAll()
    {
        for (size_t i = 0; i < m_nSize; ++i)
            m_pData[i].~E();
        ::free(m_pData);
        m_pData = NULL;
        m_nSize = 0;
        m_nMaxSize = 0;
    }

    const E& GetAt(size_t iElement) const { return m_pData[iElement]; }
    E& GetAt(size_t iElement) { return m_pData[iElement]; }
    void SetAt(size_t iElement, INARGTYPE element) { m_pData[iElement] = element; }
    E& SetAtGrow(size_t iElement, INARGTYPE element)
    {
        if (iElement >= m_nSize)
            SetCount(iElement + 1);
        m_pData[iElement] = element;
        return m_pData[iElement];
    }
    const E* GetData() const noexcept { return m_pData; }
    E* GetData() noexcept { return m_pData; }
    const E& operator[](size_t iElement) const { return m_pData[iElement]; }
    E& operator[](size_t iElement) { return m_pData[iElement]; }

    // Each returns the index of the new element.
    size_t Add(INARGTYPE element)
    {
        if (!Grow(m_nSize + 1))
            AtlThrow(E_OUTOFMEMORY);
        AtlIisTidyConstruct(m_pData + m_nSize, element);
        return m_nSize++;
    }
    size_t Add()
    {
        if (!Grow(m_nSize + 1))
            AtlThrow(E_OUTOFMEMORY);
        AtlIisTidyConstruct(m_pData + m_nSize);
        return m_nSize++;
    }
    // Returns the index of the first appended element.
    size_t Append(const CAtlArray<E, ETraits>& aSrc)
    {
        size_t nOldSize = m_nSize;
        for (size_t i = 0; i < aSrc.GetCount(); ++i)
            Add(aSrc[i]);
        return nOldSize;
    }
    void Copy(const CAtlArray<E, ETraits>& aSrc)
    {
        if (this == &aSrc)
            return;
        RemoveAll();
        Append(aSrc);
    }
    void InsertAt(size_t iElement, INARGTYPE element, size_t nCount = 1)
    {
        if (iElement > m_nSize)
            iElement = m_nSize;
        for (size_t n = 0; n < nCount; ++n) {
            Add(element);
            for (size_t i = m_nSize - 1; i > iElement + n; --i)
                m_pData[i] = m_pData[i - 1];
            m_pData[iElement + n] = element;
        }
    }
    void InsertArrayAt(size_t iStart, const CAtlArray<E, ETraits>* paNew)
    {
        for (size_t i = 0; paNew != NULL && i < paNew->GetCount(); ++i)
            InsertAt(iStart + i, paNew->GetAt(i));
    }
    void RemoveAt(size_t iElement, size_t nCount = 1)
    {
        if (iElement >= m_nSize)
            return;
        if (nCount > m_nSize - iElement)
            nCount = m_nSize - iElement;
        for (size_t i = iElement; i + nCount < m_nSize; ++i)
            m_pData[i] = m_pData[i + nCount];
        for (size_t i = m_nSize - nCount; i < m_nSize; ++i)
            m_pData[i].~E();
        m_nSize -= nCount;
    }

private:
    bool Grow(size_t nNewSize)
    {
        if (nNewSize <= m_nMaxSize)
            return true;
        size_t nNewMax = m_nMaxSize < 4 ? 4 : m_nMaxSize;
        while (nNewMax < nNewSize)
            nNewMax *= 2;
        E* pNew = static_cast<E*>(::malloc(nNewMax * sizeof(E)));
        if (pNew == NULL)
            return false;
        for (size_t i = 0; i < m_nSize; ++i) {
            AtlIisTidyConstruct(pNew + i, m_pData[i]);
            m_pData[i].~E();
        }
        ::free(m_pData);
        m_pData = pNew;
        m_nMaxSize = nNewMax;
        return true;
    }

    E* m_pData;
    size_t m_nSize;
    size_t m_nMaxSize;

    CAtlArray(const CAtlArray&) = delete;
    CAtlArray& operator=(const CAtlArray&) = delete;
};

// A doubly linked list of heap nodes (new/delete).
template <typename E, class ETraits = CElementTraits<E>>
class CAtlList {
public:
    typedef typename ETraits::INARGTYPE INARGTYPE;

private:
    class CNode : public __POSITION {
    public:
        CNode(INARGTYPE element) : m_pNext(NULL), m_pPrev(NULL), m_element(element) {}
        CNode* m_pNext;
        CNode* m_pPrev;
        E m_element;
    };

public:
    explicit CAtlList(UINT nBlockSize = 10) noexcept : m_pHead(NULL), m_pTail(NULL), m_nElements(0)
    {
        (void)nBlockSize;
    }
    ~CAtlList() { RemoveAll(); }

    size_t GetCount() const noexcept { return m_nElements; }
    bool IsEmpty() const noexcept { return m_nElements == 0; }

    E& GetHead() { return m_pHead->m_element; }
    const E& GetHead() const { return m_pHead->m_element; }
    E& GetTail() { return m_pTail->m_element; }
    const E& GetTail() const { return m_pTail->m_element; }

    E RemoveHead()
    {
        CNode* pNode = m_pHead;
        E element(pNode->m_element);
        RemoveAt(pNode);
        return element;
    }
    E RemoveTail()
    {
        CNode* pNode = m_pTail;
        E element(pNode->m_element);
        RemoveAt(pNode);
        return element;
    }
    void RemoveHeadNoReturn() { RemoveAt(m_pHead); }
    void RemoveTailNoReturn() { RemoveAt(m_pTail); }

    POSITION AddHead(INARGTYPE element) { return InsertBefore(m_pHead, element); }
    POSITION AddTail(INARGTYPE element) { return InsertAfter(m_pTail, element); }
    POSITION AddHead() { return AddHead(E()); }
    POSITION AddTail() { return AddTail(E()); }
    void AddHeadList(const CAtlList<E, ETraits>* plNew)
    {
        for (POSITION pos = plNew->GetTailPosition(); pos != NULL;)
            AddHead(plNew->GetPrev(pos));
    }
    void AddTailList(const CAtlList<E, ETraits>* plNew)
    {
        for (POSITION pos = plNew->GetHeadPosition(); pos != NULL;)
            AddTail(plNew->GetNext(pos));
    }
    void RemoveAll()
    {
        while (m_pHead != NULL) {
            CNode* pNext = m_pHead->m_pNext;
            delete m_pHead;
            m_pHead = pNext;
        }
        m_pTail = NULL;
        m_nElements = 0;
    }

    POSITION GetHeadPosition() const noexcept { return m_pHead; }
    POSITION GetTailPosition() const noexcept { return m_pTail; }
    E& GetNext(POSITION& pos)
    {
        CNode* pNode = static_cast<CNode*>(pos);
        pos = pNode->m_pNext;
        return pNode->m_element;
    }
    const E& GetNext(POSITION& pos) const
    {
        CNode* pNode = static_cast<CNode*>(pos);
        pos = pNode->m_pNext;
        return pNode->m_element;
    }
    E& GetPrev(POSITION& pos)
    {
        CNode* pNode = static_cast<CNode*>(pos);
        pos = pNode->m_pPrev;
        return pNode->m_element;
    }
    const E& GetPrev(POSITION& pos) const
    {
        CNode* pNode = static_cast<CNode*>(pos);
        pos = pNode->m_pPrev;
        return pNode->m_element;
    }
    E& GetAt(POSITION pos) { return static_cast<CNode*>(pos)->m_element; }
    const E& GetAt(POSITION pos) const { return static_cast<CNode*>(pos)->m_element; }
    void SetAt(POSITION pos, INARGTYPE element) { static_cast<CNode*>(pos)->m_element = element; }
    void RemoveAt(POSITION pos)
    {
        CNode* pNode = static_cast<CNode*>(pos);
        if (pNode == NULL)
            return;
        (pNode->m_pPrev != NULL ? pNode->m_pPrev->m_pNext : m_pHead) = pNode->m_pNext;
        (pNode->m_pNext != NULL ? pNode->m_pNext->m_pPrev : m_pTail) = pNode->m_pPrev;
        delete pNode;
        --m_nElements;
    }

    POSITION InsertBefore(POSITION pos, INARGTYPE element)
    {
        CNode* pOld = static_cast<CNode*>(pos);
        CNode* pNew = new CNode(element);
        pNew->m_pNext = pOld;
        pNew->m_pPrev = pOld != NULL ? pOld->m_pPrev : NULL;
        if (pOld == NULL) {
            pNew->m_pNext = m_pHead;
            if (m_pHead != NULL)
                m_pHead->m_pPrev = pNew;
            else
                m_pTail = pNew;
            m_pHead = pNew;
        } else {
            (pOld->m_pPrev != NULL ? pOld->m_pPrev->m_pNext : m_pHead) = pNew;
            pOld->m_pPrev = pNew;
        }
        ++m_nElements;
        return pNew;
    }
    POSITION InsertAfter(POSITION pos, INARGTYPE element)
    {
        CNode* pOld = static_cast<CNode*>(pos);
        CNode* pNew = new CNode(element);
        if (pOld == NULL) {
            pNew->m_pPrev = m_pTail;
            if (m_pTail != NULL)
                m_pTail->m_pNext = pNew;
            else
                m_pHead = pNew;
            m_pTail = pNew;
        } else {
            pNew->m_pPrev = pOld;
            pNew->m_pNext = pOld->m_pNext;
            (pOld->m_pNext != NULL ? pOld->m_pNext->m_pPrev : m_pTail) = pNew;
            pOld->m_pNext = pNew;
        }
        ++m_nElements;
        return pNew;
    }

    POSITION Find(INARGTYPE element, POSITION posStartAfter = NULL) const
    {
        CNode* pNode = posStartAfter != NULL ? static_cast<CNode*>(posStartAfter)->m_pNext
                                             : m_pHead;
        for (; pNode != NULL; pNode = pNode->m_pNext) {
            if (ETraits::CompareElements(pNode->m_element, element))
                return pNode;
        }
        return NULL;
    }
    POSITION FindIndex(size_t iElement) const
    {
        CNode* pNode = m_pHead;
        for (size_t i = 0; pNode != NULL && i < iElement; ++i)
            pNode = pNode->m_pNext;
        return pNode;
    }
    void MoveToHead(POSITION pos)
    {
        E element(GetAt(pos));
        RemoveAt(pos);
        AddHead(element);
    }
    void MoveToTail(POSITION pos)
    {
        E element(GetAt(pos));
        RemoveAt(pos);
        AddTail(element);
    }
    void SwapElements(POSITION pos1, POSITION pos2)
    {
        E element(GetAt(pos1));
        SetAt(pos1, GetAt(pos2));
        SetAt(pos2, element);
    }

private:
    CNode* m_pHead;
    CNode* m_pTail;
    size_t m_nElements;

    CAtlList(const CAtlList&) = delete;
    CAtlList& operator=(const CAtlList&) = delete;
};

// The key/value nodes CAtlMap and CRBMap share; bOrdered keeps them sorted by key.
template <typename K, typename V, class KTraits, class VTraits, bool bOrdered>
class IisTidyAtlPairList {
public:
    typedef typename KTraits::INARGTYPE KINARGTYPE;
    typedef typename KTraits::OUTARGTYPE KOUTARGTYPE;
    typedef typename VTraits::INARGTYPE VINARGTYPE;
    typedef typename VTraits::OUTARGTYPE VOUTARGTYPE;

    class CPair : public __POSITION {
    protected:
        CPair(KINARGTYPE key) : m_key(key), m_value() {}

    public:
        const K m_key;
        V m_value;
    };

protected:
    class CNode : public CPair {
    public:
        CNode(KINARGTYPE key) : CPair(key), m_pNext(NULL), m_pPrev(NULL) {}
        CNode* m_pNext;
        CNode* m_pPrev;
    };

public:
    IisTidyAtlPairList() noexcept : m_pHead(NULL), m_pTail(NULL), m_nCount(0) {}
    ~IisTidyAtlPairList() { RemoveAll(); }

    size_t GetCount() const noexcept { return m_nCount; }
    bool IsEmpty() const noexcept { return m_nCount == 0; }

    bool Lookup(KINARGTYPE key, VOUTARGTYPE value) const
    {
        CNode* pNode = Find(key);
        if (pNode == NULL)
            return false;
        value = pNode->m_value;
        return true;
    }
    const CPair* Lookup(KINARGTYPE key) const { return Find(key); }
    CPair* Lookup(KINARGTYPE key) { return Find(key); }
    V& operator[](KINARGTYPE key)
    {
        CNode* pNode = Find(key);
        if (pNode == NULL)
            pNode = Insert(key);
        return pNode->m_value;
    }
    POSITION SetAt(KINARGTYPE key, VINARGTYPE value)
    {
        CNode* pNode = Find(key);
        if (pNode == NULL)
            pNode = Insert(key);
        pNode->m_value = value;
        return pNode;
    }
    void SetValueAt(POSITION pos, VINARGTYPE value) { static_cast<CNode*>(pos)->m_value = value; }
    bool RemoveKey(KINARGTYPE key)
    {
        CNode* pNode = Find(key);
        if (pNode == NULL)
            return false;
        Unlink(pNode);
        return true;
    }
    void RemoveAll()
    {
        while (m_pHead != NULL) {
            CNode* pNext = m_pHead->m_pNext;
            delete m_pHead;
            m_pHead = pNext;
        }
        m_pTail = NULL;
        m_nCount = 0;
    }
    void RemoveAtPos(POSITION pos) { Unlink(static_cast<CNode*>(pos)); }
    void RemoveAt(POSITION pos) { Unlink(static_cast<CNode*>(pos)); }

    POSITION GetStartPosition() const noexcept { return m_pHead; }
    POSITION GetHeadPosition() const noexcept { return m_pHead; }
    POSITION GetTailPosition() const noexcept { return m_pTail; }
    void GetNextAssoc(POSITION& pos, KOUTARGTYPE key, VOUTARGTYPE value) const
    {
        CNode* pNode = static_cast<CNode*>(pos);
        key = pNode->m_key;
        value = pNode->m_value;
        pos = pNode->m_pNext;
    }
    const CPair* GetNext(POSITION& pos) const
    {
        CNode* pNode = static_cast<CNode*>(pos);
        pos = pNode->m_pNext;
        return pNode;
    }
    CPair* GetNext(POSITION& pos)
    {
        CNode* pNode = static_cast<CNode*>(pos);
        pos = pNode->m_pNext;
        return pNode;
    }
    const CPair* GetPrev(POSITION& pos) const
    {
        CNode* pNode = static_cast<CNode*>(pos);
        pos = pNode->m_pPrev;
        return pNode;
    }
    CPair* GetPrev(POSITION& pos)
    {
        CNode* pNode = static_cast<CNode*>(pos);
        pos = pNode->m_pPrev;
        return pNode;
    }
    const K& GetNextKey(POSITION& pos) const { return GetNext(pos)->m_key; }
    const V& GetNextValue(POSITION& pos) const { return GetNext(pos)->m_value; }
    V& GetNextValue(POSITION& pos) { return GetNext(pos)->m_value; }
    void GetAt(POSITION pos, KOUTARGTYPE key, VOUTARGTYPE value) const
    {
        CNode* pNode = static_cast<CNode*>(pos);
        key = pNode->m_key;
        value = pNode->m_value;
    }
    CPair* GetAt(POSITION pos) { return static_cast<CNode*>(pos); }
    const CPair* GetAt(POSITION pos) const { return static_cast<CNode*>(pos); }
    const K& GetKeyAt(POSITION pos) const { return static_cast<CNode*>(pos)->m_key; }
    const V& GetValueAt(POSITION pos) const { return static_cast<CNode*>(pos)->m_value; }
    V& GetValueAt(POSITION pos) { return static_cast<CNode*>(pos)->m_value; }

protected:
    CNode* Find(KINARGTYPE key) const
    {
        for (CNode* pNode = m_pHead; pNode != NULL; pNode = pNode->m_pNext) {
            if (KTraits::CompareElements(pNode->m_key, key))
                return pNode;
        }
        return NULL;
    }
    CNode* Insert(KINARGTYPE key)
    {
        CNode* pNew = new CNode(key);
        CNode* pAfter = m_pTail;
        if (bOrdered) {
            while (pAfter != NULL && KTraits::CompareElementsOrdered(pAfter->m_key, key) > 0)
                pAfter = pAfter->m_pPrev;
        }
        pNew->m_pPrev = pAfter;
        pNew->m_pNext = pAfter != NULL ? pAfter->m_pNext : m_pHead;
        (pNew->m_pNext != NULL ? pNew->m_pNext->m_pPrev : m_pTail) = pNew;
        (pAfter != NULL ? pAfter->m_pNext : m_pHead) = pNew;
        ++m_nCount;
        return pNew;
    }
    void Unlink(CNode* pNode)
    {
        if (pNode == NULL)
            return;
        (pNode->m_pPrev != NULL ? pNode->m_pPrev->m_pNext : m_pHead) = pNode->m_pNext;
        (pNode->m_pNext != NULL ? pNode->m_pNext->m_pPrev : m_pTail) = pNode->m_pPrev;
        delete pNode;
        --m_nCount;
    }

    CNode* m_pHead;
    CNode* m_pTail;
    size_t m_nCount;

private:
    IisTidyAtlPairList(const IisTidyAtlPairList&) = delete;
    IisTidyAtlPairList& operator=(const IisTidyAtlPairList&) = delete;
};

// A map from K to V (ATL's is a hash table; here an unordered list).
template <typename K, typename V, class KTraits = CElementTraits<K>,
          class VTraits = CElementTraits<V>>
class CAtlMap : public IisTidyAtlPairList<K, V, KTraits, VTraits, false> {
public:
    explicit CAtlMap(UINT nBins = 17, float fOptimalLoad = 0.75f, float fLoThreshold = 0.25f,
                     float fHiThreshold = 2.25f, UINT nBlockSize = 10) noexcept
        : m_nBins(nBins)
    {
        (void)fOptimalLoad;
        (void)fLoThreshold;
        (void)fHiThreshold;
        (void)nBlockSize;
    }

    UINT GetHashTableSize() const noexcept { return m_nBins; }
    bool InitHashTable(UINT nBins, bool bAllocNow = true)
    {
        (void)bAllocNow;
        m_nBins = nBins;
        return true;
    }
    void EnableAutoRehash() noexcept {}
    void DisableAutoRehash() noexcept {}
    void Rehash(UINT nBins = 0) { (void)nBins; }
    void SetOptimalLoad(float fOptimalLoad, float fLoThreshold, float fHiThreshold,
                        bool bRehashNow = false)
    {
        (void)fOptimalLoad;
        (void)fLoThreshold;
        (void)fHiThreshold;
        (void)bRehashNow;
    }

private:
    UINT m_nBins;
};

// A map from K to V ordered by key (ATL's is a red-black tree; here a sorted list).
template <typename K, typename V, class KTraits = CElementTraits<K>,
          class VTraits = CElementTraits<V>>
class CRBMap : public IisTidyAtlPairList<K, V, KTraits, VTraits, true> {
    typedef IisTidyAtlPairList<K, V, KTraits, VTraits, true> CBase;

public:
    explicit CRBMap(size_t nBlockSize = 10) noexcept { (void)nBlockSize; }

    POSITION FindFirstKeyAfter(typename CBase::KINARGTYPE key) const
    {
        for (typename CBase::CNode* pNode = this->m_pHead; pNode != NULL;
             pNode = pNode->m_pNext) {
            if (KTraits::CompareElementsOrdered(pNode->m_key, key) > 0)
                return pNode;
        }
        return NULL;
    }
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLCOLL_H
