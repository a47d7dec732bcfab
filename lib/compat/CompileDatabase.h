//===--- CompileDatabase.h - A compile_commands.json for a VS module -*- C++ -*-===//
//
// What `iis-compdb` and `scripts/iis-lint --project` write: one entry per
// source of a Visual Studio solution, project or folder, each with the
// command CompileCommand.h builds for the chosen configuration. A folder
// without projects gets every C/C++ source under it, with the folder's
// header directories on the include path (best effort).
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_COMPAT_COMPILEDATABASE_H
#define IIS_TIDY_LIB_COMPAT_COMPILEDATABASE_H

#include "compat/CompileCommand.h"
#include "llvm/Support/Error.h"

namespace iismodel {

struct CompileEntry {
  std::string Directory, File;
  /// The compiler first, the source last.
  std::vector<std::string> Arguments;
  /// The header a precompiled header may stand for (PrecompiledHeader.h):
  /// the one the source reads first, when its project precompiles that
  /// header or another source of the plan reads it first too; else empty.
  std::string PrecompiledHeader;
};

struct CompileDatabasePlan {
  std::vector<CompileEntry> Entries;
  /// The project files read, and the configuration used for each.
  std::vector<std::pair<std::string, std::string>> Projects;
  /// What the user should know: constructs not evaluated, missing sources.
  std::vector<std::string> Notes;
  /// The folders the compatibility overlay must list.
  std::vector<std::string> OverlayRoots;
};

/// Plans the database for \p Input (.sln, .vcxproj, .vcproj, CMakeLists.txt
/// or a folder) in \p Configuration ("" for the default, see
/// selectConfiguration). Fails when \p Input is unreadable, names no
/// source, or no project has \p Configuration.
llvm::Expected<CompileDatabasePlan> planCompileDatabase(llvm::StringRef Input,
                                                        llvm::StringRef Configuration,
                                                        const CompatToolchain &Toolchain,
                                                        llvm::StringRef OverlayFile);

/// The entries as compile_commands.json text.
std::string compileDatabaseJSON(const std::vector<CompileEntry> &Entries);

/// The entries that may use a precompiled header, as JSON text:
/// [{"file": source, "header": header}], for scripts/precompiled.py. Kept
/// out of compile_commands.json, which plain clang and clangd read.
std::string precompiledHeadersJSON(const std::vector<CompileEntry> &Entries);

} // namespace iismodel

#endif // IIS_TIDY_LIB_COMPAT_COMPILEDATABASE_H
