//===--- Lifetime.cpp - State that outlives a request ---------------------===//

#include "memory/Lifetime.h"
#include "iisapi/Handlers.h"
#include "iisapi/Notifications.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
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
  // The global module and the factory live until the DLL unloads; a
  // connection's stored context across the keep-alive requests of a
  // connection.
  if (derivesFromSdkClass(Record, "CGlobalModule") ||
      derivesFromSdkClass(Record, "IHttpModuleFactory") ||
      derivesFromSdkClass(Record, "IHttpConnectionStoredContext"))
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

bool isLongLivedObject(const Expr *Object, llvm::ArrayRef<std::string> LongLivedClasses) {
  if (!Object)
    return false;
  Object = Object->IgnoreParenImpCasts();
  if (const auto *Deref = dyn_cast<UnaryOperator>(Object); Deref && Deref->getOpcode() == UO_Deref)
    Object = Deref->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *This = dyn_cast<CXXThisExpr>(Object))
    return isLongLivedClass(This->getType()->getPointeeCXXRecordDecl(), LongLivedClasses);
  return longLivedStorage(Object, LongLivedClasses) != nullptr;
}

namespace {

// The module class of the object \p Handed (what GetHttpModule stores into
// *ppModule) when it is one object for every request, else null.
const CXXRecordDecl *sharedModuleObject(const Expr *Handed) {
  Handed = Handed->IgnoreParenCasts();
  QualType Object;
  if (const auto *AddressOf = dyn_cast<UnaryOperator>(Handed);
      AddressOf && AddressOf->getOpcode() == UO_AddrOf) {
    const Expr *Target = AddressOf->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Target)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (!Var || !Var->hasGlobalStorage())
        return nullptr;
    } else if (!isa<MemberExpr>(Target)) {
      return nullptr;
    }
    Object = Target->getType();
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(Handed)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var || !Var->hasGlobalStorage())
      return nullptr;
    Object = Var->getType()->getPointeeType();
  } else if (const auto *Member = dyn_cast<MemberExpr>(Handed)) {
    if (!isa<FieldDecl>(Member->getMemberDecl()) && !isa<VarDecl>(Member->getMemberDecl()))
      return nullptr;
    Object = Member->getType()->getPointeeType();
  }
  const CXXRecordDecl *Module = Object.isNull() ? nullptr : Object->getAsCXXRecordDecl();
  return Module && derivesFromSdkClass(Module, "CHttpModule") ? Module : nullptr;
}

// The stores into *ppModule of a GetHttpModule body.
class ModuleHandOff : public RecursiveASTVisitor<ModuleHandOff> {
public:
  explicit ModuleHandOff(const ParmVarDecl *Out) : Out(Out) {}
  std::vector<const CXXRecordDecl *> Shared;
  bool PerRequest = false;

  bool VisitBinaryOperator(BinaryOperator *Op) {
    const auto *Deref = dyn_cast<UnaryOperator>(Op->getLHS()->IgnoreParenImpCasts());
    if (Op->getOpcode() != BO_Assign || !Deref || Deref->getOpcode() != UO_Deref)
      return true;
    const auto *Ref = dyn_cast<DeclRefExpr>(Deref->getSubExpr()->IgnoreParenImpCasts());
    if (!Ref || Ref->getDecl() != Out)
      return true;
    if (const CXXRecordDecl *Module = sharedModuleObject(Op->getRHS()))
      Shared.push_back(Module);
    else
      PerRequest = true;
    return true;
  }

private:
  const ParmVarDecl *Out;
};

// The factories and function definitions the TU has outside system headers.
struct UserDecls {
  std::vector<const CXXRecordDecl *> Factories;
  std::vector<const FunctionDecl *> Functions;
};

void collectUserDecls(const DeclContext *Context, const SourceManager &SM, UserDecls &Found) {
  for (const Decl *D : Context->decls()) {
    if (SM.isInSystemHeader(D->getLocation()))
      continue;
    if (isa<NamespaceDecl, LinkageSpecDecl>(D)) {
      collectUserDecls(cast<DeclContext>(D), SM, Found);
    } else if (const auto *Record = dyn_cast<CXXRecordDecl>(D)) {
      if (!Record->isThisDeclarationADefinition())
        continue;
      if (derivesFromSdkClass(Record, "IHttpModuleFactory"))
        Found.Factories.push_back(Record);
      collectUserDecls(Record, SM, Found);
    } else if (const auto *Function = dyn_cast<FunctionDecl>(D)) {
      if (Function->doesThisDeclarationHaveABody())
        Found.Functions.push_back(Function);
    } else if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D)) {
      if (Template->getTemplatedDecl()->doesThisDeclarationHaveABody())
        Found.Functions.push_back(Template->getTemplatedDecl());
    }
  }
}

