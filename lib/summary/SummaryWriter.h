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

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace iismodel {

class RequestReach;

/// The summary of the TU \p Context holds: the functions in \p Defined (with
/// bodies, outside system headers), summarised through \p Reach, and the
/// sites \p Reach reported. \p CompileKey identifies how the TU was compiled
/// and checked; \p MaxCallDepth is how far the per-TU walk went.
TranslationUnitSummary summarizeTranslationUnit(clang::ASTContext &Context, RequestReach &Reach,
                                                llvm::ArrayRef<const clang::FunctionDecl *> Defined,
                                                bool IncludeGetHttpModule,
                                                llvm::StringRef CompileKey, unsigned MaxCallDepth);

} // namespace iismodel

#endif // IIS_TIDY_LIB_SUMMARY_SUMMARYWRITER_H
