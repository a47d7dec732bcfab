//===--- PoolRewrite.cpp - When a heap allocation can become pool memory --===//

#include "memory/PoolRewrite.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace iismodel {
namespace {

const DeclRefExpr *refTo(const Expr *E, const VarDecl *Var) {
  const auto *Ref = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenCasts()) : nullptr;
  return Ref && Ref->getDecl() == Var ? Ref : nullptr;
}

bool isGlobalFunction(const FunctionDecl *F, llvm::StringRef Name) {
  return F && !isa<CXXMethodDecl>(F) && F->getIdentifier() && F->getName() == Name &&
         F->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

std::optional<uint64_t> constantValue(const Expr *E, const ASTContext &Context) {
  if (E->isValueDependent())
    return std::nullopt;
  if (std::optional<llvm::APSInt> V = E->getIntegerConstantExpr(Context))
    return V->getZExtValue();
  return std::nullopt;
}

// The count argument of an allocation the pool can take over, and whether
// its flags ask for nothing the pool does not do (zeroing, movable blocks).
const Expr *poolableCount(const AllocationSite &Site, ASTContext &Context) {
  if (const auto *New = dyn_cast<CXXNewExpr>(Site.Allocation)) {
    QualType T = New->getAllocatedType();
    if (New->getInitializationStyle() != CXXNewInitializationStyle::None || T->isDependentType() ||
        !T.isTrivialType(Context))
      return nullptr;
    if (New->isArray())
      return New->getArraySize().value_or(nullptr);
    return Site.Allocation; // A single object: sizeof(T), no count.
  }
  const auto *Call = dyn_cast<CallExpr>(Site.Allocation);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return nullptr;
  if (isGlobalFunction(Callee, "malloc") && Call->getNumArgs() == 1)
    return Call->getArg(0);
  if (isGlobalFunction(Callee, "HeapAlloc") && Call->getNumArgs() == 3 &&
      constantValue(Call->getArg(1), Context) == 0u)
    return Call->getArg(2);
  if ((isGlobalFunction(Callee, "LocalAlloc") || isGlobalFunction(Callee, "GlobalAlloc")) &&
      Call->getNumArgs() == 2 && constantValue(Call->getArg(0), Context) == 0u)
    return Call->getArg(1); // LMEM_FIXED / GMEM_FIXED, not zeroed or movable.
  return nullptr;
}

// The statement frees Var with the family's own deallocator.
bool freesWith(const Stmt *S, const VarDecl *Var, AllocationFamily Family) {
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(S))
    S = Cleanups->getSubExpr();
  if (const auto *Delete = dyn_cast<CXXDeleteExpr>(S))
    return refTo(Delete->getArgument(), Var) &&
           Delete->isArrayForm() == (Family == AllocationFamily::CxxNewArray) &&
           (Family == AllocationFamily::CxxNew || Family == AllocationFamily::CxxNewArray);
  const auto *Call = dyn_cast<CallExpr>(S);
  if (!Call)
    return false;
  llvm::StringRef Deallocator = familyInfo(Family).Deallocator;
  unsigned PointerArg = Family == AllocationFamily::ProcessHeap ? 2 : 0;
  return isGlobalFunction(Call->getDirectCallee(), Deallocator) &&
         Call->getNumArgs() > PointerArg && refTo(Call->getArg(PointerArg), Var);
}

// Counts the references to Var and those in positions where pool memory
// behaves exactly like the heap block it replaces.
class UseScanner : public RecursiveASTVisitor<UseScanner> {
public:
  UseScanner(const VarDecl *Var, AllocationFamily Family) : Var(Var), Family(Family) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() == Var)
      ++References;
    return true;
  }

  bool VisitCompoundStmt(CompoundStmt *Block) {
    for (const Stmt *S : Block->body())
      if (freesWith(S, Var, Family)) {
        Frees.push_back(S);
        ++Benign;
      }
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    // Passing the pointer on is fine: the block outlives the function. A free
    // is counted only as a statement of its own (above).
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee && (isGlobalFunction(Callee, familyInfo(Family).Deallocator)))
      return true;
    for (const Expr *Arg : Call->arguments())
      if (refTo(Arg, Var))
        ++Benign;
    return true;
  }

  bool VisitArraySubscriptExpr(ArraySubscriptExpr *E) { return count(E->getBase()); }
  bool VisitMemberExpr(MemberExpr *E) { return E->isArrow() ? count(E->getBase()) : true; }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (Op->getOpcode() == UO_Deref)
      count(Op->getSubExpr());
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *Cast) {
    if (Cast->getCastKind() == CK_PointerToBoolean)
      count(Cast->getSubExpr());
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *Op) {
    // Logical operators and '!' see the pointer through a PointerToBoolean
    // cast, counted above.
    if (Op->isComparisonOp()) {
      count(Op->getLHS());
      count(Op->getRHS());
    } else if (Op->getOpcode() == BO_Assign && isLocalAggregateField(Op->getLHS())) {
      count(Op->getRHS()); // chunk.pBuffer = p: a local the function owns.
    }
    return true;
  }

  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == Var)
        Captured = true;
    return true;
  }

  const VarDecl *Var;
  AllocationFamily Family;
  unsigned References = 0;
  unsigned Benign = 0;
  bool Captured = false;
  std::vector<const Stmt *> Frees;

private:
  bool count(const Expr *E) {
    if (refTo(E, Var))
      ++Benign;
    return true;
  }

  static bool isLocalAggregateField(const Expr *LHS) {
    const Expr *E = LHS->IgnoreParenImpCasts();
    while (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (Member->isArrow())
        return false;
      E = Member->getBase()->IgnoreParenImpCasts();
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *Local = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    return Local && Local->isLocalVarDecl() && !Local->isStaticLocal() &&
           !Local->getType()->isReferenceType() && LHS != E;
  }
};

// The local pointer variable that the allocation initialises, if any.
class InitFinder : public RecursiveASTVisitor<InitFinder> {
public:
  explicit InitFinder(const Expr *Allocation) : Allocation(Allocation) {}
  bool VisitVarDecl(VarDecl *Var) {
    if (Var->isLocalVarDecl() && !Var->isStaticLocal() && Var->getType()->isPointerType() &&
        Var->getInit() && Var->getInit()->IgnoreParenCasts() == Allocation)
      Found = Var;
    return !Found;
  }
  const Expr *Allocation;
  const VarDecl *Found = nullptr;
};

} // namespace

std::optional<PoolRewritePlan> planPoolRewrite(const AllocationSite &Site, ASTContext &Context) {
  const Expr *Count = poolableCount(Site, Context);
  Stmt *Body = Site.Function ? Site.Function->getBody() : nullptr;
  if (!Count || !Body)
    return std::nullopt;

  InitFinder Init(Site.Allocation);
  Init.TraverseStmt(Body);
  if (!Init.Found)
    return std::nullopt;

  UseScanner Uses(Init.Found, Site.Family);
  Uses.TraverseStmt(Body);
  // Every use accounted for, and at least one free to remove: otherwise the
  // original leaked, and the rewrite would change what the code says.
  if (Uses.Captured || Uses.Frees.empty() || Uses.Benign != Uses.References)
    return std::nullopt;

  PoolRewritePlan Plan;
  Plan.Allocation = Site.Allocation;
  Plan.Count = Count == Site.Allocation ? nullptr : Count;
  if (const auto *New = dyn_cast<CXXNewExpr>(Site.Allocation))
    Plan.Element = New->getAllocatedType();
  Plan.Frees = std::move(Uses.Frees);
  return Plan;
}

} // namespace iismodel
