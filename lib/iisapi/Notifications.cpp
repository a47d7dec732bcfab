//===--- Notifications.cpp - Registered events and their handlers ---------===//

#include "iisapi/Notifications.h"
#include "iisapi/Handlers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace iismodel {

// Facts sheet §1.1 and §4.1. RQ_SEND_RESPONSE_STATUS_AND_HEADERS has no
// handler, and no mask bit subscribes to OnAsyncCompletion.
static const NotificationEvent RequestEvents[] = {
    {"RQ_BEGIN_REQUEST", 0x00000001, "OnBeginRequest", "OnPostBeginRequest"},
    {"RQ_AUTHENTICATE_REQUEST", 0x00000002, "OnAuthenticateRequest", "OnPostAuthenticateRequest"},
    {"RQ_AUTHORIZE_REQUEST", 0x00000004, "OnAuthorizeRequest", "OnPostAuthorizeRequest"},
    {"RQ_RESOLVE_REQUEST_CACHE", 0x00000008, "OnResolveRequestCache", "OnPostResolveRequestCache"},
    {"RQ_MAP_REQUEST_HANDLER", 0x00000010, "OnMapRequestHandler", "OnPostMapRequestHandler"},
    {"RQ_ACQUIRE_REQUEST_STATE", 0x00000020, "OnAcquireRequestState", "OnPostAcquireRequestState"},
    {"RQ_PRE_EXECUTE_REQUEST_HANDLER", 0x00000040, "OnPreExecuteRequestHandler",
     "OnPostPreExecuteRequestHandler"},
    {"RQ_EXECUTE_REQUEST_HANDLER", 0x00000080, "OnExecuteRequestHandler",
     "OnPostExecuteRequestHandler"},
    {"RQ_RELEASE_REQUEST_STATE", 0x00000100, "OnReleaseRequestState", "OnPostReleaseRequestState"},
    {"RQ_UPDATE_REQUEST_CACHE", 0x00000200, "OnUpdateRequestCache", "OnPostUpdateRequestCache"},
    {"RQ_LOG_REQUEST", 0x00000400, "OnLogRequest", "OnPostLogRequest"},
    {"RQ_END_REQUEST", 0x00000800, "OnEndRequest", "OnPostEndRequest"},
    {"RQ_CUSTOM_NOTIFICATION", 0x10000000, "OnCustomRequestNotification", ""},
    {"RQ_SEND_RESPONSE", 0x20000000, "OnSendResponse", ""},
    {"RQ_READ_ENTITY", 0x40000000, "OnReadEntity", ""},
    {"RQ_MAP_PATH", 0x80000000u, "OnMapPath", ""},
};

// Facts sheet §2 and §4.2.
static const NotificationEvent GlobalEvents[] = {
    {"GL_STOP_LISTENING", 0x00000002, "OnGlobalStopListening", ""},
    {"GL_CACHE_CLEANUP", 0x00000004, "OnGlobalCacheCleanup", ""},
    {"GL_CACHE_OPERATION", 0x00000010, "OnGlobalCacheOperation", ""},
    {"GL_HEALTH_CHECK", 0x00000020, "OnGlobalHealthCheck", ""},
    {"GL_CONFIGURATION_CHANGE", 0x00000040, "OnGlobalConfigurationChange", ""},
    {"GL_FILE_CHANGE", 0x00000080, "OnGlobalFileChange", ""},
    {"GL_PRE_BEGIN_REQUEST", 0x00000100, "OnGlobalPreBeginRequest", ""},
    {"GL_APPLICATION_START", 0x00000200, "OnGlobalApplicationStart", ""},
    {"GL_APPLICATION_RESOLVE_MODULES", 0x00000400, "OnGlobalApplicationResolveModules", ""},
    {"GL_APPLICATION_STOP", 0x00000800, "OnGlobalApplicationStop", ""},
    {"GL_RSCA_QUERY", 0x00001000, "OnGlobalRSCAQuery", ""},
    {"GL_TRACE_EVENT", 0x00002000, "OnGlobalTraceEvent", ""},
    {"GL_CUSTOM_NOTIFICATION", 0x00004000, "OnGlobalCustomNotification", ""},
    {"GL_THREAD_CLEANUP", 0x00008000, "OnGlobalThreadCleanup", ""},
    {"GL_APPLICATION_PRELOAD", 0x00010000, "OnGlobalApplicationPreload", ""},
    {"GL_SUSPEND_PROCESS", 0x00020000, "OnSuspendProcess", ""},
};

