//===--- SummaryCollector.cpp - Whole-module summaries --------------------===//

#include "SummaryCollector.h"
#include "ConfigFiles.h"
#include "iisapi/Handlers.h"
#include "summary/SummaryWriter.h"
#include "support/FileAccess.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include <cstdlib>

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral DefinedId = "defined";
static constexpr llvm::StringLiteral UnitId = "unit";
static constexpr llvm::StringLiteral SummaryEnvironment = "IIS_TIDY_SUMMARY_DIRECTORY";

std::string summaryOutput(const RequestHeapOptions &Options) {
  // The environment speaks for this run, so it wins over a .clang-tidy.
  const char *FromEnvironment = std::getenv(SummaryEnvironment.data());
  return FromEnvironment && *FromEnvironment ? FromEnvironment : Options.SummaryDirectory.str();
}

SummaryCollector::SummaryCollector(ClangTidyContext &Context, std::string Output,
                                   std::vector<std::string> Enabled,
                                   std::map<std::string, std::string> Configured)
    : TidyContext(Context),
      Options(ClangTidyCheck::OptionsView(RequestHeapAllocationName,
                                          Context.getOptions().CheckOptions, &Context),
              /*Report=*/nullptr),
      Output(std::move(Output)), EnabledChecks(std::move(Enabled)),
      ConfiguredOptions(std::move(Configured)),
      // iis-request-heap-allocation reports bad entries when it is enabled.
      Catalogue(Options.catalogue([](StringRef) {})) {}

SummaryCollector::~SummaryCollector() = default;

void SummaryCollector::registerMatchers(MatchFinder &Finder) {
  // Every function this TU defines, which a handler in another TU may call.
  Finder.addMatcher(
      functionDecl(isDefinition(), hasBody(stmt()), unless(isExpansionInSystemHeader()))
          .bind(DefinedId),
      this);
  // Every TU gets a summary, also one that defines no function.
  Finder.addMatcher(translationUnitDecl().bind(UnitId), this);
}

void SummaryCollector::noteCompilation(const Preprocessor &PP) {
  // What decides the summary besides the sources: the target, the language,
  // the defines, the include paths (and whether they are system ones), and
  // the checks and options.
  std::string Key = PP.getTargetInfo().getTriple().str();
  Key += "\n-std=" + std::to_string(static_cast<int>(PP.getLangOpts().LangStd));
  for (const auto &[Macro, IsUndef] : PP.getPreprocessorOpts().Macros)
    Key += (IsUndef ? "\n-U" : "\n-D") + Macro;
  for (const auto &Entry : PP.getHeaderSearchInfo().getHeaderSearchOpts().UserEntries)
    Key += "\n-I" + std::to_string(static_cast<int>(Entry.Group)) + Entry.Path;
  for (const std::string &Check : EnabledChecks)
    Key += "\n+" + Check;
  for (const auto &[Name, Value] : ConfiguredOptions)
    if (!StringRef(Name).ends_with(".SummaryDirectory"))
      Key += "\n" + Name + "=" + Value;
  CompileKey = iismodel::contentHash(Key);
}

void SummaryCollector::onStartOfTranslationUnit() {
  Context = nullptr;
  Defined.clear();
}

void SummaryCollector::run(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *F = Result.Nodes.getNodeAs<FunctionDecl>(DefinedId))
    if (!F->isDependentContext())
      Defined.push_back(F);
}

void SummaryCollector::onEndOfTranslationUnit() {
  if (!Context)
    return;
  iismodel::RequestReach Reach(*Context, Catalogue, Options.reachOptions());
  // What iis-request-heap-allocation reports in this unit, which the link
  // step does not report again: the same walk from the same handlers.
  for (const FunctionDecl *F : Defined)
    if (const auto *Method = dyn_cast<CXXMethodDecl>(F);
        Method && iismodel::requestRoot(Method, Options.CheckGetHttpModule))
      Reach.forEachNewAllocation(Method, [](auto &&...) {});
  // A TU with errors is summarised too, marked incomplete: the link step
  // reports what it shows and withholds verdicts that rest on absence.
  iismodel::SummarySettings Settings;
  Settings.IncludeGetHttpModule = Options.CheckGetHttpModule;
  Settings.CompileKey = CompileKey;
  Settings.MaxCallDepth = Options.MaxCallDepth;
  // The .def files iis-registermodule-export is told the DLL links.
  static constexpr llvm::StringLiteral DefinitionFilesKey =
      "iis-registermodule-export.ModuleDefinitionFiles";
  auto Configured = ConfiguredOptions.find(DefinitionFilesKey.str());
  if (Configured != ConfiguredOptions.end())
    for (StringRef Entry : llvm::split(Configured->second, ';'))
      if (!Entry.trim().empty())
        Settings.DefinitionFiles.push_back(
            optionPath(Context->getSourceManager(), DefinitionFilesKey, Entry.trim()));
  iismodel::TranslationUnitSummary Summary =
      iismodel::summarizeTranslationUnit(*Context, Reach, Defined, Settings);
  Summary.EnabledChecks = EnabledChecks;
  Summary.CheckOptions = ConfiguredOptions;
  Summary.WarningsAsErrors = configuredWarningsAsErrors(Context->getSourceManager());
  iismodel::addConfigurationInputs(Summary);
  if (llvm::Error Error = iismodel::writeSummary(Summary, Output))
    TidyContext.configurationDiag("cannot write the whole-module summary: %0 (option "
                                  "'%1.SummaryDirectory' or IIS_TIDY_SUMMARY_DIRECTORY)",
                                  DiagnosticIDs::Error)
        << llvm::toString(std::move(Error)) << RequestHeapAllocationName;
}

} // namespace clang::tidy::iis
