// ATL's encoding helpers from sdk/compat (atlenc.h): a module base64-encodes a request header
// into a response header, checks a hex-encoded token and decodes a Basic credential, sizing its
// buffers with the *GetRequiredLength functions. Both character sets, both targets, with and
// without the C++ library's headers.
//
// REQUIRES: mingw-x64, mingw-x86
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++14 -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=i686-w64-mingw32 -fsyntax-only -std=c++20 -Wall -Wextra -Werror -isystem %sdk_include -isystem %repo/sdk/compat %s
// RUN: %clangxx --target=x86_64-w64-mingw32 -fsyntax-only -std=c++17 -fms-extensions -nostdinc++ -Wall -Wextra -Werror -DUNICODE -D_UNICODE -isystem %sdk_include -isystem %repo/sdk/compat %s

#include <atlbase.h>
#include <atlenc.h>
#include <atlstr.h>
#include <httpserv.h>

static_assert(ATL_BASE64_FLAG_NONE == 0, "");
static_assert((ATL_BASE64_FLAG_NOPAD & ATL_BASE64_FLAG_NOCRLF) == 0, "distinct flags");
static_assert(__is_same(decltype(ATL::Base64Encode(nullptr, 0, nullptr, nullptr)), BOOL), "flags default");
static_assert(__is_same(decltype(&ATL::AtlHexDecode), BOOL (*)(LPCSTR, int, LPBYTE, int*) noexcept), "");

// Copies the request's Cookie header, base64-encoded on one line, into X-Cookie-B64.
HRESULT EchoCookieEncoded(IHttpContext* pHttpContext)
{
    USHORT cchCookie = 0;
    PCSTR pszCookie = pHttpContext->GetRequest()->GetHeader(HttpHeaderCookie, &cchCookie);
    if (pszCookie == NULL || cchCookie == 0) {
        return S_FALSE;
    }
    const DWORD dwFlags = ATL_BASE64_FLAG_NOCRLF | ATL_BASE64_FLAG_NOPAD;
    int cchEncoded = Base64EncodeGetRequiredLength(cchCookie, dwFlags);
    CStringA strEncoded;
    if (!Base64Encode(reinterpret_cast<const BYTE*>(pszCookie), cchCookie,
                      strEncoded.GetBuffer(cchEncoded), &cchEncoded, dwFlags)) {
        strEncoded.ReleaseBuffer(0);
        return E_FAIL;
    }
    strEncoded.ReleaseBuffer(cchEncoded);
    return pHttpContext->GetResponse()->SetHeader("X-Cookie-B64", strEncoded,
                                                  static_cast<USHORT>(strEncoded.GetLength()), TRUE);
}

// "Authorization: Basic dXNlcjpwYXNz" -> "user:pass", into a heap buffer the caller frees.
BYTE* DecodeBasicCredential(PCSTR pszValue, int* pcbDecoded)
{
    const int cchPrefix = 6; // "Basic "
    int cchValue = lstrlenA(pszValue);
    if (cchValue <= cchPrefix) {
        return NULL;
    }
    int cbDecoded = Base64DecodeGetRequiredLength(cchValue - cchPrefix);
    CHeapPtr<BYTE> pbDecoded;
    if (!pbDecoded.Allocate(static_cast<size_t>(cbDecoded))) {
        return NULL;
    }
    if (!Base64Decode(pszValue + cchPrefix, cchValue - cchPrefix, pbDecoded, &cbDecoded)) {
        return NULL;
    }
    *pcbDecoded = cbDecoded;
    return pbDecoded.Detach();
}

// A request id as 32 hex digits, and back.
bool RoundTripRequestId(const GUID& id)
{
    char szHex[64];
    int cchHex = AtlHexEncodeGetRequiredLength(sizeof(id));
    if (cchHex > static_cast<int>(sizeof(szHex))) {
        return false;
    }
    if (!AtlHexEncode(reinterpret_cast<const BYTE*>(&id), sizeof(id), szHex, &cchHex)) {
        return false;
    }
    GUID idBack = {};
    int cbBack = AtlHexDecodeGetRequiredLength(cchHex);
    return AtlHexDecode(szHex, cchHex, reinterpret_cast<LPBYTE>(&idBack), &cbBack) &&
           IsEqualGUID(id, idBack);
}

// A UTF-8 copy of a wide server variable, and a uuencoded attachment body.
int Utf8AndUu(PCWSTR pszWide, const BYTE* pbBody, int cbBody)
{
    char szUtf8[128];
    int cbUtf8 = AtlUnicodeToUTF8(pszWide, lstrlenW(pszWide), szUtf8, sizeof(szUtf8));
    CStringA strUu;
    int cchUu = UUEncodeGetRequiredLength(cbBody);
    BOOL fOk = UUEncode(pbBody, cbBody, strUu.GetBuffer(cchUu), &cchUu, _T("body.bin"),
                        ATLSMTP_UUENCODE_DATA | ATLSMTP_UUENCODE_END);
    strUu.ReleaseBuffer(fOk ? cchUu : 0);
    return cbUtf8 + strUu.GetLength();
}
