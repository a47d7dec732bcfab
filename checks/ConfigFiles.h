//===--- ConfigFiles.h - The .clang-tidy files of a unit --------*- C++ -*-===//
//
// What the .clang-tidy files that configure a translation unit say, file by
// file: clang-tidy merges them into one set of options and forgets which file
// said what, but a relative path means the folder of the file that wrote it
// (as clangd's .clangd does), and a summary reused by a later run must record
// the configuration, not that run's command line.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_CHECKS_CONFIGFILES_H
#define IIS_TIDY_CHECKS_CONFIGFILES_H

#include "clang-tidy/ClangTidyOptions.h"
#include <string>
#include <vector>

namespace clang {
class SourceManager;
} // namespace clang

namespace clang::tidy::iis {

struct ConfigFile {
  std::string Directory;
  ClangTidyOptions Options;
};

/// The .clang-tidy files that configure the unit's main file, nearest first,
/// as far up as InheritParentConfig reaches.
std::vector<ConfigFile> configFilesOf(const SourceManager &SM);

/// \p Value of the option \p Key as an absolute path: relative to the folder
/// of the nearest .clang-tidy that sets the key, else (an option of the
/// command line) to the current directory.
std::string optionPath(const SourceManager &SM, StringRef Key, StringRef Value);

/// The configuration's WarningsAsErrors, merged as clang-tidy merges it.
std::string configuredWarningsAsErrors(const SourceManager &SM);

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_CONFIGFILES_H
