//===--- CompileCommand.h - Parsing a Visual Studio project on Linux -*- C++ -*-===//
//
// The Windows-compatibility layer: real IIS modules are written for MSVC and
// the Windows SDK, and the checks run on Linux against mingw-w64's headers.
// This folder owns what makes such code parse as it is: the clang command
// line a project's configuration gives a source (target, definitions,
// include folders, forced includes, language standard, iis-tidy's SDK and
// compatibility headers, mingw-w64's posix-thread libstdc++), and the VFS
// overlay that gives Windows' case-insensitive header lookup and reads
// UTF-16 files as UTF-8 (Overlay.h). The command is self-contained: plain
// clang++ with it parses the source as the checks see it.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_COMPAT_COMPILECOMMAND_H
#define IIS_TIDY_LIB_COMPAT_COMPILECOMMAND_H

#include "projects/ProjectFile.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace iismodel {

/// Where the pieces of the compatibility layer live on this machine.
struct CompatToolchain {
  /// The compiler named in the database: the clang++ of the LLVM iis-tidy
  /// was built with (a "clang++" on PATH may be an older one).
  std::string Compiler = "clang++";
  /// iis-tidy's sdk/include (httpserv.h) and sdk/compat (ATL, ahadmin, SAL).
  std::string SdkInclude, CompatInclude;
  /// The mingw-w64 gcc folder whose posix-thread libstdc++ has std::mutex,
  /// e.g. /usr/lib/gcc/x86_64-w64-mingw32/12-posix; empty to leave clang's
  /// choice.
  std::string PosixLibStdCxx64, PosixLibStdCxx32;
};

/// The mingw-w64 folders of this machine (posix libstdc++), found under
/// /usr/lib/gcc; fields stay empty when absent.
CompatToolchain findCompatToolchain(llvm::StringRef SdkInclude, llvm::StringRef CompatInclude);

/// \p Written (an #include name, with '\\' or '/') as the compiler finds it:
/// an absolute name as it is, else in the first of \p Folders that holds it,
/// ignoring case as Windows does. Empty when no folder holds it.
std::string findIncludedFile(llvm::StringRef Written, llvm::ArrayRef<std::string> Folders);

/// The configuration of \p Project to use for \p Wanted ("Release|x64"), or,
/// when \p Wanted is empty, the default: Release|x64, else Release|Win32,
/// else the first declared. Null when \p Wanted names none.
const ProjectConfiguration *selectConfiguration(const ProjectFile &Project, llvm::StringRef Wanted);

/// The clang arguments (without the source file) that parse \p Source as
/// \p Config compiles it, with \p OverlayFile (may be empty) as VFS overlay.
std::vector<std::string> compileArguments(const ProjectFile &Project,
                                          const ProjectConfiguration &Config,
                                          llvm::StringRef Source, const CompatToolchain &Toolchain,
                                          llvm::StringRef OverlayFile);

/// The arguments for a source no project describes: its repository's header
/// folders on the include path, Unicode, C++17, x64.
std::vector<std::string> looseSourceArguments(const std::vector<std::string> &HeaderFolders,
                                              const CompatToolchain &Toolchain,
                                              llvm::StringRef OverlayFile);

} // namespace iismodel

#endif // IIS_TIDY_LIB_COMPAT_COMPILECOMMAND_H
