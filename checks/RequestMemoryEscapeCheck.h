//===--- RequestMemoryEscapeCheck.h - iis-tidy ------------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_REQUESTMEMORYESCAPECHECK_H
#define IIS_TIDY_CHECKS_REQUESTMEMORYESCAPECHECK_H

#include "IISCheck.h"
#include "memory/RequestPool.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::iis {

/// Finds request-pool memory stored where it outlives the request: global
/// and static variables, static members, members of CGlobalModule and
/// IHttpModuleFactory subclasses, and objects reachable from them.
///
/// IIS frees the pool when the request ends and leaves such pointers dangling.
///
/// For the user-facing documentation see:
/// docs/checks/iis-request-memory-escape.md
class RequestMemoryEscapeCheck : public IISCheck {
public:
  RequestMemoryEscapeCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerCheckMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;

private:
  void reportEscape(const SourceManager &SM, const Expr *Store, const Expr *Origin,
                    const ValueDecl *Storage);
  ArrayRef<std::string> longLivedClasses(ASTContext &Context);

  /// The module's own functions that return request-pool memory.
  const StringRef PoolAllocationFunctions;
  /// More classes whose objects live across requests (caches, singletons).
  const StringRef LongLivedClasses;

  std::vector<std::string> LongLivedClassNames;
  std::optional<iismodel::RequestPoolOrigins> Origins;
  /// Per unit: LongLivedClassNames and the unit's own (Lifetime.h).
  std::optional<std::vector<std::string>> UnitLongLivedClasses;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REQUESTMEMORYESCAPECHECK_H
