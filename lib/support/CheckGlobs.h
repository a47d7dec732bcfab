//===--- CheckGlobs.h - clang-tidy's check globs ----------------*- C++ -*-===//
//
// The comma-separated globs of Checks and WarningsAsErrors, read as
// clang-tidy reads them, for the link step, which does not link clang-tidy.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_SUPPORT_CHECKGLOBS_H
#define IIS_TIDY_LIB_SUPPORT_CHECKGLOBS_H

#include "llvm/ADT/StringRef.h"

namespace iismodel {

/// True when \p Globs ("-*,iis-*,-iis-request-memory-free") selects \p Check:
/// the last glob that matches decides, a leading '-' excludes, '*' matches
/// any run of characters; whitespace around globs is ignored.
bool globsMatch(llvm::StringRef Globs, llvm::StringRef Check);

} // namespace iismodel

#endif // IIS_TIDY_LIB_SUPPORT_CHECKGLOBS_H