llvm::ArrayRef<NotificationEvent> requestNotifications() { return RequestEvents; }
llvm::ArrayRef<NotificationEvent> globalNotifications() { return GlobalEvents; }

std::optional<uint32_t> constantMask(const Expr *Mask, const ASTContext &Context) {
  Expr::EvalResult Result;
  if (Mask->isValueDependent() || !Mask->EvaluateAsInt(Result, Context))
    return std::nullopt;
  return static_cast<uint32_t>(Result.Val.getInt().getZExtValue());
}

static void collectMaskOperands(const Expr *Mask, const ASTContext &Context,
                                std::vector<std::pair<uint32_t, const Expr *>> &Operands) {
  Mask = Mask->IgnoreParenImpCasts();
  if (const auto *Or = dyn_cast<BinaryOperator>(Mask); Or && Or->getOpcode() == BO_Or) {
    collectMaskOperands(Or->getLHS(), Context, Operands);
    collectMaskOperands(Or->getRHS(), Context, Operands);
    return;
  }
  if (std::optional<uint32_t> Value = constantMask(Mask, Context); Value && *Value)
    Operands.push_back({*Value, Mask});
}

std::vector<std::pair<uint32_t, const Expr *>> maskOperands(const Expr *Mask,
                                                            const ASTContext &Context) {
  std::vector<std::pair<uint32_t, const Expr *>> Operands;
  collectMaskOperands(Mask, Context, Operands);
  return Operands;
}

// \p Record and its bases below the SDK classes, most derived first.
static llvm::SmallVector<const CXXRecordDecl *, 4> userClassesOf(const CXXRecordDecl *Record) {
  llvm::SmallVector<const CXXRecordDecl *, 4> Classes;
  llvm::SmallPtrSet<const CXXRecordDecl *, 4> Seen;
  llvm::SmallVector<const CXXRecordDecl *, 4> Worklist{Record};
  while (!Worklist.empty() && Classes.size() < 64) {
    const CXXRecordDecl *Current = Worklist.pop_back_val();
    if (!Current || !(Current = Current->getDefinition()) || !Seen.insert(Current).second ||
        isCHttpModule(Current) || isCGlobalModule(Current))
      continue;
    Classes.push_back(Current);
    for (const CXXBaseSpecifier &Base : llvm::reverse(Current->bases()))
      Worklist.push_back(Base.getType()->getAsCXXRecordDecl());
  }
  return Classes;
}

llvm::StringMap<const CXXMethodDecl *> overriddenSdkHandlers(const CXXRecordDecl *Module) {
  llvm::StringMap<const CXXMethodDecl *> Overrides;
  for (const CXXRecordDecl *Class : userClassesOf(Module))
    for (const CXXMethodDecl *Method : Class->methods())
      if (const CXXMethodDecl *Sdk = overriddenSdkMethod(Method))
        if (Sdk->getIdentifier())
          Overrides.try_emplace(Sdk->getName(), Method);
  return Overrides;
}

static const CXXRecordDecl *definedClass(QualType T) {
  const CXXRecordDecl *Record = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return Record ? Record->getDefinition() : nullptr;
}

const CXXRecordDecl *pointeeClass(const Expr *Pointer) {
  for (unsigned Depth = 0; Pointer && Depth < 8; ++Depth) {
    Pointer = Pointer->IgnoreParenCasts();
    if (const auto *New = dyn_cast<CXXNewExpr>(Pointer))
      return definedClass(New->getAllocatedType());
    if (const auto *Op = dyn_cast<UnaryOperator>(Pointer); Op && Op->getOpcode() == UO_AddrOf)
      return definedClass(Op->getSubExpr()->getType());
    if (!Pointer->getType()->isPointerType())
      return nullptr;
    const CXXRecordDecl *Declared = definedClass(Pointer->getType()->getPointeeType());
    const auto *Ref = dyn_cast<DeclRefExpr>(Pointer);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    // IHttpModuleFactory *pFactory = new CFactory: the variable's class is
    // the interface; its initializer knows the real one.
    bool IsInterface =
        Declared && (isCGlobalModule(Declared) ||
                     (Declared->getIdentifier() && Declared->getName() == "IHttpModuleFactory"));
    if (IsInterface && Var && Var->getInit()) {
      Pointer = Var->getInit();
      continue;
    }
    return Declared;
  }
  return nullptr;
}

