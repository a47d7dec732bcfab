//===--- RequestPool.cpp - Where request-pool memory goes -----------------===//

#include "memory/RequestPool.h"
#include "iisapi/Handlers.h"
#include "memory/Lifetime.h"
#include "memory/PoolPlacement.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace iismodel {

bool isRequestPoolAllocator(const FunctionDecl *Callee) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
  if (!Method || !Method->getIdentifier())
    return false;
  llvm::StringRef Name = Method->getName();
  if (Name == "AllocateRequestMemory")
    return derivesFromSdkClass(Method->getParent(), "IHttpContext");
  if (Name == "AllocateMemory")
    return derivesFromSdkClass(Method->getParent(), "IModuleAllocator");
  return false;
}

namespace {

// Every value stored into one local variable or member, as far as the bodies
// given to it show; Escaped when its address or a non-const reference to it
// lets other code store into it unseen.
class StoreCollector : public RecursiveASTVisitor<StoreCollector> {
public:
  explicit StoreCollector(const Decl *Storage) : Storage(Storage) {}

  bool refersToStorage(const Expr *E) const {
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return Ref->getDecl() == Storage;
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      return Member->getMemberDecl() == Storage;
    return false;
  }

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (!refersToStorage(Op->getLHS()))
      return true;
    if (Op->getOpcode() == BO_Assign)
      Stores.push_back(Op->getRHS());
    else if (Op->isAssignmentOp())
      Escaped = true; // p += n: no longer the start of the allocation.
    return true;
  }

  bool VisitUnaryOperator(UnaryOperator *Op) {
    if ((Op->getOpcode() == UO_AddrOf || Op->isIncrementDecrementOp()) &&
        refersToStorage(Op->getSubExpr()))
      Escaped = true;
    return true;
  }

  bool VisitVarDecl(VarDecl *Var) {
    if (Var->getType()->isReferenceType() && Var->getInit() &&
        !Var->getType().getNonReferenceType().isConstQualified() && refersToStorage(Var->getInit()))
      Escaped = true;
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    unsigned Offset =
        isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Callee) ? 1 : 0;
    for (unsigned I = 0, N = Call->getNumArgs(); I != N; ++I) {
      if (!refersToStorage(Call->getArg(I)))
        continue;
      // Unknown callees and non-const reference parameters may store into it.
      if (!Callee || I < Offset) {
        Escaped |= !Callee;
        continue;
      }
      unsigned Param = I - Offset;
      if (Param >= Callee->getNumParams())
        continue;
      QualType T = Callee->getParamDecl(Param)->getType();
      if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified())
        Escaped = true;
    }
    return true;
  }

  const Decl *Storage;
  llvm::SmallVector<const Expr *, 4> Stores;
  bool Escaped = false;
};

} // namespace

RequestPoolOrigins::RequestPoolOrigins(std::vector<std::string> PoolFunctions)
    : PoolFunctions(std::move(PoolFunctions)) {}

bool RequestPoolOrigins::isPoolFunction(const FunctionDecl *Callee) const {
  if (isRequestPoolAllocator(Callee))
    return true;
  if (!Callee || PoolFunctions.empty() || !Callee->getIdentifier())
    return false;
  std::string Qualified;
  for (llvm::StringRef Name : PoolFunctions) {
    // "Take" names any function called Take; "::Take" the global one;
    // "ns::CPool::Take" exactly that one.
    bool Rooted = Name.consume_front("::");
    if (!Rooted && !Name.contains("::")) {
      if (Callee->getName() == Name)
        return true;
      continue;
    }
    if (Qualified.empty())
      Qualified = Callee->getQualifiedNameAsString();
    if (Qualified == Name)
      return true;
  }
  return false;
}

const Expr *RequestPoolOrigins::originOf(const Expr *E) { return originOf(E, 0); }

const Expr *RequestPoolOrigins::originOf(const Expr *E, unsigned Depth) {
  if (!E || Depth > 16)
    return nullptr;
  E = storedValue(E);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return isPoolFunction(Call->getDirectCallee()) ? Call : nullptr;
  if (const auto *New = dyn_cast<CXXNewExpr>(E)) {
    // new (pAllocator) CModule through the class's pool operator new.
    const FunctionDecl *OperatorNew = New->getOperatorNew();
    if (const CXXRecordDecl *Record = New->getAllocatedType()->getAsCXXRecordDecl())
      if (OperatorNew && OperatorNew == poolOperatorNew(Record))
        return New;
    // new (pHttpContext->AllocateRequestMemory(n)) T: the global placement form.
    if (New->getNumPlacementArgs() == 1 && OperatorNew && !isa<CXXMethodDecl>(OperatorNew) &&
        OperatorNew->isReservedGlobalPlacementOperator())
      return originOf(New->getPlacementArg(0), Depth + 1) ? New : nullptr;
    return nullptr;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && Var->isLocalVarDecl() && !Var->isStaticLocal() && !Var->getType()->isReferenceType())
      return originOfDecl(Var, Depth);
    return nullptr;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
      return originOfDecl(Field, Depth);
  return nullptr;
}

const Expr *RequestPoolOrigins::originOfDecl(const Decl *Storage, unsigned Depth) {
  auto [It, Inserted] = Memo.try_emplace(Storage, nullptr);
  if (!Inserted)
    return It->second;

  StoreCollector Collector(Storage);
  if (const auto *Var = dyn_cast<VarDecl>(Storage)) {
    if (Var->getInit())
      Collector.Stores.push_back(Var->getInit());
    const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    if (!Function || !Function->getBody())
      return nullptr;
    Collector.TraverseStmt(Function->getBody());
  } else {
    const auto *Field = cast<FieldDecl>(Storage);
    // Only the class itself can store into a private member of a class with
    // no friends; a public or protected one may be written elsewhere.
    if (Field->getAccess() != AS_private)
      return nullptr;
    const RecordDecl *Parent = Field->getParent();
    const auto *Class = dyn_cast<CXXRecordDecl>(Parent);
    if (!Class || Class->isUnion() || Class->isDependentContext() ||
        Class->friend_begin() != Class->friend_end())
      return nullptr;
    // Member function templates store too.
    for (const Decl *Member : Class->decls())
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(Member))
        if (const FunctionDecl *Pattern = Template->getTemplatedDecl();
            Pattern && Pattern->hasBody())
          Collector.TraverseStmt(Pattern->getBody());
    if (const Expr *Default = Field->getInClassInitializer())
      Collector.Stores.push_back(Default);
    for (const CXXMethodDecl *Method : Class->methods()) {
      const FunctionDecl *Definition = nullptr;
      if (!Method->hasBody(Definition))
        continue;
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Definition))
        for (const CXXCtorInitializer *Init : Ctor->inits())
          if (Init->getMember() == Field && Init->isWritten())
            Collector.Stores.push_back(Init->getInit());
      Collector.TraverseStmt(Definition->getBody());
    }
  }
  if (Collector.Escaped)
    return nullptr;

  ASTContext &Context = Storage->getASTContext();
  const Expr *First = nullptr;
  for (const Expr *Stored : Collector.Stores) {
    if (Stored->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull))
      continue;
    const Expr *Origin = originOf(Stored, Depth + 1);
    if (!Origin)
      return nullptr;
    if (!First)
      First = Origin;
  }
  Memo[Storage] = First;
  return First;
}

} // namespace iismodel
