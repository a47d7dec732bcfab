//===--- OnceOnly.cpp - Code a process runs once --------------------------===//

#include "memory/OnceOnly.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace iismodel {

namespace {

// The global or static variable \p E names, through parens, casts and
// `&`, or null.
const VarDecl *flagVariable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *AddressOf = dyn_cast<UnaryOperator>(E);
      AddressOf && AddressOf->getOpcode() == UO_AddrOf)
    E = AddressOf->getSubExpr()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->hasGlobalStorage() ? Var : nullptr;
}

// A method call on a global or static object: `g_f.load()`: its object's
// variable and the method's name.
std::pair<const VarDecl *, StringRef> methodOnFlag(const Expr *E) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(E->IgnoreParenImpCasts());
  if (!Call || !Call->getMethodDecl() || !Call->getMethodDecl()->getIdentifier())
    return {nullptr, {}};
  return {flagVariable(Call->getImplicitObjectArgument()), Call->getMethodDecl()->getName()};
}

// The flag \p E reads as a truth value: `g_f`, `g_f.load()`, or `g_f` through
// a conversion operator (std::atomic<bool>).
const VarDecl *flagRead(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const VarDecl *Var = flagVariable(E))
    return Var;
  auto [Var, Method] = methodOnFlag(E);
  if (Var &&
      (Method == "load" || isa<CXXConversionDecl>(cast<CXXMemberCallExpr>(E)->getMethodDecl())))
    return Var;
  return nullptr;
}

bool isZero(const Expr *E, ASTContext &Context) {
  E = E->IgnoreParenImpCasts();
  if (E->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull))
    return true;
  Expr::EvalResult Result;
  return !E->isValueDependent() && E->EvaluateAsInt(Result, Context) && Result.Val.getInt() == 0;
}

bool isNonZero(const Expr *E, ASTContext &Context) {
  E = E->IgnoreParenImpCasts();
  // A pointer flag set to what was just created or taken the address of.
  if (isa<CXXNewExpr>(E))
    return true;
  if (const auto *AddressOf = dyn_cast<UnaryOperator>(E))
    return AddressOf->getOpcode() == UO_AddrOf;
  Expr::EvalResult Result;
  return !E->isValueDependent() && E->EvaluateAsInt(Result, Context) && Result.Val.getInt() != 0;
}

// The flag \p Cond tests for being unset, when the condition holds only
// then: `!f`, `f == 0`, `0 == f`, or a conjunct of `&&` of those.
const VarDecl *unsetFlagTested(const Expr *Cond, ASTContext &Context) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot)
    return flagRead(Not->getSubExpr());
  const auto *Op = dyn_cast<BinaryOperator>(Cond);
  if (!Op)
    return nullptr;
  if (Op->getOpcode() == BO_LAnd) {
    const VarDecl *Left = unsetFlagTested(Op->getLHS(), Context);
    return Left ? Left : unsetFlagTested(Op->getRHS(), Context);
  }
  if (Op->getOpcode() != BO_EQ)
    return nullptr;
  if (isZero(Op->getRHS(), Context))
    return flagRead(Op->getLHS());
  if (isZero(Op->getLHS(), Context))
    return flagRead(Op->getRHS());
  return nullptr;
}

bool isInterlockedSet(const CallExpr *Call, ASTContext &Context, const VarDecl *&Flag,
                      bool &Compares) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || Call->getNumArgs() < 2)
    return false;
  StringRef Name = Callee->getName().ltrim('_');
  Compares = Name.starts_with("InterlockedCompareExchange");
  if (!Compares && !Name.starts_with("InterlockedExchange"))
    return false;
  Flag = flagVariable(Call->getArg(0));
  return Flag && isNonZero(Call->getArg(1), Context);
}