// The module classes a factory hands out as one object for all requests.
void addSharedModules(const CXXRecordDecl *Factory, std::vector<std::string> &Classes) {
  for (const CXXMethodDecl *Method : Factory->methods()) {
    const FunctionDecl *Definition = nullptr;
    if (Method->getName() != "GetHttpModule" || Method->getNumParams() == 0 ||
        !Method->hasBody(Definition))
      continue;
    ModuleHandOff HandOff(Definition->getParamDecl(0));
    HandOff.TraverseStmt(Definition->getBody());
    // A factory that sometimes creates one per request shares nothing.
    if (HandOff.PerRequest)
      continue;
    for (const CXXRecordDecl *Module : HandOff.Shared)
      Classes.push_back(Module->getQualifiedNameAsString());
  }
}

bool isSdkInterface(QualType Pointer, llvm::ArrayRef<llvm::StringRef> Names) {
  const CXXRecordDecl *Record = Pointer.isNull() ? nullptr : Pointer->getPointeeCXXRecordDecl();
  return Record && Record->getIdentifier() && llvm::is_contained(Names, Record->getName());
}

// Whether \p Container, a module-context container, outlives the request:
// a connection's, an application's or a site's.
bool isLongLivedContainer(const Expr *Container) {
  Container = Container->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Container))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()); Var && Var->getInit())
      Container = Var->getInit()->IgnoreParenImpCasts();
  if (isSdkInterface(Container->getType(), {"IHttpConnectionModuleContextContainer"}))
    return true;
  const auto *Get = dyn_cast<CXXMemberCallExpr>(Container);
  return Get && Get->getMethodDecl() &&
         Get->getMethodDecl()->getName() == "GetModuleContextContainer" &&
         isSdkInterface(Get->getImplicitObjectArgument()->getType(),
                        {"IHttpConnection", "IHttpApplication", "IHttpSite"});
}

// The classes of the contexts a body stores in a container that outlives
// the request.
class LongLivedContexts : public RecursiveASTVisitor<LongLivedContexts> {
public:
  std::vector<std::string> &Classes;
  explicit LongLivedContexts(std::vector<std::string> &Classes) : Classes(Classes) {}

  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (!Method || !Method->getIdentifier() || Call->getNumArgs() == 0)
      return true;
    StringRef Name = Method->getName();
    bool Stores =
        Name == "SetConnectionModuleContext" ||
        (Name == "SetModuleContext" && isLongLivedContainer(Call->getImplicitObjectArgument()));
    if (Stores)
      if (const CXXRecordDecl *Context = pointeeClass(Call->getArg(0)))
        Classes.push_back(Context->getQualifiedNameAsString());
    return true;
  }
};

} // namespace

std::vector<std::string> longLivedClassesOf(ASTContext &Context) {
  UserDecls Found;
  collectUserDecls(Context.getTranslationUnitDecl(), Context.getSourceManager(), Found);
  std::vector<std::string> Classes;
  for (const CXXRecordDecl *Factory : Found.Factories)
    addSharedModules(Factory, Classes);
  LongLivedContexts Contexts(Classes);
  for (const FunctionDecl *Function : Found.Functions)
    Contexts.TraverseStmt(Function->getBody());
  llvm::sort(Classes);
  Classes.erase(std::unique(Classes.begin(), Classes.end()), Classes.end());
  return Classes;
}

namespace {

// Whether a method's body stores one parameter into a member of `this`.
class ParameterStore : public RecursiveASTVisitor<ParameterStore> {
public:
  explicit ParameterStore(const ParmVarDecl *Param) : Param(Param) {}
  bool Found = false;

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->getOpcode() == BO_Assign && intoMember(Op->getLHS()) && isParam(Op->getRHS()))
      Found = true;
    return !Found;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    if (Call->getOperator() == OO_Equal && Call->getNumArgs() == 2 && intoMember(Call->getArg(0)) &&
        isParam(Call->getArg(1)))
      Found = true;
    return !Found;
  }
  // m_List.push_back(p), m_Map.insert(..., p): a member container keeps it.
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    if (intoMember(Call->getImplicitObjectArgument()) &&
        llvm::any_of(Call->arguments(), [&](const Expr *Arg) { return isParam(Arg); }))
      Found = true;
    return !Found;
  }

private:
  bool isParam(const Expr *E) const {
    const auto *Ref = dyn_cast<DeclRefExpr>(storedValue(E));
    return Ref && Ref->getDecl() == Param;
  }
  // A member of `this`, or an element or member of one.
  static bool intoMember(const Expr *E) {
    while (E) {
      E = E->IgnoreParenImpCasts();
      if (const auto *Member = dyn_cast<MemberExpr>(E)) {
        if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
          return true;
        E = Member->getBase();
      } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
        E = Subscript->getBase();
      } else if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E);
                 Call && Call->getOperator() == OO_Subscript && Call->getNumArgs() > 0) {
        E = Call->getArg(0);
      } else {
        return false;
      }
    }
    return false;
  }

  const ParmVarDecl *Param;
};

} // namespace

bool storesParameterInMember(const CXXMethodDecl *Method, unsigned Index) {
  const FunctionDecl *Definition = nullptr;
  if (!Method || Method->isStatic() || !Method->hasBody(Definition) ||
      Index >= Definition->getNumParams())
    return false;
  ParameterStore Store(Definition->getParamDecl(Index));
  Store.TraverseStmt(Definition->getBody());
  return Store.Found;
}

} // namespace iismodel
