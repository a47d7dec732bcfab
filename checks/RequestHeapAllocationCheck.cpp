//===--- RequestHeapAllocationCheck.cpp - iis-tidy ------------------------===//

#include "RequestHeapAllocationCheck.h"
#include "SourceEdits.h"

#include "iisapi/Handlers.h"
#include "memory/HeapMessages.h"
#include "memory/PoolRewrite.h"
#include "summary/SummaryWriter.h"

#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include <cstdlib>

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral RootId = "root";
static constexpr llvm::StringLiteral DefinedId = "defined";
static constexpr llvm::StringLiteral UnitId = "unit";
static constexpr unsigned DefaultMaxCallDepth = 8;

RequestHeapAllocationCheck::RequestHeapAllocationCheck(StringRef Name, ClangTidyContext *Context)
    : IISCheck(Name, Context), MaxCallDepth(Options.get("MaxCallDepth", DefaultMaxCallDepth)),
      AllocationFunctions(Options.get("AllocationFunctions", "")),
      IgnoredFunctions(Options.get("IgnoredFunctions", "")),
      IncludeContainers(Options.get("IncludeContainers", false)),
      ContainerTypes(Options.get("ContainerTypes", iismodel::DefaultContainerTypes)),
      CheckGetHttpModule(Options.get("CheckGetHttpModule", false)),
      SummaryDirectory(Options.get("SummaryDirectory", "")),
      // The environment speaks for this run (scripts/iis-lint --whole-module),
      // so it wins over a .clang-tidy.
      SummaryOutput(std::getenv("IIS_TIDY_SUMMARY_DIRECTORY") &&
                            *std::getenv("IIS_TIDY_SUMMARY_DIRECTORY")
                        ? std::getenv("IIS_TIDY_SUMMARY_DIRECTORY")
                        : SummaryDirectory.str()) {
  for (StringRef Entry : utils::options::parseStringList(AllocationFunctions)) {
    auto [FunctionName, FamilyName] = splitOptionEntry(Entry);
    FunctionName = FunctionName.trim();
    FamilyName = FamilyName.trim();
    std::optional<iismodel::AllocationFamily> Family =
        FamilyName.empty() ? iismodel::AllocationFamily::CRuntime
                           : iismodel::familyByOptionName(FamilyName);
    if (FunctionName.empty() || FunctionName == "::" || !Family) {
      configurationDiag("invalid entry '%0' in option '%1.AllocationFunctions': "
                        "expected 'name' or 'name:family' with family one of %2",
                        DiagnosticIDs::Error)
          << Entry << Name << iismodel::familyOptionNames();
      continue;
    }
    Catalogue.add(FunctionName, *Family);
  }
  for (StringRef Entry : utils::options::parseStringList(IgnoredFunctions))
    Catalogue.ignore(Entry);
}

void RequestHeapAllocationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  IISCheck::storeOptions(Opts);
  Options.store(Opts, "SummaryDirectory", SummaryDirectory);
  Options.store(Opts, "MaxCallDepth", MaxCallDepth);
  Options.store(Opts, "AllocationFunctions", AllocationFunctions);
  Options.store(Opts, "IgnoredFunctions", IgnoredFunctions);
  Options.store(Opts, "IncludeContainers", IncludeContainers);
  Options.store(Opts, "ContainerTypes", ContainerTypes);
  Options.store(Opts, "CheckGetHttpModule", CheckGetHttpModule);
}

void RequestHeapAllocationCheck::registerMatchers(MatchFinder *Finder) {
  // Only overriding definitions can be handlers; which base they override is
  // decided in check(), so no parent-map matcher runs over the TU.
  Finder->addMatcher(cxxMethodDecl(isDefinition(), isOverride(), hasBody(stmt())).bind(RootId),
                     this);
  // For whole-module analysis: every function this TU defines, which a
  // handler in another TU may call.
  if (!SummaryOutput.empty()) {
    Finder->addMatcher(
        functionDecl(isDefinition(), hasBody(stmt()), unless(isExpansionInSystemHeader()))
            .bind(DefinedId),
        this);
    // Every TU gets a summary, also one that defines no function.
    Finder->addMatcher(translationUnitDecl().bind(UnitId), this);
  }
}

void RequestHeapAllocationCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                                     Preprocessor *ModuleExpanderPP) {
  IISCheck::registerPPCallbacks(SM, PP, ModuleExpanderPP);
  if (SummaryOutput.empty())
    return;
  // What decides the summary besides the sources: the target, the language,
  // the defines, the include paths (and whether they are system ones), and
  // this check's options. A summary is keyed by it.
  std::string Key = PP->getTargetInfo().getTriple().str();
  Key += "\n-std=" + std::to_string(static_cast<int>(PP->getLangOpts().LangStd));
  for (const auto &[Macro, IsUndef] : PP->getPreprocessorOpts().Macros)
    Key += (IsUndef ? "\n-U" : "\n-D") + Macro;
  for (const auto &Entry : PP->getHeaderSearchInfo().getHeaderSearchOpts().UserEntries)
    Key += "\n-I" + std::to_string(static_cast<int>(Entry.Group)) + Entry.Path;
  ClangTidyOptions::OptionMap Options;
  storeOptions(Options);
  for (const auto &[Name, Value] : Options)
    if (!StringRef(Name).ends_with(".SummaryDirectory"))
      Key += "\n" + Name.str() + "=" + Value.Value;
  CompileKey = iismodel::contentHash(Key);
}

void RequestHeapAllocationCheck::onStartOfTranslationUnit() {
  Reach.reset();
  Defined.clear();
  Context = nullptr;
}

void RequestHeapAllocationCheck::onEndOfTranslationUnit() {
  if (SummaryOutput.empty() || !Context)
    return;
  // A TU with errors is summarised too, marked incomplete: the link step
  // reports what it shows and withholds verdicts that rest on absence.
  iismodel::TranslationUnitSummary Summary = iismodel::summarizeTranslationUnit(
      *Context, reach(*Context), Defined, CheckGetHttpModule, CompileKey, MaxCallDepth);
  Summary.EnabledChecks = enabledIISChecks();
  Summary.CheckOptions = configuredIISOptions();
  iismodel::addConfigurationInputs(Summary);
  if (llvm::Error Error = iismodel::writeSummary(Summary, SummaryOutput))
    configurationDiag("cannot write the whole-module summary: %0 (option "
                      "'%1.SummaryDirectory' or IIS_TIDY_SUMMARY_DIRECTORY)",
                      DiagnosticIDs::Error)
        << llvm::toString(std::move(Error)) << getID();
}

iismodel::RequestReach &RequestHeapAllocationCheck::reach(ASTContext &Context) {
  if (!Reach) {
    iismodel::ReachOptions ReachOptions;
    ReachOptions.MaxCallDepth = MaxCallDepth;
    ReachOptions.IncludeContainers = IncludeContainers;
    for (StringRef Type : utils::options::parseStringList(ContainerTypes))
      ReachOptions.ContainerTypes.push_back(Type.str());
    Reach = std::make_unique<iismodel::RequestReach>(Context, Catalogue, std::move(ReachOptions));
  }
  this->Context = &Context;
  return *Reach;
}

void RequestHeapAllocationCheck::check(const MatchFinder::MatchResult &Result) {
  if (Result.Nodes.getNodeAs<TranslationUnitDecl>(UnitId)) {
    reach(*Result.Context);
    return;
  }
  if (const auto *F = Result.Nodes.getNodeAs<FunctionDecl>(DefinedId)) {
    if (!F->isDependentContext())
      Defined.push_back(F);
    reach(*Result.Context);
    return;
  }
  const auto *Root = Result.Nodes.getNodeAs<CXXMethodDecl>(RootId);
  const CXXMethodDecl *Base = iismodel::requestRoot(Root, CheckGetHttpModule);
  if (!Base)
    return;

  reach(*Result.Context)
      .forEachNewAllocation(
          Root, [&](const iismodel::AllocationSite &Site, ArrayRef<iismodel::CallEdge> Chain) {
            reportAllocation(Site, Chain, Root, Base);
          });
}

static std::optional<StringRef> sourceText(SourceRange Range, const ASTContext &Context) {
  if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return std::nullopt;
  bool Invalid = false;
  StringRef Text =
      Lexer::getSourceText(CharSourceRange::getTokenRange(Range), Context.getSourceManager(),
                           Context.getLangOpts(), &Invalid);
  if (Invalid || Text.empty())
    return std::nullopt;
  return Text;
}

