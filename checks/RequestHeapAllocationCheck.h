//===--- RequestHeapAllocationCheck.h - iis-tidy ----------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H
#define IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H

#include "IISCheck.h"
#include "memory/AllocationCatalogue.h"
#include "memory/RequestReach.h"
#include <memory>
#include <string>
#include <vector>

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
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  void reportAllocation(const iismodel::AllocationSite &Site, ArrayRef<iismodel::CallEdge> Chain,
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
  /// Where to write this TU's summary for whole-module analysis; empty: none.
  const StringRef SummaryDirectory;
  /// SummaryDirectory, or else $IIS_TIDY_SUMMARY_DIRECTORY (which lets
  /// scripts/iis-lint --whole-module ask for summaries without replacing the
  /// user's .clang-tidy).
  const std::string SummaryOutput;

  iismodel::AllocationCatalogue Catalogue;
  /// Per-TU function summaries and what has been reported.
  std::unique_ptr<iismodel::RequestReach> Reach;
  ASTContext *Context = nullptr;
  /// With SummaryDirectory: the functions this TU defines, and how it was
  /// compiled (target, defines, include paths).
  std::vector<const FunctionDecl *> Defined;
  std::string CompileKey;

  iismodel::RequestReach &reach(ASTContext &Context);
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REQUESTHEAPALLOCATIONCHECK_H
