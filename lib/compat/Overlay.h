//===--- Overlay.h - Windows file lookup for clang on Linux -----*- C++ -*-===//
//
// Windows finds <Windows.h>, "StdAfx.h" and "..\Common\Util.h" whatever
// their case on disk; Visual Studio saved many headers as UTF-16, which
// clang refuses. A clang VFS overlay (-ivfsoverlay) with
// 'case-sensitive': 'false' that lists the files of the folders a project
// searches gives the first; entries that point UTF-16 files at UTF-8 copies
// give the second. (Backslashes in #include names need no overlay: clang
// reads them as separators under -fms-extensions.)
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_COMPAT_OVERLAY_H
#define IIS_TIDY_LIB_COMPAT_OVERLAY_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace iismodel {

struct OverlayStatistics {
  unsigned Files = 0, Directories = 0;
  /// UTF-16 files given UTF-8 copies, by their own path.
  std::vector<std::string> Transcoded;
  /// True when a limit stopped the listing early.
  bool Truncated = false;
};

/// Writes to \p OverlayPath a case-insensitive overlay of the source and
/// header files under each of \p Roots (recursively, hidden folders left out)
/// and puts UTF-8 copies of UTF-16 files into \p TranscodeDirectory.
llvm::Expected<OverlayStatistics> writeCompatOverlay(const std::vector<std::string> &Roots,
                                                     llvm::StringRef OverlayPath,
                                                     llvm::StringRef TranscodeDirectory);

/// True for the extensions of files a translation unit may read.
bool isSourceOrHeader(llvm::StringRef Path);

} // namespace iismodel

#endif // IIS_TIDY_LIB_COMPAT_OVERLAY_H
