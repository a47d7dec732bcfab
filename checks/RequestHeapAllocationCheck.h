//===--- RequestHeapAllocationCheck.h - iis-tidy ----------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H
#define IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "iis/AllocationCatalogue.h"
#include "iis/RequestReach.h"
#include <memory>

namespace clang::tidy::iis {

/// Finds heap allocations reached from IIS request handlers that should come
/// from the request pool (IHttpContext::AllocateRequestMemory or the
/// IModuleAllocator handed to GetHttpModule).
///
/// For the user-facing documentation see:
/// docs/checks/iis-request-heap-allocation.md
class RequestHeapAllocationCheck : public ClangTidyCheck {
public:
  RequestHeapAllocationCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Reach.reset(); }

private:
  void reportAllocation(const ::iis::AllocationSite &Site,
                        ArrayRef<::iis::CallEdge> Chain,
                        const CXXMethodDecl *Root, const CXXMethodDecl *Base);

  /// Calls followed from a handler into the functions it calls.
  const unsigned MaxCallDepth;
  /// Extra allocation functions, "name" or "name:family" (family: new, crt,
  /// aligned, heap, local, global, virtual, cotaskmem, bstr; default crt).
  const StringRef AllocationFunctions;
  /// Allocation functions not to report, built-in or added.
  const StringRef IgnoredFunctions;
  /// Also report owning containers and strings built or grown per request.
  const bool IncludeContainers;
  /// The container and string class templates of that tier.
  const StringRef ContainerTypes;
  /// Also check IHttpModuleFactory::GetHttpModule, including its `new Module`.
  const bool CheckGetHttpModule;

  ::iis::AllocationCatalogue Catalogue;
  /// Per-TU function summaries and what has been reported.
  std::unique_ptr<::iis::RequestReach> Reach;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H
