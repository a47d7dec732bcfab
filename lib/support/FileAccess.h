//===--- FileAccess.h - Reading the user's build files safely ---*- C++ -*-===//
//
// Support for lib/: the checks read files the compiler never sees (.def
// files, project files, CMakeLists.txt) from the user's tree. Each is read
// only when it is a regular file of plausible size, since a FIFO blocks in
// open() and a device never ends; and searches for them stop at the
// repository root, the directory that holds .git, .hg or .svn.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_SUPPORT_FILEACCESS_H
#define IIS_TIDY_LIB_SUPPORT_FILEACCESS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <optional>
#include <string>

namespace iismodel {

/// Reads \p Path as text when it is a regular file of at most \p MaxSize
/// bytes. Errors name the file as \p Kind ("module-definition file",
/// "project file") and say why it was not read.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readBoundedFile(llvm::StringRef Path, llvm::StringRef Kind, uint64_t MaxSize);

/// The nearest directory at or above \p Directory that holds .git, .hg or
/// .svn (a repository marker), looking
/// at most \p MaxLevels directories up; none outside a repository.
std::optional<std::string> findRepositoryRoot(llvm::StringRef Directory, unsigned MaxLevels = 64);

/// xxh3 of \p Data, as 16 hex digits: how summaries tell a changed file and
/// how transcoded copies are named.
std::string contentHash(llvm::StringRef Data);

/// \p Path made absolute and free of "." and "..".
std::string absolutePath(llvm::StringRef Path);

/// Writes \p Text to \p Path unless the file already holds it: an
/// unchanged file keeps its time stamp, which precompiled headers built from
/// it check. Errors name the file.
llvm::Error writeFileIfChanged(llvm::StringRef Path, llvm::StringRef Text);

} // namespace iismodel

#endif // IIS_TIDY_LIB_SUPPORT_FILEACCESS_H
