//===--- PoolPlacementDeleteCheck.cpp - iis-tidy --------------------------===//

#include "PoolPlacementDeleteCheck.h"

#include "iisapi/Handlers.h"
#include "memory/PoolPlacement.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral ModuleId = "module";
static constexpr llvm::StringLiteral DeleteId = "delete";

void PoolPlacementDeleteCheck::registerCheckMatchers(MatchFinder *Finder) {
  // Classes that declare an operator new of their own; which one is decided
  // in check().
  Finder->addMatcher(
      cxxRecordDecl(isDefinition(), hasMethod(hasOverloadedOperatorName("new"))).bind(ModuleId),
      this);
  Finder->addMatcher(cxxDeleteExpr().bind(DeleteId), this);
}

void PoolPlacementDeleteCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Delete = Result.Nodes.getNodeAs<CXXDeleteExpr>(DeleteId)) {
    QualType Pointer = Delete->getArgument()->IgnoreParenImpCasts()->getType();
    const CXXRecordDecl *Static =
        Pointer->isPointerType() ? Pointer->getPointeeType()->getAsCXXRecordDecl() : nullptr;
    if (iismodel::isCGlobalModule(Static))
      diag(Delete->getBeginLoc(),
           "deleting through 'CGlobalModule *' is undefined behaviour: "
           "CGlobalModule has no virtual destructor; delete the object through "
           "its own class, as 'delete this' in its Terminate() does");
    return;
  }

  const auto *Module = Result.Nodes.getNodeAs<CXXRecordDecl>(ModuleId);
  if (!Module || !iismodel::derivesFromSdkClass(Module, "CHttpModule"))
    return;
  const FunctionDecl *PoolNew = iismodel::poolOperatorNew(Module);
  if (!PoolNew)
    return;
  if (const FunctionDecl *Delete = iismodel::memberOperatorDelete(Module))
    if (iismodel::isNoOp(Delete))
      return;
  const CXXMethodDecl *Dispose = iismodel::userDispose(Module);
  if (Dispose && !iismodel::deletesThis(Dispose))
    return;

  {
    auto Diag = diag(PoolNew->getLocation(),
                     "%0 is placed in request-pool memory, but %select{the inherited "
                     "CHttpModule::Dispose()|its Dispose()}1 deletes it with a heap "
                     "'operator delete': pool memory handed to the heap corrupts it")
                << Module << (Dispose != nullptr);
    // A no-op delete is safe only when the pool form is the class's only
    // operator new, so that no instance lives on the heap.
    if (!iismodel::memberOperatorDelete(Module) && !iismodel::hasOtherOperatorNew(Module) &&
        PoolNew->getEndLoc().isFileID() && PoolNew->isThisDeclarationADefinition())
      Diag << FixItHint::CreateInsertion(
          PoolNew->getEndLoc().getLocWithOffset(1),
          "\n  // IIS frees request-pool memory at the end of the request.\n"
          "  static void operator delete(void *) {}");
  }
  diag(PoolNew->getLocation(),
       "declare a no-op 'static void operator delete(void *) {}' in %0, or "
       "override Dispose() without 'delete this'",
       DiagnosticIDs::Note)
      << Module;
}

} // namespace clang::tidy::iis
