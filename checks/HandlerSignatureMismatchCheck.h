//===--- HandlerSignatureMismatchCheck.h - iis-tidy -------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_HANDLERSIGNATUREMISMATCHCHECK_H
#define IIS_TIDY_CHECKS_HANDLERSIGNATUREMISMATCHCHECK_H

#include "IISCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::iis {

/// Finds methods of CHttpModule and CGlobalModule subclasses that are named
/// like a notification handler, or nearly so, but override nothing: IIS
/// never calls them.
///
/// For the user-facing documentation see:
/// docs/checks/iis-handler-signature-mismatch.md
class HandlerSignatureMismatchCheck : public IISCheck {
public:
  HandlerSignatureMismatchCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerCheckMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Reported.clear(); }

private:
  /// Case-insensitive edits between a method's name and a handler's for the
  /// method to count as a misspelt handler; 0 compares names only, letter
  /// case aside.
  const unsigned MaxEditDistance;
  /// A class template's instantiations share one report.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_HANDLERSIGNATUREMISMATCHCHECK_H
