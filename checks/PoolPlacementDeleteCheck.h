//===--- PoolPlacementDeleteCheck.h - iis-tidy ------------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_POOLPLACEMENTDELETECHECK_H
#define IIS_TIDY_CHECKS_POOLPLACEMENTDELETECHECK_H

#include "IISCheck.h"

namespace clang::tidy::iis {

/// Finds module classes placed in request-pool memory by an
/// `operator new(size_t, IModuleAllocator *)` whose objects the inherited
/// Dispose() then deletes onto the heap, and `delete` through a
/// `CGlobalModule *`, which has no virtual destructor.
///
/// For the user-facing documentation see:
/// docs/checks/iis-pool-placement-delete.md
class PoolPlacementDeleteCheck : public IISCheck {
public:
  PoolPlacementDeleteCheck(StringRef Name, ClangTidyContext *Context) : IISCheck(Name, Context) {}

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerCheckMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_POOLPLACEMENTDELETECHECK_H
