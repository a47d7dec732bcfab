//===--- Lifetime.cpp - State that outlives a request ---------------------===//

#include "memory/Lifetime.h"
#include "iisapi/Handlers.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace iismodel {

const Expr *storedValue(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(Next))
      Next = C->getSubExpr();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
             Construct && Construct->getNumArgs() == 1 &&
             Construct->getConstructor()->isCopyOrMoveConstructor())
      Next = Construct->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

static bool isLongLivedClass(const CXXRecordDecl *Record,
                             llvm::ArrayRef<std::string> LongLivedClasses) {
  if (!Record)
    return false;
  if (derivesFromSdkClass(Record, "CGlobalModule") ||
      derivesFromSdkClass(Record, "IHttpModuleFactory"))
    return true;
  if (LongLivedClasses.empty())
    return false;
  std::string Name = Record->getQualifiedNameAsString();
  return llvm::any_of(LongLivedClasses, [&](llvm::StringRef Listed) {
    Listed.consume_front("::");
    return Listed == Name;
  });
}

const ValueDecl *longLivedStorage(const Expr *Destination,
                                  llvm::ArrayRef<std::string> LongLivedClasses) {
  for (unsigned Depth = 0; Destination && Depth < 32; ++Depth) {
    Destination = Destination->IgnoreParenImpCasts();
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Destination)) {
      Destination = Subscript->getBase();
      continue;
    }
    // g_Map[Key] = p: an element of a container the global holds.
    if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(Destination);
        Call && Call->getOperator() == OO_Subscript && Call->getNumArgs() > 0) {
      Destination = Call->getArg(0);
      continue;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Destination)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      return Var && Var->hasGlobalStorage() ? Var : nullptr;
    }
    const auto *Member = dyn_cast<MemberExpr>(Destination);
    if (!Member)
      return nullptr;
    if (const auto *Var = dyn_cast<VarDecl>(Member->getMemberDecl()))
      return Var->hasGlobalStorage() ? Var : nullptr;
    QualType Base = Member->getBase()->getType();
    if (Member->isArrow())
      Base = Base->getPointeeType();
    if (!Base.isNull() && isLongLivedClass(Base->getAsCXXRecordDecl(), LongLivedClasses))
      return Member->getMemberDecl();
    // A member of an object that a global or static holds.
    Destination = Member->getBase();
  }
  return nullptr;
}

} // namespace iismodel
