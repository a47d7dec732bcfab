//===--- PoolPlacement.cpp - Objects placed in request-pool memory --------===//

#include "memory/PoolPlacement.h"
#include "iisapi/Handlers.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace iismodel {

static bool isModuleAllocatorPointer(QualType T) {
  if (!T->isPointerType())
    return false;
  const CXXRecordDecl *Pointee = T->getPointeeType()->getAsCXXRecordDecl();
  return Pointee && Pointee->getIdentifier() && Pointee->getName() == "IModuleAllocator" &&
         Pointee->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

static bool isPoolForm(const FunctionDecl *New) {
  return New->getNumParams() == 2 && isModuleAllocatorPointer(New->getParamDecl(1)->getType());
}

const FunctionDecl *poolOperatorNew(const CXXRecordDecl *Record) {
  if (!Record || !Record->hasDefinition())
    return nullptr;
  for (const Decl *D : Record->getDefinition()->decls()) {
    const auto *F = dyn_cast<FunctionDecl>(D);
    if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
      F = T->getTemplatedDecl();
    if (F && F->getOverloadedOperator() == OO_New && isPoolForm(F))
      return F;
  }
  return nullptr;
}

bool hasOtherOperatorNew(const CXXRecordDecl *Record) {
  for (const Decl *D : Record->getDefinition()->decls())
    if (const auto *F = dyn_cast<FunctionDecl>(D);
        F && F->getOverloadedOperator() == OO_New && !isPoolForm(F))
      return true;
  return false;
}

// The first method of \p Record, or of the module base chain below
// CHttpModule, that \p Matches.
template <class Predicate>
static const CXXMethodDecl *findBelowCHttpModule(const CXXRecordDecl *Record, Predicate Matches) {
  for (const CXXRecordDecl *Current = Record; Current && !isCHttpModule(Current);) {
    for (const CXXMethodDecl *M : Current->methods())
      if (Matches(M))
        return M;
    // Follow the base that leads to CHttpModule.
    const CXXRecordDecl *Next = nullptr;
    for (const CXXBaseSpecifier &Base : Current->bases())
      if (const CXXRecordDecl *B = Base.getType()->getAsCXXRecordDecl();
          B && B->hasDefinition() && (isCHttpModule(B) || derivesFromSdkClass(B, "CHttpModule")))
        Next = B->getDefinition();
    Current = Next;
  }
  return nullptr;
}

const FunctionDecl *memberOperatorDelete(const CXXRecordDecl *Record) {
  return findBelowCHttpModule(Record, [](const CXXMethodDecl *M) {
    return M->getOverloadedOperator() == OO_Delete && M->getNumParams() >= 1;
  });
}

bool isNoOp(const FunctionDecl *Delete) {
  const FunctionDecl *Definition = nullptr;
  if (!Delete->hasBody(Definition))
    return true; // Defined elsewhere: not judged.
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Definition->getBody());
  if (!Body)
    return false;
  // Empty, or only `(void)p;`.
  return llvm::all_of(Body->body(), [](const Stmt *S) {
    const auto *Cast = dyn_cast<CStyleCastExpr>(S);
    return Cast && Cast->getType()->isVoidType();
  });
}

const CXXMethodDecl *userDispose(const CXXRecordDecl *Record) {
  return findBelowCHttpModule(Record, [](const CXXMethodDecl *M) {
    return M->getIdentifier() && M->getName() == "Dispose" && M->getNumParams() == 0;
  });
}

namespace {
struct DeleteThisFinder : RecursiveASTVisitor<DeleteThisFinder> {
  bool Found = false;
  bool VisitCXXDeleteExpr(CXXDeleteExpr *Delete) {
    if (isa<CXXThisExpr>(Delete->getArgument()->IgnoreParenImpCasts()))
      Found = true;
    return !Found;
  }
};
} // namespace

bool deletesThis(const CXXMethodDecl *Method) {
  const FunctionDecl *Definition = nullptr;
  if (!Method->hasBody(Definition))
    return false;
  DeleteThisFinder Finder;
  Finder.TraverseStmt(Definition->getBody());
  return Finder.Found;
}

} // namespace iismodel
