// atlfile.h -- ATL's CAtlFile, a file handle with Create/Read/Write/Seek members.
//
// Written for iis-tidy from the public ATL documentation (class and member names, signatures in
// their documented shape); no text of Microsoft's ATL headers was copied. It serves static
// analysis on hosts without the Windows SDK and ATL (with mingw-w64's headers on Linux).
// Production builds use Visual Studio's ATL. The inline bodies are only meant to be plausible.
// The file handle is owned through CHandle (closed with CloseHandle).

#ifndef IISTIDY_COMPAT_ATLFILE_H
#define IISTIDY_COMPAT_ATLFILE_H
#pragma GCC system_header

#include <atlbase.h>

namespace ATL {

class CAtlFile : public CHandle {
public:
    CAtlFile() noexcept {}
    CAtlFile(CAtlFile& file) noexcept : CHandle(file) {}
    explicit CAtlFile(HANDLE hFile) noexcept : CHandle(hFile) {}

    HRESULT Create(LPCTSTR szFilename, DWORD dwDesiredAccess, DWORD dwShareMode,
                   DWORD dwCreationDisposition, DWORD dwFlagsAndAttributes = FILE_ATTRIBUTE_NORMAL,
                   LPSECURITY_ATTRIBUTES lpsa = NULL, HANDLE hTemplateFile = NULL) noexcept
    {
        HANDLE hFile = ::CreateFile(szFilename, dwDesiredAccess, dwShareMode, lpsa,
                                    dwCreationDisposition, dwFlagsAndAttributes, hTemplateFile);
        if (hFile == INVALID_HANDLE_VALUE)
            return AtlHresultFromLastError();
        Attach(hFile);
        return S_OK;
    }
    HRESULT Read(LPVOID pBuffer, DWORD nBufSize) noexcept
    {
        DWORD nBytesRead = 0;
        if (!::ReadFile(m_h, pBuffer, nBufSize, &nBytesRead, NULL))
            return AtlHresultFromLastError();
        return nBytesRead == nBufSize ? S_OK : HRESULT_FROM_WIN32(ERROR_HANDLE_EOF);
    }
    HRESULT Read(LPVOID pBuffer, DWORD nBufSize, DWORD& nBytesRead) noexcept
    {
        if (!::ReadFile(m_h, pBuffer, nBufSize, &nBytesRead, NULL))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT Read(LPVOID pBuffer, DWORD nBufSize, LPOVERLAPPED pOverlapped) noexcept
    {
        if (!::ReadFile(m_h, pBuffer, nBufSize, NULL, pOverlapped))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT Write(LPCVOID pBuffer, DWORD nBufSize, DWORD* pnBytesWritten = NULL) noexcept
    {
        DWORD nBytesWritten = 0;
        if (pnBytesWritten == NULL)
            pnBytesWritten = &nBytesWritten;
        if (!::WriteFile(m_h, pBuffer, nBufSize, pnBytesWritten, NULL))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT Write(LPCVOID pBuffer, DWORD nBufSize, LPOVERLAPPED pOverlapped) noexcept
    {
        if (!::WriteFile(m_h, pBuffer, nBufSize, NULL, pOverlapped))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT Seek(LONGLONG nOffset, DWORD dwFrom = FILE_CURRENT) noexcept
    {
        LARGE_INTEGER liOffset;
        liOffset.QuadPart = nOffset;
        if (!::SetFilePointerEx(m_h, liOffset, NULL, dwFrom))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT GetPosition(ULONGLONG& nPos) const noexcept
    {
        LARGE_INTEGER liZero;
        liZero.QuadPart = 0;
        LARGE_INTEGER liPos;
        if (!::SetFilePointerEx(m_h, liZero, &liPos, FILE_CURRENT))
            return AtlHresultFromLastError();
        nPos = static_cast<ULONGLONG>(liPos.QuadPart);
        return S_OK;
    }
    HRESULT GetSize(ULONGLONG& nLen) const noexcept
    {
        LARGE_INTEGER liSize;
        if (!::GetFileSizeEx(m_h, &liSize))
            return AtlHresultFromLastError();
        nLen = static_cast<ULONGLONG>(liSize.QuadPart);
        return S_OK;
    }
    HRESULT SetSize(ULONGLONG nNewLen) noexcept
    {
        HRESULT hr = Seek(static_cast<LONGLONG>(nNewLen), FILE_BEGIN);
        if (FAILED(hr))
            return hr;
        if (!::SetEndOfFile(m_h))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT Flush() noexcept
    {
        if (!::FlushFileBuffers(m_h))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT LockRange(ULONGLONG nPos, ULONGLONG nCount) noexcept
    {
        if (!::LockFile(m_h, static_cast<DWORD>(nPos), static_cast<DWORD>(nPos >> 32),
                        static_cast<DWORD>(nCount), static_cast<DWORD>(nCount >> 32)))
            return AtlHresultFromLastError();
        return S_OK;
    }
    HRESULT UnlockRange(ULONGLONG nPos, ULONGLONG nCount) noexcept
    {
        if (!::UnlockFile(m_h, static_cast<DWORD>(nPos), static_cast<DWORD>(nPos >> 32),
                          static_cast<DWORD>(nCount), static_cast<DWORD>(nCount >> 32)))
            return AtlHresultFromLastError();
        return S_OK;
    }
};

} // namespace ATL

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif // IISTIDY_COMPAT_ATLFILE_H
