//===--- RequestHeapAllocationCheck.cpp - iis-tidy ------------------------===//

#include "RequestHeapAllocationCheck.h"
#include "SourceEdits.h"

#include "iisapi/Handlers.h"
#include "memory/HeapMessages.h"
#include "memory/PoolRewrite.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral RootId = "root";

RequestHeapAllocationCheck::RequestHeapAllocationCheck(StringRef Name, ClangTidyContext *Context)
    : IISCheck(Name, Context), HeapOptions(Options, Context),
      Catalogue(HeapOptions.catalogue([&](StringRef Entry) {
        configurationDiag("invalid entry '%0' in option '%1.AllocationFunctions': "
                          "expected 'name' or 'name:family' with family one of %2",
                          DiagnosticIDs::Error)
            << Entry << Name << iismodel::familyOptionNames();
      })) {}

void RequestHeapAllocationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  IISCheck::storeOptions(Opts);
  HeapOptions.store(Options, Opts);
}

void RequestHeapAllocationCheck::registerCheckMatchers(MatchFinder *Finder) {
  // Only overriding definitions can be handlers; which base they override is
  // decided in check(), so no parent-map matcher runs over the TU.
  Finder->addMatcher(cxxMethodDecl(isDefinition(), isOverride(), hasBody(stmt())).bind(RootId),
                     this);
}

void RequestHeapAllocationCheck::onStartOfTranslationUnit() { Reach.reset(); }

void RequestHeapAllocationCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Root = Result.Nodes.getNodeAs<CXXMethodDecl>(RootId);
  const CXXMethodDecl *Base = iismodel::requestRoot(Root, HeapOptions.CheckGetHttpModule);
  if (!Base)
    return;
  if (!Reach)
    Reach = std::make_unique<iismodel::RequestReach>(*Result.Context, Catalogue,
                                                     HeapOptions.reachOptions());
  Reach->forEachNewAllocation(
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
    std::string Where = iismodel::rootForMessage(Root->getName(), Base->getName());
    std::string Advice =
        iismodel::poolAdvice(Site.Family, iismodel::requestPoolCall(Site.Function));
    std::vector<FixItHint> Fixes = poolFixes(Site, Site.Function->getASTContext());
    const bool FixOnNote = Fixes.size() > 1 && multiEditFixesOnNotes();
    {
      DiagnosticBuilder Diag = diag(Loc, Chain.empty() ? iismodel::DirectAllocationMessage
                                                       : iismodel::ReachedAllocationMessage);
      Diag << Site.Spelling;
      if (!Chain.empty())
        Diag << Site.Function;
      Diag << Where << Advice << Site.Allocation->getSourceRange();
      if (!FixOnNote)
        Diag << Fixes;
    }
    if (FixOnNote)
      diag(Loc, iismodel::PoolFixNote, DiagnosticIDs::Note) << Fixes;
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
