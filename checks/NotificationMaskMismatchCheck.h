//===--- NotificationMaskMismatchCheck.h - iis-tidy -------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_NOTIFICATIONMASKMISMATCHCHECK_H
#define IIS_TIDY_CHECKS_NOTIFICATIONMASKMISMATCHCHECK_H

#include "IISCheck.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <optional>

namespace clang::tidy::iis {

/// Finds notification masks given to SetRequestNotifications and
/// SetGlobalNotifications that do not match the handlers the registered
/// module class overrides: a registered event with no override reaches the
/// SDK's default handler, which calls DebugBreak(); an override whose event
/// is not registered never runs.
///
/// For the user-facing documentation see:
/// docs/checks/iis-notification-mask-mismatch.md
class NotificationMaskMismatchCheck : public IISCheck {
public:
  NotificationMaskMismatchCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerCheckMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Registrations.clear(); }
  void onEndOfTranslationUnit() override;

private:
  /// One mask handed to IIS for one module class.
  struct Registration {
    const CallExpr *Call;
    const CXXRecordDecl *Module;
    /// How the TU shows the module class is chosen: the new-expression in
    /// the factory's GetHttpModule; null for a global module.
    const Expr *Creation;
    const Expr *MaskArgument;
    /// Null when the mask is not a constant.
    std::optional<uint32_t> Mask;
    bool IsPostMask;
    bool IsGlobal;
  };

  void reportMissingHandlers(const Registration &R);
  void reportUnregisteredHandlers(const CXXRecordDecl *Module,
                                  ArrayRef<const Registration *> OfModule);

  /// Also report overridden handlers whose event no mask registers.
  const bool ReportUnregisteredHandlers;

  SmallVector<Registration, 4> Registrations;
  const ASTContext *Context = nullptr;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_NOTIFICATIONMASKMISMATCHCHECK_H
