//===--- RequestHeapAllocationCheck.h - iis-tidy ----------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H
#define IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::iis {

/// Finds heap allocations in IIS request handlers that should come from the
/// request pool (IHttpContext::AllocateRequestMemory or the IModuleAllocator
/// handed to GetHttpModule).
///
/// For the user-facing documentation see:
/// docs/checks/iis-request-heap-allocation.md
class RequestHeapAllocationCheck : public ClangTidyCheck {
public:
  RequestHeapAllocationCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Reported.clear(); }

private:
  /// Allocation sites already reported: a template handler is matched once
  /// per instantiation, but each site is reported once.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H
