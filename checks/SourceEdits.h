//===--- SourceEdits.h - iis-tidy -------------------------------*- C++ -*-===//
//
// Small helpers the checks share for fix-its and option lists.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_CHECKS_SOURCEEDITS_H
#define IIS_TIDY_CHECKS_SOURCEEDITS_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clang {
class ASTContext;
class NamedDecl;
class Stmt;
} // namespace clang

namespace clang::tidy::iis {

/// The range that removes statement \p S and its semicolon: the whole line
/// when the statement stands alone on it. None for statements in macros.
std::optional<CharSourceRange> statementRemoval(const Stmt *S, const ASTContext &Context);

/// The qualified name of \p Decl as a user reads it in a message, without
/// anonymous or inline namespaces: "CModule::OnBeginRequest".
std::string nameForMessage(const NamedDecl *Decl);

/// "::ns::Name:suffix" -> {"::ns::Name", "suffix"}: splits an option entry at
/// the last colon that is not part of a "::".
std::pair<llvm::StringRef, llvm::StringRef> splitOptionEntry(llvm::StringRef Entry);

/// The trimmed, non-empty entries of a ';'-separated option.
std::vector<std::string> optionList(llvm::StringRef Option);

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_SOURCEEDITS_H
