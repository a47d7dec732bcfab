//===--- RequestMemoryFreeCheck.cpp - iis-tidy ----------------------------===//

#include "RequestMemoryFreeCheck.h"
#include "SourceEdits.h"

#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral ReleaseId = "release";
static constexpr llvm::StringLiteral StatementId = "statement";

RequestMemoryFreeCheck::RequestMemoryFreeCheck(StringRef Name, ClangTidyContext *Context)
    : IISCheck(Name, Context), DeallocationFunctions(Options.get("DeallocationFunctions", "")),
      PoolAllocationFunctions(Options.get("PoolAllocationFunctions", "")) {
  for (StringRef Entry : utils::options::parseStringList(DeallocationFunctions)) {
    auto [FunctionName, ArgumentText] = splitOptionEntry(Entry);
    FunctionName = FunctionName.trim();
    unsigned Argument = 0;
    bool Valid = !FunctionName.empty() && (ArgumentText.trim().empty() ||
                                           llvm::to_integer(ArgumentText.trim(), Argument, 10));
    if (!Valid) {
      configurationDiag("invalid entry '%0' in option '%1.DeallocationFunctions': "
                        "expected 'name' or 'name:argument' with a 0-based "
                        "argument index",
                        DiagnosticIDs::Error)
          << Entry << Name;
      continue;
    }
    Deallocators.add(FunctionName, Argument);
  }
}

void RequestMemoryFreeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  IISCheck::storeOptions(Opts);
  Options.store(Opts, "DeallocationFunctions", DeallocationFunctions);
  Options.store(Opts, "PoolAllocationFunctions", PoolAllocationFunctions);
}

void RequestMemoryFreeCheck::onStartOfTranslationUnit() {
  Origins.emplace(optionList(PoolAllocationFunctions));
  Statements.clear();
}

void RequestMemoryFreeCheck::registerCheckMatchers(MatchFinder *Finder) {
  auto Release = expr(anyOf(cxxDeleteExpr(), callExpr(callee(functionDecl()))));
  auto StatementsOf = compoundStmt(forEach(expr(Release).bind(StatementId)));
  // Walked from each function that is not a template instantiation (a
  // template is checked once, as written), without a parent map; releases
  // that are a statement of their own are told by their compound statement.
  Finder->addMatcher(
      functionDecl(
          isDefinition(), unless(isExpansionInSystemHeader()),
          unless(ast_matchers::isTemplateInstantiation()),
          hasBody(eachOf(StatementsOf, forEachDescendant(stmt(
                                           anyOf(StatementsOf, expr(Release).bind(ReleaseId))))))),
      this);
}

void RequestMemoryFreeCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Statement = Result.Nodes.getNodeAs<Expr>(StatementId)) {
    Statements.insert(Statement);
    return;
  }
  const auto *Release = Result.Nodes.getNodeAs<Expr>(ReleaseId);
  const Expr *Pointer = nullptr;
  std::string Deallocator;
  if (const auto *Delete = dyn_cast<CXXDeleteExpr>(Release)) {
    // A class's own operator delete decides where its memory goes.
    if (isa_and_nonnull<CXXMethodDecl>(Delete->getOperatorDelete()))
      return;
    Pointer = Delete->getArgument();
    Deallocator = Delete->isArrayForm() ? "delete[]" : "delete";
  } else {
    const auto *Call = cast<CallExpr>(Release);
    const FunctionDecl *Callee = Call->getDirectCallee();
    std::optional<unsigned> Argument = Deallocators.releasedArgument(Callee);
    if (!Argument || *Argument >= Call->getNumArgs())
      return;
    Pointer = Call->getArg(*Argument);
    Deallocator = nameForMessage(Callee);
  }
  const Expr *Origin = Origins->originOf(Pointer);
  if (!Origin)
    return;
  Context = Result.Context;
  Found.push_back({Release, Origin, std::move(Deallocator)});
}

// Reported once the TU is matched, when every release that stands as a
// statement of its own (and so may be removed) is known.
void RequestMemoryFreeCheck::onEndOfTranslationUnit() {
  for (const FoundRelease &F : Found) {
    const SourceManager &SM = Context->getSourceManager();
    {
      auto Diag = diag(SM.getExpansionLoc(F.Release->getBeginLoc()),
                       "'%0' releases request-pool memory: IIS frees the pool "
                       "when the request ends, and the heap corrupts on memory "
                       "it did not hand out")
                  << F.Deallocator << F.Release->getSourceRange();
      // Removing a delete also removes the destructor call it makes.
      const auto *Delete = dyn_cast<CXXDeleteExpr>(F.Release);
      bool DestructorMatters =
          Delete && (Delete->getDestroyedType().isNull() ||
                     Delete->getDestroyedType().isDestructedType() != QualType::DK_none);
      if (Statements.contains(F.Release) && !DestructorMatters)
        if (std::optional<CharSourceRange> Range = statementRemoval(F.Release, *Context))
          Diag << FixItHint::CreateRemoval(*Range);
    }
    diag(SM.getExpansionLoc(F.Origin->getBeginLoc()), "the memory comes from the request pool here",
         DiagnosticIDs::Note);
  }
  Found.clear();
  Statements.clear();
}

} // namespace clang::tidy::iis