namespace {
class ModuleCreations : public RecursiveASTVisitor<ModuleCreations> {
public:
  bool VisitCXXNewExpr(CXXNewExpr *New) {
    if (const CXXRecordDecl *Module = moduleCreatedBy(New)) {
      if (!Found)
        Found = FactoryProduct{Module->getDefinition(), New};
      else if (Found->Module != Module->getDefinition())
        Ambiguous = true;
    }
    return true;
  }
  std::optional<FactoryProduct> Found;
  bool Ambiguous = false;
};
} // namespace

std::optional<FactoryProduct> moduleCreatedByFactory(const CXXRecordDecl *Factory) {
  for (const CXXRecordDecl *Class : userClassesOf(Factory))
    for (const CXXMethodDecl *Method : Class->methods()) {
      if (!overriddenGetHttpModule(Method))
        continue;
      const FunctionDecl *Definition = nullptr;
      if (!Method->hasBody(Definition))
        return std::nullopt;
      ModuleCreations Creations;
      Creations.TraverseStmt(Definition->getBody());
      if (Creations.Ambiguous || !Creations.Found || !Creations.Found->Module)
        return std::nullopt;
      return Creations.Found;
    }
  return std::nullopt;
}

const CXXMethodDecl *nearestSdkHandler(const CXXMethodDecl *Method, unsigned MaxDistance) {
  const IdentifierInfo *Id = Method->getIdentifier();
  if (!Id || !Id->getName().starts_with_insensitive("on"))
    return nullptr;
  const CXXMethodDecl *Nearest = nullptr;
  unsigned NearestDistance = MaxDistance + 1;
  for (const char *SdkClass : {"CHttpModule", "CGlobalModule"}) {
    const CXXRecordDecl *Base = sdkBase(Method->getParent(), SdkClass);
    if (!Base || !(Base = Base->getDefinition()))
      continue;
    for (const CXXMethodDecl *Handler : Base->methods()) {
      if (!Handler->isVirtual() || !Handler->getIdentifier() ||
          !Handler->getName().starts_with("On"))
        continue;
      unsigned Distance = Id->getName().edit_distance_insensitive(
          Handler->getName(), /*AllowReplacements=*/true, MaxDistance);
      if (Distance < NearestDistance) {
        Nearest = Handler;
        NearestDistance = Distance;
      }
    }
  }
  return Nearest;
}

SignatureDifference compareWithHandler(const CXXMethodDecl *Method, const CXXMethodDecl *Handler) {
  SignatureDifference Difference;
  Difference.NameDiffers = Method->getDeclName() != Handler->getDeclName();
  const auto *Mine = Method->getType()->castAs<FunctionProtoType>();
  const auto *Theirs = Handler->getType()->castAs<FunctionProtoType>();
  if (Mine->getNumParams() != Theirs->getNumParams()) {
    Difference.What = SignatureDifference::ParameterCount;
  } else {
    for (unsigned I = 0, N = Mine->getNumParams(); I != N; ++I)
      if (Mine->getParamType(I).getCanonicalType() != Theirs->getParamType(I).getCanonicalType()) {
        Difference.What = SignatureDifference::ParameterType;
        Difference.Parameter = I;
        break;
      }
  }
  if (Difference.What == SignatureDifference::None &&
      (Mine->getMethodQuals() != Theirs->getMethodQuals() ||
       Mine->getRefQualifier() != Theirs->getRefQualifier()))
    Difference.What = SignatureDifference::Qualifiers;
  if (Difference.What == SignatureDifference::None && Method->isStatic())
    Difference.What = SignatureDifference::Static;
  if (Difference.What == SignatureDifference::None &&
      Mine->getReturnType().getCanonicalType() != Theirs->getReturnType().getCanonicalType())
    Difference.What = SignatureDifference::ReturnType;
  Difference.RenameOverrides =
      Difference.NameDiffers && Difference.What == SignatureDifference::None;
  return Difference;
}

} // namespace iismodel
