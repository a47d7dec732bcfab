//===--- Handlers.cpp - IIS request handler discovery ---------------------===//

#include "iis/Handlers.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace iis {

static bool isGlobalClassNamed(const CXXRecordDecl *Record, llvm::StringRef Name) {
  if (!Record)
    return false;
  const IdentifierInfo *Id = Record->getIdentifier();
  return Id && Id->getName() == Name &&
         Record->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

bool isCHttpModule(const CXXRecordDecl *Record) {
  return isGlobalClassNamed(Record, "CHttpModule");
}

bool isCGlobalModule(const CXXRecordDecl *Record) {
  return isGlobalClassNamed(Record, "CGlobalModule");
}

bool derivesFromSdkClass(const CXXRecordDecl *Record, const char *Name) {
  // Hand-rolled rather than forallBases(), which also answers false for
  // dependent or incomplete bases.
  llvm::SmallVector<const CXXRecordDecl *, 8> Worklist{Record};
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  while (!Worklist.empty()) {
    const CXXRecordDecl *Current = Worklist.pop_back_val();
    if (!Current || !Seen.insert(Current).second)
      continue;
    if (isGlobalClassNamed(Current, Name))
      return true;
    const CXXRecordDecl *Definition = Current->getDefinition();
    if (!Definition)
      continue;
    for (const CXXBaseSpecifier &Base : Definition->bases())
      Worklist.push_back(Base.getType()->getAsCXXRecordDecl());
  }
  return false;
}

// The root of an override chain is the first declaration of the virtual
// function; Sema links every override to the methods it overrides.
static const CXXMethodDecl *overrideRoot(const CXXMethodDecl *Method,
                                         unsigned Depth = 0) {
  if (Depth > 64)
    return nullptr;
  if (Method->size_overridden_methods() == 0)
    return Method;
  for (const CXXMethodDecl *Base : Method->overridden_methods()) {
    if (const CXXMethodDecl *Root = overrideRoot(Base, Depth + 1)) {
      const CXXRecordDecl *Owner = Root->getParent();
      if (isCHttpModule(Owner) || isCGlobalModule(Owner))
        return Root;
    }
  }
  return nullptr;
}

const CXXMethodDecl *overriddenRequestHandler(const CXXMethodDecl *Method) {
  if (!Method || !Method->isVirtual() || Method->size_overridden_methods() == 0)
    return nullptr;
  const CXXMethodDecl *Root = overrideRoot(Method->getCanonicalDecl());
  if (!Root || !Root->getIdentifier())
    return nullptr;
  llvm::StringRef Name = Root->getName();
  if (isCHttpModule(Root->getParent()))
    return Name.starts_with("On") ? Root : nullptr;
  if (isCGlobalModule(Root->getParent()))
    return Name == "OnGlobalPreBeginRequest" ? Root : nullptr;
  return nullptr;
}

static const ParmVarDecl *pointerParameterTo(const FunctionDecl *F,
                                             llvm::StringRef ClassName) {
  for (const ParmVarDecl *Param : F->parameters()) {
    QualType T = Param->getType();
    if (T->isPointerType() &&
        isGlobalClassNamed(T->getPointeeType()->getAsCXXRecordDecl(), ClassName))
      return Param;
  }
  return nullptr;
}

const ParmVarDecl *httpContextParameter(const FunctionDecl *F) {
  return pointerParameterTo(F, "IHttpContext");
}

std::string requestPoolCall(const FunctionDecl *Handler) {
  if (const ParmVarDecl *Context = httpContextParameter(Handler))
    if (!Context->getName().empty())
      return ("'" + Context->getName() + "->AllocateRequestMemory()'").str();
  if (const ParmVarDecl *Provider =
          pointerParameterTo(Handler, "IPreBeginRequestProvider"))
    if (!Provider->getName().empty())
      return ("'" + Provider->getName() +
              "->GetHttpContext()->AllocateRequestMemory()'")
          .str();
  return "'IHttpContext::AllocateRequestMemory()'";
}

} // namespace iis
