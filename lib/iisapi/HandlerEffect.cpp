//===--- HandlerEffect.cpp - Does a handler do anything? ------------------===//

#include "iisapi/HandlerEffect.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace iismodel {

namespace {

std::string quoted(const NamedDecl *D) { return "'" + D->getNameAsString() + "'"; }

// A store whose target is a local of the handler (or a parameter) changes
// nothing outside it.
bool storesToLocal(const Expr *Target) {
  const auto *Ref = dyn_cast<DeclRefExpr>(Target->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->hasLocalStorage();
}

std::optional<std::string> storeEffect(const Expr *Target) {
  if (storesToLocal(Target))
    return std::nullopt;
  const Expr *Stripped = Target->IgnoreParenImpCasts();
  if (const auto *Member = dyn_cast<MemberExpr>(Stripped))
    return "its store to " + quoted(Member->getMemberDecl()) + " never happens";
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Stripped))
    return "its store to " + quoted(Ref->getDecl()) + " never happens";
  return std::string("its store through a pointer never happens");
}

std::optional<std::string> effectOf(const Stmt *S) {
  if (!S)
    return std::nullopt;
  if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S))
    return std::string("its loop never runs");
  if (isa<CXXDeleteExpr>(S))
    return std::string("its delete never runs");
  if (isa<CXXNewExpr>(S))
    return std::string("its allocation never happens");
  if (isa<CXXThrowExpr>(S))
    return std::string("its throw never happens");
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    // As the source spells it: SecureZeroMemory, not the
    // RtlSecureZeroMemory its macro names.
    const FunctionDecl *Callee = Call->getDirectCallee();
    SourceLocation At = Call->getCallee()->getBeginLoc();
    if (Callee && At.isMacroID()) {
      const ASTContext &Context = Callee->getASTContext();
      StringRef Macro =
          Lexer::getImmediateMacroName(At, Context.getSourceManager(), Context.getLangOpts());
      if (!Macro.empty())
        return "its call to '" + Macro.str() + "' never runs";
    }
    if (Callee)
      return "its call to " + quoted(Callee) + " never runs";
    return std::string("its call never runs");
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S);
      Construct && !Construct->getConstructor()->isTrivial())
    return "its construction of " + quoted(Construct->getConstructor()->getParent()) +
           " never runs";
  if (const auto *Binary = dyn_cast<BinaryOperator>(S); Binary && Binary->isAssignmentOp())
    if (std::optional<std::string> Store = storeEffect(Binary->getLHS()))
      return Store;
  if (const auto *Unary = dyn_cast<UnaryOperator>(S); Unary && Unary->isIncrementDecrementOp())
    if (std::optional<std::string> Store = storeEffect(Unary->getSubExpr()))
      return Store;
  for (const Stmt *Child : S->children())
    if (std::optional<std::string> Effect = effectOf(Child))
      return Effect;
  return std::nullopt;
}

} // namespace

std::optional<std::string> firstEffect(const FunctionDecl *Definition) {
  return effectOf(Definition->getBody());
}

} // namespace iismodel