// The pool call that replaces the allocation, and the removal of its frees.
static std::vector<FixItHint> poolFixes(const iismodel::AllocationSite &Site, ASTContext &Context) {
  // A template's one spelling serves every instantiation: no per-type rewrite.
  if (Site.Function->isTemplateInstantiation() || Site.Function->isTemplated())
    return {};
  std::optional<iismodel::PoolObject> Pool = iismodel::poolObjectInScope(Site.Function);
  std::optional<iismodel::PoolRewritePlan> Plan =
      Pool ? iismodel::planPoolRewrite(Site, Context) : std::nullopt;
  if (!Plan)
    return {};
  std::string Call = Pool->Expression +
                     (Pool->IsModuleAllocator ? "->AllocateMemory(" : "->AllocateRequestMemory(");
  std::optional<StringRef> Count;
  if (Plan->Count && !(Count = sourceText(Plan->Count->getSourceRange(), Context)))
    return {};
  std::string Replacement;
  if (Plan->Element.isNull()) {
    Replacement = Call + Count->str() + ")";
  } else {
    std::string Type = Plan->Element.getAsString(Context.getPrintingPolicy());
    std::string Size = "sizeof(" + Type + ")";
    if (Count) {
      bool Simple = llvm::all_of(*Count, [](char C) { return isAsciiIdentifierContinue(C); });
      std::string Parenthesized = Simple ? Count->str() : "(" + Count->str() + ")";
      Size = Context.getTypeSizeInChars(Plan->Element).isOne() ? Count->str()
                                                               : Size + " * " + Parenthesized;
    }
    Replacement = "static_cast<" + Type + " *>(" + Call + Size + "))";
  }
  if (!sourceText(Plan->Allocation->getSourceRange(), Context))
    return {};
  std::vector<FixItHint> Fixes{
      FixItHint::CreateReplacement(Plan->Allocation->getSourceRange(), Replacement)};
  for (const Stmt *Free : Plan->Frees) {
    std::optional<CharSourceRange> Range = statementRemoval(Free, Context);
    if (!Range)
      return {};
    Fixes.push_back(FixItHint::CreateRemoval(*Range));
  }
  return Fixes;
}

void RequestHeapAllocationCheck::reportAllocation(const iismodel::AllocationSite &Site,
                                                  ArrayRef<iismodel::CallEdge> Chain,
                                                  const CXXMethodDecl *Root,
                                                  const CXXMethodDecl *Base) {
  const bool IsFactory = Base->getName() == "GetHttpModule";
  const SourceLocation Loc = Site.Allocation->getBeginLoc();
  const CXXRecordDecl *Module =
      IsFactory && Chain.empty() ? iismodel::moduleCreatedBy(Site.Allocation) : nullptr;
  if (Module) {
    std::optional<iismodel::PoolObject> Pool = iismodel::poolObjectInScope(Root);
    diag(Loc, "module object created on the heap in %0 for every request; "
              "create it in the request pool with 'new (%1) %2', giving %3 an "
              "'operator new(size_t, IModuleAllocator *)' and a no-op "
              "'operator delete(void *)'")
        << Root << (Pool ? Pool->Expression : "pAllocator") << Module->getName() << Module
        << Site.Allocation->getSourceRange();
  } else {
    std::string Where = (IsFactory ? "'" : "request handler '") + Root->getNameAsString() + "'";
    std::string Advice =
        iismodel::poolAdvice(Site.Family, iismodel::requestPoolCall(Site.Function));
    DiagnosticBuilder Diag = diag(Loc, Chain.empty() ? iismodel::DirectAllocationMessage
                                                     : iismodel::ReachedAllocationMessage);
    Diag << Site.Spelling;
    if (!Chain.empty())
      Diag << Site.Function;
    Diag << Where << Advice << Site.Allocation->getSourceRange()
         << poolFixes(Site, Site.Function->getASTContext());
  }

  // The chain, innermost call first, in the manner of bugprone-signal-handler.
  for (const iismodel::CallEdge &Edge : llvm::reverse(Chain)) {
    if (Edge.IsConstruction)
      diag(Edge.Call->getBeginLoc(), iismodel::ConstructionNote, DiagnosticIDs::Note)
          << cast<CXXMethodDecl>(Edge.Callee)->getParent() << Edge.Caller;
    else
      diag(Edge.Call->getBeginLoc(), iismodel::CallNote, DiagnosticIDs::Note)
          << Edge.Callee << Edge.Caller;
  }
  diag(Root->getLocation(), iismodel::RootNote, DiagnosticIDs::Note)
      << Root << ("'" + Base->getQualifiedNameAsString() + "'")
      << iismodel::timingText(iismodel::rootTiming(Base));
}

} // namespace clang::tidy::iis
