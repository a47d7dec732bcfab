// ATL's collections from sdk/compat (atlcoll.h, atlsimpcoll.h): CAtlMap with CString keys (plain
// and case-insensitive traits), POSITION iteration, CAtlArray, CAtlList, CRBMap, CSimpleArray and
// CSimpleMap, as a module's caches use them.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++14 -nostdinc++ -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <httpserv.h>
#include <atlbase.h>
#include <atlstr.h>
#include <atlcoll.h>

struct CACHE_ENTRY {
    DWORD dwHits;
    FILETIME ftExpires;
};

// URL -> entry, guarded by a critical section.
class CUrlCache {
public:
    CUrlCache() { m_cs.Init(); }
    ~CUrlCache()
    {
        Clear();
        m_cs.Term();
    }

    bool Touch(PCWSTR pszUrl)
    {
        CComCritSecLock<CComCriticalSection> lock(m_cs);
        CACHE_ENTRY* pEntry = NULL;
        if (m_map.Lookup(pszUrl, pEntry)) {
            ++pEntry->dwHits;
            return true;
        }
        pEntry = new CACHE_ENTRY();
        pEntry->dwHits = 1;
        m_map.SetAt(pszUrl, pEntry);
        return false;
    }

    void Remove(PCWSTR pszUrl)
    {
        CComCritSecLock<CComCriticalSection> lock(m_cs);
        CAtlMap<CStringW, CACHE_ENTRY*, CStringElementTraitsI<CStringW>>::CPair* pPair =
            m_map.Lookup(pszUrl);
        if (pPair != NULL) {
            delete pPair->m_value;
            m_map.RemoveKey(pszUrl);
        }
    }

    void Clear()
    {
        CComCritSecLock<CComCriticalSection> lock(m_cs);
        POSITION pos = m_map.GetStartPosition();
        while (pos != NULL) {
            CStringW strUrl;
            CACHE_ENTRY* pEntry = NULL;
            m_map.GetNextAssoc(pos, strUrl, pEntry);
            delete pEntry;
        }
        m_map.RemoveAll();
    }

    size_t Count() const { return m_map.GetCount(); }

private:
    CComCriticalSection m_cs;
    CAtlMap<CStringW, CACHE_ENTRY*, CStringElementTraitsI<CStringW>> m_map;
};

DWORD TotalHits(CAtlMap<CString, DWORD>& mapHits)
{
    DWORD dwTotal = 0;
    mapHits[_T("/")] += 1;
    for (POSITION pos = mapHits.GetStartPosition(); pos != NULL;) {
        const CAtlMap<CString, DWORD>::CPair* pPair = mapHits.GetNext(pos);
        dwTotal += pPair->m_value;
        if (pPair->m_key.IsEmpty()) {
            break;
        }
    }
    POSITION posKey = mapHits.GetStartPosition();
    if (posKey != NULL) {
        const CString& strKey = mapHits.GetKeyAt(posKey);
        dwTotal += mapHits.GetValueAt(posKey) + static_cast<DWORD>(strKey.GetLength());
    }
    mapHits.InitHashTable(127);
    return dwTotal;
}

// Arrays and lists.
size_t CollectHeaders(IHttpRequest* pRequest, CAtlArray<CStringA>& aValues)
{
    static const HTTP_HEADER_ID aIds[] = {HttpHeaderHost, HttpHeaderUserAgent, HttpHeaderReferer};
    for (size_t i = 0; i < sizeof(aIds) / sizeof(aIds[0]); ++i) {
        USHORT cch = 0;
        PCSTR pszValue = pRequest->GetHeader(aIds[i], &cch);
        if (pszValue != NULL) {
            aValues.Add(CStringA(pszValue, cch));
        }
    }
    if (!aValues.IsEmpty()) {
        aValues.InsertAt(0, CStringA("first"));
        aValues.RemoveAt(aValues.GetCount() - 1);
        aValues[0].MakeLower();
    }
    CAtlArray<CComPtr<IUnknown>> aObjects;
    aObjects.Add(CComPtr<IUnknown>());
    CAtlArray<DWORD> aSizes;
    aSizes.SetCount(4);
    aSizes.SetAtGrow(8, 1);
    return aValues.GetCount() + aSizes.GetCount() + aObjects.GetCount();
}

int DrainQueue(CAtlList<CStringW>& queue)
{
    queue.AddTail(L"last");
    queue.AddHead(L"first");
    POSITION posFound = queue.Find(L"last");
    if (posFound != NULL) {
        queue.InsertBefore(posFound, L"middle");
    }
    int cItems = 0;
    for (POSITION pos = queue.GetHeadPosition(); pos != NULL;) {
        const CStringW& strItem = queue.GetNext(pos);
        cItems += strItem.GetLength();
    }
    while (!queue.IsEmpty()) {
        CStringW strHead = queue.RemoveHead();
        (void)strHead;
    }
    return cItems;
}

// Ordered map, and the simple collections of older ATL code.
int OrderedKeys()
{
    CRBMap<int, CString> mapByPriority;
    mapByPriority.SetAt(20, _T("low"));
    mapByPriority.SetAt(10, _T("high"));
    CString strValue;
    int nSum = mapByPriority.Lookup(10, strValue) ? strValue.GetLength() : 0;
    for (POSITION pos = mapByPriority.GetHeadPosition(); pos != NULL;) {
        nSum += mapByPriority.GetNext(pos)->m_key;
    }
    CSimpleArray<int> aInts;
    aInts.Add(3);
    aInts.Add(4);
    aInts.Remove(3);
    CSimpleMap<CString, int> mapSimple;
    mapSimple.Add(_T("a"), 1);
    nSum += mapSimple.Lookup(_T("a")) + aInts[0] + aInts.GetSize();
    return nSum;
}
