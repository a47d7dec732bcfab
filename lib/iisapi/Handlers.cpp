//===--- Handlers.cpp - IIS request handler discovery ---------------------===//

#include "iisapi/Handlers.h"
#include "llvm/Support/ErrorHandling.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace iismodel {

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

const CXXRecordDecl *sdkBase(const CXXRecordDecl *Record, const char *Name) {
  // Hand-rolled rather than forallBases(), which also answers false for
  // dependent or incomplete bases.
  llvm::SmallVector<const CXXRecordDecl *, 8> Worklist{Record};
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  while (!Worklist.empty()) {
    const CXXRecordDecl *Current = Worklist.pop_back_val();
    if (!Current || !Seen.insert(Current).second)
      continue;
    if (isGlobalClassNamed(Current, Name))
      return Current;
    const CXXRecordDecl *Definition = Current->getDefinition();
    if (!Definition)
      continue;
    for (const CXXBaseSpecifier &Base : Definition->bases())
      Worklist.push_back(Base.getType()->getAsCXXRecordDecl());
  }
  return nullptr;
}

bool derivesFromSdkClass(const CXXRecordDecl *Record, const char *Name) {
  return sdkBase(Record, Name) != nullptr;
}

const CXXRecordDecl *moduleCreatedBy(const Expr *Allocation) {
  const auto *New = dyn_cast_or_null<CXXNewExpr>(Allocation);
  if (!New || New->isArray())
    return nullptr;
  const CXXRecordDecl *Record = New->getAllocatedType()->getAsCXXRecordDecl();
  return Record && derivesFromSdkClass(Record, "CHttpModule") ? Record : nullptr;
}

// The root of an override chain is the first declaration of the virtual
// function; Sema links every override to the methods it overrides.
static const CXXMethodDecl *overrideRoot(const CXXMethodDecl *Method, unsigned Depth) {
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

const CXXMethodDecl *overriddenSdkMethod(const CXXMethodDecl *Method) {
  if (!Method || !Method->isVirtual() || Method->size_overridden_methods() == 0)
    return nullptr;
  return overrideRoot(Method->getCanonicalDecl(), 0);
}

const CXXMethodDecl *overriddenGetHttpModule(const CXXMethodDecl *Method) {
  if (!Method || !Method->isVirtual() || Method->size_overridden_methods() == 0)
    return nullptr;
  llvm::SmallVector<const CXXMethodDecl *, 4> Worklist{Method->getCanonicalDecl()};
  for (unsigned Steps = 0; !Worklist.empty() && Steps < 64; ++Steps) {
    const CXXMethodDecl *Current = Worklist.pop_back_val();
    if (Current->size_overridden_methods() == 0) {
      if (isGlobalClassNamed(Current->getParent(), "IHttpModuleFactory") &&
          Current->getIdentifier() && Current->getName() == "GetHttpModule")
        return Current;
      continue;
    }
    for (const CXXMethodDecl *Base : Current->overridden_methods())
      Worklist.push_back(Base);
  }
  return nullptr;
}

const CXXMethodDecl *overriddenRequestHandler(const CXXMethodDecl *Method) {
  const CXXMethodDecl *Root = overriddenSdkMethod(Method);
  if (!Root || !Root->getIdentifier())
    return nullptr;
  llvm::StringRef Name = Root->getName();
  if (isCHttpModule(Root->getParent()))
    return Name.starts_with("On") ? Root : nullptr;
  if (isCGlobalModule(Root->getParent()))
    return Name == "OnGlobalPreBeginRequest" ? Root : nullptr;
  return nullptr;
}

static const ParmVarDecl *pointerParameterTo(const FunctionDecl *F, llvm::StringRef ClassName) {
  for (const ParmVarDecl *Param : F->parameters()) {
    QualType T = Param->getType();
    if (T->isPointerType() &&
        isGlobalClassNamed(T->getPointeeType()->getAsCXXRecordDecl(), ClassName))
      return Param;
  }
  return nullptr;
}

HandlerTiming handlerTiming(const CXXMethodDecl *SdkHandler) {
  if (isCGlobalModule(SdkHandler->getParent()))
    return HandlerTiming::StartOfRequest;
  llvm::StringRef Name = SdkHandler->getName();
  if (Name == "OnSendResponse" || Name == "OnReadEntity" || Name == "OnMapPath" ||
      Name == "OnCustomRequestNotification" || Name == "OnAsyncCompletion")
    return HandlerTiming::DuringRequest;
  return HandlerTiming::OncePerRequest;
}

HandlerTiming rootTiming(const CXXMethodDecl *SdkMethod) {
  return SdkMethod->getName() == "GetHttpModule" ? HandlerTiming::OncePerRequest
                                                 : handlerTiming(SdkMethod);
}

llvm::StringRef timingText(HandlerTiming Timing) {
  switch (Timing) {
  case HandlerTiming::OncePerRequest:
    return "once per request";
  case HandlerTiming::DuringRequest:
    return "while it serves a request";
  case HandlerTiming::StartOfRequest:
    return "at the start of every request";
  }
  llvm_unreachable("unknown handler timing");
}

const CXXMethodDecl *requestRoot(const CXXMethodDecl *Method, bool IncludeGetHttpModule) {
  if (const CXXMethodDecl *Handler = overriddenRequestHandler(Method))
    return Handler;
  return IncludeGetHttpModule ? overriddenGetHttpModule(Method) : nullptr;
}

const ParmVarDecl *httpContextParameter(const FunctionDecl *F) {
  return pointerParameterTo(F, "IHttpContext");
}

static const FieldDecl *moduleAllocatorField(const FunctionDecl *Function) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Function);
  if (!Method || Method->isStatic())
    return nullptr;
  for (const FieldDecl *Field : Method->getParent()->fields()) {
    QualType T = Field->getType();
    if (T->isPointerType() &&
        isGlobalClassNamed(T->getPointeeType()->getAsCXXRecordDecl(), "IModuleAllocator") &&
        !Field->getName().empty())
      return Field;
  }
  return nullptr;
}

std::optional<PoolObject> poolObjectInScope(const FunctionDecl *Function) {
  if (const ParmVarDecl *Context = httpContextParameter(Function))
    if (!Context->getName().empty())
      return PoolObject{Context->getName().str(), false};
  if (const ParmVarDecl *Provider = pointerParameterTo(Function, "IPreBeginRequestProvider"))
    if (!Provider->getName().empty())
      return PoolObject{(Provider->getName() + "->GetHttpContext()").str(), false};
  if (const ParmVarDecl *Allocator = pointerParameterTo(Function, "IModuleAllocator"))
    if (!Allocator->getName().empty())
      return PoolObject{Allocator->getName().str(), true};
  if (const FieldDecl *Field = moduleAllocatorField(Function))
    return PoolObject{Field->getName().str(), true};
  return std::nullopt;
}

std::string requestPoolCall(const FunctionDecl *Function) {
  if (std::optional<PoolObject> Pool = poolObjectInScope(Function))
    return "'" + Pool->Expression +
           (Pool->IsModuleAllocator ? "->AllocateMemory()'" : "->AllocateRequestMemory()'");
  if (httpContextParameter(Function) || pointerParameterTo(Function, "IPreBeginRequestProvider"))
    return "'IHttpContext::AllocateRequestMemory()'";
  return "'AllocateRequestMemory()' on the handler's IHttpContext* (pass it "
         "down to '" +
         Function->getNameAsString() + "')";
}

} // namespace iismodel
