//===--- SummaryWriter.h - A translation unit's module summary --*- C++ -*-===//
//
// Builds the summary whole-module analysis needs (see ModuleSummary.h) from
// the AST of one TU: the functions it defines, by USR, with the allocation
// sites and calls the per-TU analysis found, which of them are request
// handlers, what the per-TU run reported, and what the TU read.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_SUMMARY_SUMMARYWRITER_H
#define IIS_TIDY_LIB_SUMMARY_SUMMARYWRITER_H

#include "summary/ModuleSummary.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace iismodel {

class RequestReach;

/// How the TU was checked, as far as its summary depends on it.
struct SummarySettings {
  bool IncludeGetHttpModule = false;
  /// Identifies how the TU was compiled and checked.
  std::string CompileKey;
  /// How far the per-TU walk went.
  unsigned MaxCallDepth = 8;
  /// The .def files the DLL links (ModuleDefinitionFiles, absolute); empty:
  /// those found near the source.
  std::vector<std::string> DefinitionFiles;
};

/// The summary of the TU \p Context holds: the functions in \p Defined (with
/// bodies, outside system headers), summarised through \p Reach, and the
/// sites \p Reach reported.
TranslationUnitSummary summarizeTranslationUnit(clang::ASTContext &Context, RequestReach &Reach,
                                                llvm::ArrayRef<const clang::FunctionDecl *> Defined,
                                                const SummarySettings &Settings);

} // namespace iismodel

#endif // IIS_TIDY_LIB_SUMMARY_SUMMARYWRITER_H
