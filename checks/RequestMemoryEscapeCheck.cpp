//===--- RequestMemoryEscapeCheck.cpp - iis-tidy --------------------------===//

#include "RequestMemoryEscapeCheck.h"
#include "SourceEdits.h"

#include "iisapi/Handlers.h"
#include "memory/Lifetime.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral AssignId = "assign";
static constexpr llvm::StringLiteral VarId = "var";
static constexpr llvm::StringLiteral InsertId = "insert";

RequestMemoryEscapeCheck::RequestMemoryEscapeCheck(StringRef Name, ClangTidyContext *Context)
    : IISCheck(Name, Context), PoolAllocationFunctions(Options.get("PoolAllocationFunctions", "")),
      LongLivedClasses(Options.get("LongLivedClasses", "")),
      LongLivedClassNames(optionList(LongLivedClasses)) {}

void RequestMemoryEscapeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  IISCheck::storeOptions(Opts);
  Options.store(Opts, "PoolAllocationFunctions", PoolAllocationFunctions);
  Options.store(Opts, "LongLivedClasses", LongLivedClasses);
}

void RequestMemoryEscapeCheck::onStartOfTranslationUnit() {
  Origins.emplace(optionList(PoolAllocationFunctions));
  UnitLongLivedClasses.reset();
}

// The option's classes and those the unit shows living across requests.
ArrayRef<std::string> RequestMemoryEscapeCheck::longLivedClasses(ASTContext &Context) {
  if (!UnitLongLivedClasses) {
    UnitLongLivedClasses = iismodel::longLivedClassesOf(Context);
    llvm::append_range(*UnitLongLivedClasses, LongLivedClassNames);
  }
  return *UnitLongLivedClasses;
}

void RequestMemoryEscapeCheck::registerCheckMatchers(MatchFinder *Finder) {
  // Stores inside function bodies, walked from each function that is not a
  // template instantiation, without a parent map.
  auto Assign = binaryOperator(isAssignmentOperator(), hasOperatorName("=")).bind(AssignId);
  // Pointers put into a container that a global or long-lived member holds.
  auto Insert =
      cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName("push_back", "push_front", "insert",
                                                        "emplace", "emplace_back", "emplace_front",
                                                        "insert_or_assign", "try_emplace"),
                                             ofClass(cxxRecordDecl(isInStdNamespace())))))
          .bind(InsertId);
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                                  unless(ast_matchers::isTemplateInstantiation()),
                                  hasBody(forEachDescendant(stmt(anyOf(Assign, Insert))))),
                     this);
  // static char *Last = pHttpContext->AllocateRequestMemory(n): initialised
  // by the first request, dangling for every later one.
  Finder->addMatcher(varDecl(hasGlobalStorage(), hasInitializer(expr())).bind(VarId), this);
}

void RequestMemoryEscapeCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Assign = Result.Nodes.getNodeAs<BinaryOperator>(AssignId)) {
    const ValueDecl *Storage =
        iismodel::longLivedStorage(Assign->getLHS(), longLivedClasses(*Result.Context));
    if (!Storage)
      return;
    if (const Expr *Origin = Origins->originOf(Assign->getRHS()))
      reportEscape(*Result.SourceManager, Assign, Origin, Storage);
    return;
  }
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>(VarId)) {
    if (Var->isStaticLocal() && isa<FunctionDecl>(Var->getDeclContext()) &&
        cast<FunctionDecl>(Var->getDeclContext())->isTemplateInstantiation())
      return;
    if (const Expr *Origin = Origins->originOf(Var->getInit()))
      reportEscape(*Result.SourceManager, Var->getInit(), Origin, Var);
    return;
  }
  const auto *Insert = Result.Nodes.getNodeAs<CXXMemberCallExpr>(InsertId);
  const ValueDecl *Storage = iismodel::longLivedStorage(Insert->getImplicitObjectArgument(),
                                                        longLivedClasses(*Result.Context));
  if (!Storage)
    return;
  for (const Expr *Argument : Insert->arguments())
    if (const Expr *Origin = Origins->originOf(Argument)) {
      reportEscape(*Result.SourceManager, Insert, Origin, Storage);
      return;
    }
}

// What makes the storage outlive the request, for the note.
enum class StorageKind { Global, StaticLocal, StaticMember, MemberOfLongLived, ThreadLocal };

static StorageKind storageKind(const ValueDecl *Storage) {
  if (const auto *Var = dyn_cast<VarDecl>(Storage)) {
    // IIS serves many requests on one thread.
    if (Var->getTLSKind() != VarDecl::TLS_None)
      return StorageKind::ThreadLocal;
    if (Var->isStaticLocal())
      return StorageKind::StaticLocal;
    if (Var->isStaticDataMember())
      return StorageKind::StaticMember;
    return StorageKind::Global;
  }
  return StorageKind::MemberOfLongLived;
}

void RequestMemoryEscapeCheck::reportEscape(const SourceManager &SM, const Expr *Store,
                                            const Expr *Origin, const ValueDecl *Storage) {
  diag(SM.getExpansionLoc(Store->getExprLoc()),
       "request-pool memory is stored in %0, which outlives the request: "
       "IIS frees the pool when the request ends and leaves %0 dangling")
      << Storage;
  diag(SM.getExpansionLoc(Origin->getBeginLoc()), "the memory comes from the request pool here",
       DiagnosticIDs::Note);
  const StorageKind Kind = storageKind(Storage);
  const auto *Owner = dyn_cast<CXXRecordDecl>(Storage->getDeclContext());
  diag(Storage->getLocation(),
       "%0 is %select{a global variable|a static local variable|a static data "
       "member|a member of %2, which lives across requests|a thread-local "
       "variable, and IIS serves many requests on one thread}1",
       DiagnosticIDs::Note)
      << Storage << static_cast<unsigned>(Kind) << Owner;
}

} // namespace clang::tidy::iis
