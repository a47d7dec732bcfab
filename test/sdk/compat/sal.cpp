// SAL annotations from module code, with mingw-w64's windows.h and iis-tidy's sdk/compat:
// the annotations mingw-w64 lacks come from iis-tidy-sal.h (through the sal.h and specstrings.h
// wrappers, so windows.h alone brings them), and the ones it has stay its own. __in and __out,
// which mingw-w64 leaves out in C++ because libstdc++ uses the names, are defined, and the C++
// library headers included afterwards still parse (sdk/compat wraps the ones that use them).
// IISTIDY_SAL_NO_IN_OUT leaves the two names undefined.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -DEXPLICIT_SAL_H -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DIISTIDY_SAL_NO_IN_OUT -isystem %sdk_include -isystem %repo/sdk/compat %s
// Without sdk/compat, the same source does not parse (the test depends on the header):
// RUN: not %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -isystem %sdk_include %s

#include <windows.h>
#if defined(EXPLICIT_SAL_H)
#include <sal.h>
#include <specstrings.h>
#endif

// SAL 1, as older module code writes it.
#if !defined(IISTIDY_SAL_NO_IN_OUT)
HRESULT CopyName(__in PCWSTR pszName, __out_ecount(cchBuffer) PWSTR pszBuffer,
                        __in DWORD cchBuffer, __out DWORD* pcchWritten);
#else
#if defined(__in) || defined(__out)
#error "IISTIDY_SAL_NO_IN_OUT leaves __in and __out undefined"
#endif
HRESULT CopyName(PCWSTR pszName, __out_ecount(cchBuffer) PWSTR pszBuffer,
                        DWORD cchBuffer, DWORD* pcchWritten);
#endif
__checkReturn __success(return == 0) LONG ReadSetting(__in_opt LPCWSTR pszKey,
                                                             __deref_out LPWSTR* ppszValue,
                                                             __reserved PVOID pvReserved);
void Trace(__in_z const char* pszMessage, __callback PVOID pfn);
void TraceRaw(__nullterminated const char* pszMessage, __in_bcount(cb) const void* pv, DWORD cb);

struct REQUEST_LOG_ENTRY {
    DWORD cbData;
    __field_ecount(cbData) BYTE* pbData;
    _Field_size_(cbData) BYTE* pbCopy;
    _Null_terminated_ char* pszUrl;
    _Guarded_by_(g_csLog) DWORD dwCount;
};

// SAL 2.
_Must_inspect_result_ _Success_(return != FALSE) BOOL
ParseHeader(_In_reads_bytes_(cbHeader) const BYTE* pbHeader, _In_ DWORD cbHeader,
            _Out_writes_to_(cchValue, *pcchWritten) PWSTR pszValue, _In_ DWORD cchValue,
            _Out_ DWORD* pcchWritten);

_Check_return_ HRESULT LookupUser(_In_z_ PCWSTR pszUser, _Outptr_ PWSTR* ppszDomain,
                                         _Outptr_result_maybenull_ PVOID* ppToken,
                                         _Inout_opt_ DWORD* pdwFlags);
_Ret_maybenull_ _Post_z_ PCWSTR FindExtension(_In_reads_(cch) PCWSTR psz, _In_ SIZE_T cch);
_Ret_z_ PCSTR StatusText(_In_range_(100, 599) USHORT uStatus);
void FreeBuffer(_Frees_ptr_opt_ _Post_invalid_ PVOID pv);
void Fill(_Pre_ _Notnull_ _Out_writes_bytes_(cb) PVOID pv, _In_ SIZE_T cb);
void Consume(_Pre_z_ _Pre_valid_ PCWSTR psz, _Post_ _Maybenull_ PVOID* ppv);
int Printf(_In_z_ _Printf_format_string_ const char* pszFormat, ...);
_When_(fAcquire != FALSE, _Acquires_lock_(*pcs)) _When_(fAcquire == FALSE, _Releases_lock_(*pcs))
void LockOrUnlock(_Inout_ CRITICAL_SECTION* pcs, _In_ BOOL fAcquire);
_Requires_lock_held_(g_csLog) void AppendLog(_In_ const REQUEST_LOG_ENTRY* pEntry);
_IRQL_requires_max_(PASSIVE_LEVEL) void Worker(_In_opt_ _Reserved_ PVOID pvReserved);
HRESULT QueryInterfaceLike(_In_ REFIID riid, _COM_Outptr_ void** ppv);

_Use_decl_annotations_ BOOL ParseHeader(const BYTE* pbHeader, DWORD cbHeader,
                                               PWSTR pszValue, DWORD cchValue,
                                               DWORD* pcchWritten)
{
    _Analysis_assume_(pcchWritten != NULL);
    *pcchWritten = 0;
    (void)pbHeader;
    (void)cbHeader;
    (void)pszValue;
    (void)cchValue;
    return TRUE;
}

// C++ library headers after __in/__out are defined.
#include <string>
#include <tuple>
#include <utility>
#include <istream>
#include <ostream>
#include <sstream>
#include <algorithm>
#include <memory>
#include <map>
#include <vector>

std::wstring JoinNames(const std::vector<std::wstring>& names)
{
    std::wostringstream out;
    for (const std::wstring& name : names) {
        out << name << L';';
    }
    std::pair<int, std::wstring> tagged = std::make_pair(1, out.str());
    std::tuple<int, std::wstring> both(tagged.first, tagged.second);
    std::map<std::wstring, int> counts;
    counts[std::get<1>(both)] = 1;
    return std::get<1>(both);
}

int UseAll()
{
    DWORD cch = 0;
    WCHAR sz[16];
    return ParseHeader(nullptr, 0, sz, 16, &cch) ? static_cast<int>(cch) : 0;
}
