//===--- RequestHeapAllocationCheck.h - iis-tidy ----------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H
#define IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H

#include "IISCheck.h"
#include "RequestHeapOptions.h"
#include <memory>

namespace clang::tidy::iis {

/// Finds heap allocations reached from IIS request handlers that should come
/// from the request pool (IHttpContext::AllocateRequestMemory or the
/// IModuleAllocator handed to GetHttpModule).
///
/// For the user-facing documentation see:
/// docs/checks/iis-request-heap-allocation.md
class RequestHeapAllocationCheck : public IISCheck {
public:
  RequestHeapAllocationCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerCheckMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;

private:
  void reportAllocation(const iismodel::AllocationSite &Site, ArrayRef<iismodel::CallEdge> Chain,
                        const CXXMethodDecl *Root, const CXXMethodDecl *Base);

  const RequestHeapOptions HeapOptions;
  const iismodel::AllocationCatalogue Catalogue;
  /// Per-TU function summaries and what has been reported.
  std::unique_ptr<iismodel::RequestReach> Reach;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H