// A condition that sets the flag itself and holds only for the first caller.
bool claimsFlagOnce(const Expr *Cond, ASTContext &Context) {
  Cond = Cond->IgnoreParenImpCasts();
  const Expr *Operand = nullptr;
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot)
    Operand = Not->getSubExpr();
  else if (const auto *Op = dyn_cast<BinaryOperator>(Cond); Op && Op->getOpcode() == BO_EQ)
    Operand = isZero(Op->getRHS(), Context)   ? Op->getLHS()
              : isZero(Op->getLHS(), Context) ? Op->getRHS()
                                              : nullptr;
  else if (const auto *And = dyn_cast<BinaryOperator>(Cond); And && And->getOpcode() == BO_LAnd)
    return claimsFlagOnce(And->getLHS(), Context) || claimsFlagOnce(And->getRHS(), Context);
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Cond->IgnoreParenImpCasts())) {
    // compare_exchange_*(expected, true) holds for the one caller that won.
    auto [Var, Method] = methodOnFlag(Call);
    return Var && Method.starts_with("compare_exchange") && Call->getNumArgs() >= 2 &&
           isNonZero(Call->getArg(1), Context);
  }
  if (!Operand)
    return false;
  Operand = Operand->IgnoreParenImpCasts();
  // The old value was unset: `InterlockedCompareExchange(&f, 1, 0) == 0`,
  // `!f.exchange(true)`.
  if (const auto *Call = dyn_cast<CallExpr>(Operand)) {
    const VarDecl *Flag = nullptr;
    bool Compares = false;
    if (isInterlockedSet(Call, Context, Flag, Compares))
      return !Compares || (Call->getNumArgs() >= 3 && isZero(Call->getArg(2), Context));
  }
  auto [Var, Method] = methodOnFlag(Operand);
  const auto *Call = dyn_cast<CXXMemberCallExpr>(Operand);
  return Var && Method == "exchange" && Call->getNumArgs() >= 1 &&
         isNonZero(Call->getArg(0), Context);
}

// Whether \p Body sets \p Flag to a non-zero value somewhere.
class FlagSetFinder : public RecursiveASTVisitor<FlagSetFinder> {
public:
  FlagSetFinder(const VarDecl *Flag, ASTContext &Context) : Flag(Flag), Context(Context) {}
  bool Found = false;

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->getOpcode() == BO_Assign && flagVariable(Op->getLHS()) == Flag &&
        (isNonZero(Op->getRHS(), Context) || createsObject(Op->getRHS())))
      Found = true;
    return !Found;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    if (Call->getOperator() == OO_Equal && Call->getNumArgs() == 2 &&
        flagVariable(Call->getArg(0)) == Flag && isNonZero(Call->getArg(1), Context))
      Found = true;
    return !Found;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const VarDecl *Set = nullptr;
    bool Compares = false;
    if (isInterlockedSet(Call, Context, Set, Compares) && Set == Flag && !Compares)
      Found = true;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      auto [Var, Method] = methodOnFlag(Member);
      if (Var == Flag && (Method == "store" || Method == "exchange") && Call->getNumArgs() >= 1 &&
          isNonZero(Call->getArg(0), Context))
        Found = true;
    }
    return !Found;
  }

private:
  // A lazily created singleton: `g_pConfig = LoadConfig();`. A pointer flag
  // set to anything but null; if the call fails, the next request retries.
  bool createsObject(const Expr *Value) const {
    return Flag->getType()->isPointerType() &&
           !Value->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull);
  }

  const VarDecl *Flag;
  ASTContext &Context;
};

} // namespace

bool runsOncePerProcess(const IfStmt *If, ASTContext &Context) {
  const Expr *Cond = If->getCond();
  if (!Cond || !If->getThen() || If->getConditionVariable())
    return false;
  if (claimsFlagOnce(Cond, Context))
    return true;
  const VarDecl *Flag = unsetFlagTested(Cond, Context);
  if (!Flag)
    return false;
  FlagSetFinder Finder(Flag, Context);
  Finder.TraverseStmt(const_cast<Stmt *>(If->getThen()));
  return Finder.Found;
}

bool isOnceOnlyCall(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return false;
  std::string Qualified = Callee->getQualifiedNameAsString();
  return llvm::StringSwitch<bool>(Qualified)
      .Cases("std::call_once", "InitOnceExecuteOnce", "pthread_once", true)
      .Default(false);
}

} // namespace iismodel
