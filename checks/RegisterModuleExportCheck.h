//===--- RegisterModuleExportCheck.h - iis-tidy -----------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_REGISTERMODULEEXPORTCHECK_H
#define IIS_TIDY_CHECKS_REGISTERMODULEEXPORTCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::iis {

/// Checks that the module's RegisterModule has the signature and calling
/// convention IIS calls, and that the DLL exports it under the plain name
/// "RegisterModule", which is the only name IIS looks up.
///
/// For the user-facing documentation see:
/// docs/checks/iis-registermodule-export.md
class RegisterModuleExportCheck : public ClangTidyCheck {
public:
  RegisterModuleExportCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// Semicolon-separated .def files the DLL is linked with. When empty, the
  /// check looks for *.def files near the source (see DefFile.h).
  const StringRef ModuleDefinitionFiles;
  /// Semicolon-separated /EXPORT specifications of the link command line
  /// ("RegisterModule", "/EXPORT:RegisterModule=_RegisterModule@12").
  const StringRef LinkerExports;
  /// Architectures the DLL is built for besides the TU's own target
  /// (default: x86, since 32-bit worker processes exist).
  const StringRef AdditionalArchitectures;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REGISTERMODULEEXPORTCHECK_H
