//===--- DefFile.h - Module-definition (.def) file parser -------*- C++ -*-===//
//
// Reads the EXPORTS section of an MSVC module-definition file the way the
// linker does: keywords and names are case-sensitive, ';' starts a comment,
// names may be quoted, and an entry is
//   entryname[=internal_name] [@ordinal [NONAME]] [PRIVATE] [DATA]
// Malformed input is reported as problems with line numbers, never fatal.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_EXPORTS_DEFFILE_H
#define IIS_TIDY_LIB_EXPORTS_DEFFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace iismodel {

struct ModuleDefinitionExport {
  /// The name the DLL's export table gets.
  std::string Name;
  /// The symbol it refers to, when written as name=internal.
  std::string InternalName;
  std::optional<uint32_t> Ordinal;
  /// Exported by ordinal only: GetProcAddress by name cannot find it.
  bool NoName = false;
  bool Private = false;
  bool Data = false;
  unsigned Line = 0;
};

struct ModuleDefinitionProblem {
  unsigned Line = 0;
  std::string Message;
};

struct ModuleDefinition {
  std::vector<ModuleDefinitionExport> Exports;
  std::vector<ModuleDefinitionProblem> Problems;

  /// The entry that exports exactly \p Name, if any.
  const ModuleDefinitionExport *findExport(llvm::StringRef Name) const;
};

ModuleDefinition parseModuleDefinition(llvm::StringRef Text);

/// Larger files are refused rather than read: no real .def is near this size.
constexpr uint64_t MaxModuleDefinitionFileSize = 4 * 1024 * 1024;

/// Reads and parses \p Path. Fails, with a message that names the file, when
/// it is missing, unreadable, too large or not text.
llvm::Expected<ModuleDefinition> readModuleDefinitionFile(llvm::StringRef Path);

/// Where a module's .def files are looked for, and what was found.
struct ModuleDefinitionSearch {
  /// Found files, sorted.
  std::vector<std::string> Files;
  /// The source file's directory, and the last ancestor searched: the
  /// repository root (the directory holding .git), or the parent of the
  /// source directory outside a repository.
  std::string From, Root;
};

/// Finds the .def files that may belong to the DLL a source file in
/// \p SourceDirectory is linked into: *.def in that directory and in each
/// ancestor up to the root, and in those ancestors' direct subdirectories
/// that hold no C/C++ sources (an `inc/` or `def/` folder; a directory with
/// sources of its own belongs to another DLL).
ModuleDefinitionSearch findModuleDefinitionFiles(llvm::StringRef SourceDirectory);

} // namespace iismodel

#endif // IIS_TIDY_LIB_EXPORTS_DEFFILE_H
