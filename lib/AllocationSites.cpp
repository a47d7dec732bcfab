//===--- AllocationSites.cpp - Heap allocations in a function body --------===//

#include "iis/AllocationSites.h"
#include "iis/Handlers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace iis {
namespace {

// IIS releases these itself: stored contexts through CleanupStoredContext,
// users through DereferenceUser.
bool isReleasedByIIS(QualType Allocated) {
  const CXXRecordDecl *Record = Allocated->getAsCXXRecordDecl();
  return Record && (derivesFromSdkClass(Record, "IHttpStoredContext") ||
                    derivesFromSdkClass(Record, "IHttpUser"));
}

bool isNothrowPlacement(const CXXNewExpr *New) {
  if (New->getNumPlacementArgs() != 1)
    return false;
  QualType T = New->getPlacementArg(0)->IgnoreImplicit()->getType();
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  return Record && Record->getName() == "nothrow_t" &&
         Record->getDeclContext()->isStdNamespace();
}

// A placement new (other than std::nothrow) or a class-specific operator new
// puts the object where the module chose: pool memory, a cache, a lookaside.
bool isCustomAllocation(const CXXNewExpr *New) {
  if (New->getNumPlacementArgs() > 0 && !isNothrowPlacement(New))
    return true;
  const FunctionDecl *OperatorNew = New->getOperatorNew();
  return OperatorNew && isa<CXXMethodDecl>(OperatorNew);
}

// FormatMessage allocates only with FORMAT_MESSAGE_ALLOCATE_BUFFER in its
// flags. Flags that are not a constant are not guessed.
bool formatMessageAllocates(const CallExpr *Call, ASTContext &Context) {
  if (Call->getNumArgs() == 0)
    return false;
  const Expr *Flags = Call->getArg(0);
  if (Flags->isValueDependent())
    return false;
  std::optional<llvm::APSInt> Value = Flags->getIntegerConstantExpr(Context);
  return Value && (Value->getZExtValue() & FormatMessageAllocateBuffer);
}

QualType smartPointerElement(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return {};
  const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 ||
      Args->get(0).getKind() != TemplateArgument::Type)
    return {};
  return Args->get(0).getAsType();
}

class Finder : public RecursiveASTVisitor<Finder> {
public:
  Finder(ASTContext &Context,
         llvm::function_ref<void(const AllocationSite &)> Found)
      : Context(Context), Found(Found) {}

  bool VisitCXXNewExpr(CXXNewExpr *New) {
    if (isCustomAllocation(New) || isReleasedByIIS(New->getAllocatedType()))
      return true;
    bool Array = New->isArray();
    Found({New, Array ? AllocationFamily::CxxNewArray : AllocationFamily::CxxNew,
           Array ? "new[]" : "new"});
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    const AllocationFunction *Entry = lookupAllocationFunction(Callee);
    if (!Entry)
      return true;
    if (Entry->Family == AllocationFamily::FormatMessageBuffer &&
        !formatMessageAllocates(Call, Context))
      return true;
    if (Entry->Family == AllocationFamily::SmartPointer) {
      QualType Element = smartPointerElement(Call);
      if (!Element.isNull() && isReleasedByIIS(Element))
        return true;
    }
    std::string Spelling = Callee->getQualifiedNameAsString();
    Found({Call, Entry->Family, std::move(Spelling)});
    return true;
  }

private:
  ASTContext &Context;
  llvm::function_ref<void(const AllocationSite &)> Found;
};

} // namespace

void findHeapAllocations(const Stmt *Body, ASTContext &Context,
                         llvm::function_ref<void(const AllocationSite &)> Found) {
  if (!Body)
    return;
  Finder(Context, Found).TraverseStmt(const_cast<Stmt *>(Body));
}

} // namespace iis
