//===--- RegisterModuleExportCheck.h - iis-tidy -----------------*- C++ -*-===//

#ifndef IIS_TIDY_CHECKS_REGISTERMODULEEXPORTCHECK_H
#define IIS_TIDY_CHECKS_REGISTERMODULEEXPORTCHECK_H

#include "IISCheck.h"
#include "exports/ExportModel.h"
#include "projects/ProjectFile.h"
#include <optional>
#include <vector>

namespace clang::tidy::iis {

/// Checks that the module's RegisterModule has the signature and calling
/// convention IIS calls, and that the DLL exports it under the plain name
/// "RegisterModule", which is the only name IIS looks up.
///
/// For the user-facing documentation see:
/// docs/checks/iis-registermodule-export.md
class RegisterModuleExportCheck : public IISCheck {
public:
  RegisterModuleExportCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerCheckMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;

private:
  /// The unit includes <windows.h>, found or not: off Windows, only the
  /// mingw-w64 target parses it, so that is the target to suggest.
  bool IncludesWindowsHeader = false;

  /// The export specifications of the .def file at \p Path; reports (at
  /// \p Loc) what is wrong with the file, and returns nothing when it cannot
  /// be read.
  std::optional<std::vector<iismodel::ExportSpec>> readDefinitionFile(StringRef Path,
                                                                      SourceLocation Loc);
  /// Reasons per configuration x platform of a Visual Studio project.
  void checkConfigurations(const FunctionDecl *Entry, const iismodel::EntryPointFacts &Facts,
                           const std::vector<iismodel::ExportSpec> &Specs,
                           const iismodel::ProjectFile &Project, SourceManager &SM);
  /// The project file that builds the TU's main file, read; none when there
  /// is none or FindProjectFiles is off (problems are reported at \p Loc).
  std::optional<iismodel::ProjectFile> projectFor(const SourceManager &SM, SourceLocation Loc);
  std::string projectSearchClause() const;
  std::vector<iismodel::ExportSpec> exportSpecsOfTU(ASTContext &Context);
  bool reportConfigurationPrediction(SourceLocation Loc, const iismodel::EntryPointFacts &Facts,
                                     const iismodel::ProjectConfiguration &Config,
                                     const std::vector<iismodel::ExportSpec> &ConfigSpecs,
                                     StringRef ProjectName);
  void checkStdcallOnX86(const FunctionDecl *Entry, const iismodel::EntryPointFacts &Facts,
                         ArrayRef<iismodel::WindowsArch> Arches);
  std::vector<std::vector<iismodel::ExportSpec>>
  exportCandidates(const std::vector<iismodel::ExportSpec> &Specs, StringRef ProjectDef,
                   const SourceManager &SM, SourceLocation Loc,
                   iismodel::ModuleDefinitionSearch &Search);
  void reportPrediction(SourceLocation Loc, const iismodel::EntryPointFacts &Facts,
                        iismodel::WindowsArch Arch,
                        const std::vector<std::vector<iismodel::ExportSpec>> &DefSpecs,
                        StringRef ProjectDef, const iismodel::ModuleDefinitionSearch &Search,
                        bool &ReportedMissing);

  /// Semicolon-separated .def files the DLL is linked with. When empty, the
  /// check looks for *.def files near the source (see DefFile.h).
  const StringRef ModuleDefinitionFiles;
  /// Semicolon-separated /EXPORT specifications of the link command line
  /// ("RegisterModule", "/EXPORT:RegisterModule=_RegisterModule@12").
  const StringRef LinkerExports;
  /// Architectures the DLL is built for besides the TU's own target
  /// (default: x86, since 32-bit worker processes exist).
  const StringRef AdditionalArchitectures;
  /// The .vcxproj, .vcproj or CMakeLists.txt that builds the module. When
  /// empty, the check looks for the one that compiles the source.
  const StringRef ProjectFile;
  /// Look for a project file when ProjectFile is empty.
  const bool FindProjectFiles;
  /// Where the TU's project was looked for, when it was.
  std::optional<iismodel::ProjectSearch> ProjectSearched;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REGISTERMODULEEXPORTCHECK_H
