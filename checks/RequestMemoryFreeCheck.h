//===--- RequestMemoryFreeCheck.h - iis-tidy --------------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_REQUESTMEMORYFREECHECK_H
#define IIS_TIDY_CHECKS_REQUESTMEMORYFREECHECK_H

#include "IISCheck.h"
#include "memory/AllocationCatalogue.h"
#include "memory/RequestPool.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::iis {

/// Finds request-pool memory (from IHttpContext::AllocateRequestMemory or
/// IModuleAllocator::AllocateMemory) released with delete, free, HeapFree or
/// another heap's deallocator: IIS frees the pool itself when the request
/// ends, and the heap corrupts on memory it did not hand out.
///
/// For the user-facing documentation see:
/// docs/checks/iis-request-memory-free.md
class RequestMemoryFreeCheck : public IISCheck {
public:
  RequestMemoryFreeCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerCheckMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  /// Extra deallocators, "name" or "name:argument" (0-based; default 0).
  const StringRef DeallocationFunctions;
  /// The module's own functions that return request-pool memory.
  const StringRef PoolAllocationFunctions;

  iismodel::DeallocationCatalogue Deallocators;
  std::optional<iismodel::RequestPoolOrigins> Origins;
  /// Releases that are a statement of their own, which a fix-it may remove.
  llvm::DenseSet<const Expr *> Statements;
  struct FoundRelease {
    const Expr *Release;
    const Expr *Origin;
    std::string Deallocator;
  };
  std::vector<FoundRelease> Found;
  const ASTContext *Context = nullptr;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REQUESTMEMORYFREECHECK_H
