// atlenc.h -- ATL's encoding helpers: Base64, hexadecimal and UUEncode, with the functions that
// report how large a destination buffer must be, and AtlUnicodeToUTF8.
//
// Written for iis-tidy from the public ATL documentation (function names, parameters and flag
// names); no text of Microsoft's ATL headers was copied. It serves static analysis on hosts
// without the Windows SDK and ATL (with mingw-w64's headers on Linux). Production builds use
// Visual Studio's ATL. The bodies are plausible implementations, not a tested one.
//
// The calling convention, as documented: the caller allocates the destination, passes its size
// in *pnDestLen, and gets back the number of characters or bytes written; a function returns
// FALSE (and the size it needs in *pnDestLen) when the buffer is too small. None of them adds a
// terminating NUL.

#ifndef IISTIDY_COMPAT_ATLENC_H
#define IISTIDY_COMPAT_ATLENC_H
#pragma GCC system_header

#include <atlbase.h>

#define ATL_BASE64_FLAG_NONE 0
#define ATL_BASE64_FLAG_NOPAD 1
#define ATL_BASE64_FLAG_NOCRLF 2

#define ATLSMTP_UUENCODE_END 1
#define ATLSMTP_UUENCODE_DATA 2

namespace ATL {

// Base64: three bytes become four characters; lines break every 76 characters with CR LF
// unless ATL_BASE64_FLAG_NOCRLF is given.
inline int Base64EncodeGetRequiredLength(int nSrcLen, DWORD dwFlags = ATL_BASE64_FLAG_NONE) noexcept
{
    if (nSrcLen < 0)
        return -1;
    int nChars = (nSrcLen + 2) / 3 * 4;
    if ((dwFlags & ATL_BASE64_FLAG_NOCRLF) == 0)
        nChars += (nChars / 76 + 1) * 2;
    return nChars;
}

inline int Base64DecodeGetRequiredLength(int nSrcLen) noexcept
{
    return nSrcLen;
}

inline BOOL Base64Encode(const BYTE* pbSrcData, int nSrcLen, LPSTR szDest, int* pnDestLen,
                         DWORD dwFlags = ATL_BASE64_FLAG_NONE) noexcept
{
    static const char s_chAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if (pbSrcData == NULL || szDest == NULL || pnDestLen == NULL || nSrcLen < 0)
        return FALSE;
    int nNeeded = Base64EncodeGetRequiredLength(nSrcLen, dwFlags);
    if (*pnDestLen < nNeeded) {
        *pnDestLen = nNeeded;
        return FALSE;
    }
    int nOut = 0;
    int nLine = 0;
    for (int i = 0; i < nSrcLen; i += 3) {
        int nLeft = nSrcLen - i;
        DWORD dwGroup = static_cast<DWORD>(pbSrcData[i]) << 16;
        if (nLeft > 1)
            dwGroup |= static_cast<DWORD>(pbSrcData[i + 1]) << 8;
        if (nLeft > 2)
            dwGroup |= pbSrcData[i + 2];
        for (int k = 0; k < 4; ++k) {
            if (k > nLeft) {
                if ((dwFlags & ATL_BASE64_FLAG_NOPAD) != 0)
                    break;
                szDest[nOut++] = '=';
            } else {
                szDest[nOut++] = s_chAlphabet[(dwGroup >> (18 - 6 * k)) & 0x3f];
            }
            if ((dwFlags & ATL_BASE64_FLAG_NOCRLF) == 0 && ++nLine == 76) {
                szDest[nOut++] = '\r';
                szDest[nOut++] = '\n';
                nLine = 0;
            }
        }
    }
    *pnDestLen = nOut;
    return TRUE;
}

// The value of one Base64 character, or -1 for characters that are skipped.
inline int AtlBase64DecodeChar(unsigned int ch) noexcept
{
    if (ch >= 'A' && ch <= 'Z')
        return static_cast<int>(ch - 'A');
    if (ch >= 'a' && ch <= 'z')
        return static_cast<int>(ch - 'a') + 26;
    if (ch >= '0' && ch <= '9')
        return static_cast<int>(ch - '0') + 52;
    if (ch == '+')
        return 62;
    if (ch == '/')
        return 63;
    return -1;
}

inline BOOL Base64Decode(LPCSTR szSrc, int nSrcLen, BYTE* pbDest, int* pnDestLen) noexcept
{
    if (szSrc == NULL || pnDestLen == NULL || nSrcLen < 0)
        return FALSE;
    int nOut = 0;
    DWORD dwBits = 0;
    int nBits = 0;
    for (int i = 0; i < nSrcLen; ++i) {
        if (szSrc[i] == '=')
            break;
        int nValue = AtlBase64DecodeChar(static_cast<unsigned char>(szSrc[i]));
        if (nValue < 0)
            continue;
        dwBits = (dwBits << 6) | static_cast<DWORD>(nValue);
        nBits += 6;
        if (nBits >= 8) {
            nBits -= 8;
            if (pbDest != NULL && nOut < *pnDestLen)
                pbDest[nOut] = static_cast<BYTE>(dwBits >> nBits);
            ++nOut;
        }
    }
    BOOL fFits = pbDest != NULL && nOut <= *pnDestLen;
    *pnDestLen = nOut;
    return fFits;
}

// Hexadecimal: each byte becomes two upper-case digits.
inline int AtlHexEncodeGetRequiredLength(int nSrcLen) noexcept
{
    return 2 * nSrcLen + 1;
}

inline int AtlHexDecodeGetRequiredLength(int nSrcLen) noexcept
{
    return nSrcLen / 2;
}

inline char AtlGetHexValue(char ch) noexcept
{
    if (ch >= '0' && ch <= '9')
        return static_cast<char>(ch - '0');
    if (ch >= 'A' && ch <= 'F')
        return static_cast<char>(ch - 'A' + 10);
    if (ch >= 'a' && ch <= 'f')
        return static_cast<char>(ch - 'a' + 10);
    return -1;
}

inline BOOL AtlHexEncode(const BYTE* pbSrcData, int nSrcLen, LPSTR szDest, int* pnDestLen) noexcept
{
    static const char s_chDigits[] = "0123456789ABCDEF";
    if (pbSrcData == NULL || szDest == NULL || pnDestLen == NULL || nSrcLen < 0)
        return FALSE;
    if (*pnDestLen < 2 * nSrcLen) {
        *pnDestLen = 2 * nSrcLen;
        return FALSE;
    }
    for (int i = 0; i < nSrcLen; ++i) {
        szDest[2 * i] = s_chDigits[pbSrcData[i] >> 4];
        szDest[2 * i + 1] = s_chDigits[pbSrcData[i] & 0xf];
    }
    *pnDestLen = 2 * nSrcLen;
    return TRUE;
}

inline BOOL AtlHexDecode(LPCSTR pSrcData, int nSrcLen, LPBYTE pbDest, int* pnDestLen) noexcept
{
    if (pSrcData == NULL || pbDest == NULL || pnDestLen == NULL || nSrcLen < 0 || nSrcLen % 2 != 0)
        return FALSE;
    if (*pnDestLen < nSrcLen / 2) {
        *pnDestLen = nSrcLen / 2;
        return FALSE;
    }
    for (int i = 0; i < nSrcLen; i += 2) {
        char chHigh = AtlGetHexValue(pSrcData[i]);
        char chLow = AtlGetHexValue(pSrcData[i + 1]);
        if (chHigh < 0 || chLow < 0)
            return FALSE;
        pbDest[i / 2] = static_cast<BYTE>((chHigh << 4) | chLow);
    }
    *pnDestLen = nSrcLen / 2;
    return TRUE;
}

// UUEncode: 45 bytes a line, each line a length character, the data and CR LF.
inline int UUEncodeGetRequiredLength(int nSrcLen) noexcept
{
    int nLines = nSrcLen / 45 + 1;
    return nLines * (1 + 60 + 2) + 64;
}

inline BOOL UUEncode(const BYTE* pbSrcData, int nSrcLen, LPSTR szDest, int* pnDestLen,
                     LPCTSTR lpszFile = _T("file"), DWORD dwFlags = 0) noexcept
{
    (void)lpszFile;
    if (pbSrcData == NULL || szDest == NULL || pnDestLen == NULL || nSrcLen < 0)
        return FALSE;
    int nNeeded = UUEncodeGetRequiredLength(nSrcLen);
    if (*pnDestLen < nNeeded) {
        *pnDestLen = nNeeded;
        return FALSE;
    }
    int nOut = 0;
    if ((dwFlags & ATLSMTP_UUENCODE_DATA) != 0) {
        for (int i = 0; i < nSrcLen; i += 45) {
            int nLine = nSrcLen - i < 45 ? nSrcLen - i : 45;
            szDest[nOut++] = static_cast<char>(0x20 + nLine);
            for (int j = 0; j < nLine; j += 3) {
                DWORD dwGroup = static_cast<DWORD>(pbSrcData[i + j]) << 16;
                if (j + 1 < nLine)
                    dwGroup |= static_cast<DWORD>(pbSrcData[i + j + 1]) << 8;
                if (j + 2 < nLine)
                    dwGroup |= pbSrcData[i + j + 2];
                for (int k = 0; k < 4; ++k) {
                    DWORD dwSix = (dwGroup >> (18 - 6 * k)) & 0x3f;
                    szDest[nOut++] = static_cast<char>(dwSix == 0 ? '`' : 0x20 + dwSix);
                }
            }
            szDest[nOut++] = '\r';
            szDest[nOut++] = '\n';
        }
    }
    if ((dwFlags & ATLSMTP_UUENCODE_END) != 0) {
        szDest[nOut++] = '`';
        szDest[nOut++] = '\r';
        szDest[nOut++] = '\n';
    }
    *pnDestLen = nOut;
    return TRUE;
}

// UTF-16 to UTF-8 into the caller's buffer; returns the bytes written (0 on failure).
inline int AtlUnicodeToUTF8(LPCWSTR wszSrc, int nSrc, LPSTR szDest, int nDest) noexcept
{
    return ::WideCharToMultiByte(CP_UTF8, 0, wszSrc, nSrc, szDest, nDest, NULL, NULL);
}

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLENC_H
