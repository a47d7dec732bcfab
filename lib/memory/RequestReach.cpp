//===--- RequestReach.cpp - What a request handler runs -------------------===//

#include "memory/RequestReach.h"
#include "iisapi/Handlers.h"
#include "memory/Lifetime.h"
#include "memory/OnceOnly.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include <deque>

using namespace clang;

namespace iismodel {

const char DefaultContainerTypes[] =
    "std::basic_string;std::vector;std::deque;std::list;std::forward_list;"
    "std::map;std::multimap;std::set;std::multiset;std::unordered_map;"
    "std::unordered_multimap;std::unordered_set;std::unordered_multiset;"
    "ATL::CStringT;ATL::CSimpleStringT;ATL::CComBSTR;_bstr_t";

namespace {

// IIS releases these itself: stored contexts through CleanupStoredContext,
// users through DereferenceUser. They are also the only types the hand-over
// APIs (SetModuleContext, SetConnectionModuleContext, SetNamedContext,
// SetUser) accept.
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
  return Record && Record->getIdentifier() && Record->getName() == "nothrow_t" &&
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

QualType firstTemplateTypeArgument(const FunctionDecl *Callee) {
  const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 || Args->get(0).getKind() != TemplateArgument::Type)
    return {};
  return Args->get(0).getAsType();
}

// A direct call of the global ::operator new / new[] (not a new-expression).
bool isGlobalOperatorNew(const FunctionDecl *Callee) {
  OverloadedOperatorKind Kind = Callee->getOverloadedOperator();
  return (Kind == OO_New || Kind == OO_Array_New) && !isa<CXXMethodDecl>(Callee) &&
         Callee->getNumParams() == 1;
}

bool isInSystemHeader(const Decl *D, const SourceManager &SM) {
  return SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()));
}

// The function whose body a call runs, when the walk can follow it.
const FunctionDecl *followableDefinition(const FunctionDecl *Callee, const SourceManager &SM) {
  if (!Callee)
    return nullptr;
  const FunctionDecl *Definition = nullptr;
  if (!Callee->hasBody(Definition) || !Definition)
    return nullptr;
  // STL, ATL and SDK internals are not walked: a call into them is judged at
  // the call (the catalogue, the container tier), never inside.
  if (isInSystemHeader(Definition, SM))
    return nullptr;
  return Definition;
}

const char *const GrowthMethods[] = {
    "push_back",    "emplace_back", "push_front", "emplace_front", "insert",  "emplace",
    "emplace_hint", "append",       "assign",     "resize",        "reserve", "operator+=",
    "Append",       "AppendChar",   "Format",     "SetString",
};

} // namespace

class SummaryBuilder : public RecursiveASTVisitor<SummaryBuilder> {
public:
  SummaryBuilder(RequestReach &Reach, const FunctionDecl *Function, FunctionSummary &Summary)
      : Reach(Reach), SM(Reach.Context.getSourceManager()), Function(Function), Summary(Summary) {}

  void build() {
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Function))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->getInit())
          TraverseStmt(Init->getInit());
    TraverseStmt(Function->getBody());
  }

  // Declarations inside a body: a static local's initializer runs once, not
  // per request; a local class's methods run only when called.
  bool TraverseVarDecl(VarDecl *Var) {
    if (Var->isStaticLocal())
      return true;
    return RecursiveASTVisitor::TraverseVarDecl(Var);
  }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }

  // Lazy initialisation the process runs once (OnceOnly.h) is not
  // per-request work; the condition and the else branch still are.
  bool TraverseIfStmt(IfStmt *If) {
    if (!runsOncePerProcess(If, Reach.Context))
      return RecursiveASTVisitor::TraverseIfStmt(If);
    return TraverseStmt(If->getInit()) && TraverseStmt(If->getCond()) &&
           TraverseStmt(If->getElse());
  }
  bool TraverseCallExpr(CallExpr *Call) {
    return isOnceOnlyCall(Call) || RecursiveASTVisitor::TraverseCallExpr(Call);
  }
  bool TraverseFunctionDecl(FunctionDecl *) { return true; }
  bool TraverseCXXMethodDecl(CXXMethodDecl *) { return true; }

  // Default member initializers run in the constructor that uses them, and
  // default arguments at the call.
  bool TraverseCXXDefaultInitExpr(CXXDefaultInitExpr *E) { return TraverseStmt(E->getExpr()); }
  bool TraverseCXXDefaultArgExpr(CXXDefaultArgExpr *E) { return TraverseStmt(E->getExpr()); }

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp() && longLivedStorage(Op->getLHS(), Reach.LongLivedClasses))
      LongLived.insert(storedValue(Op->getRHS()));
    return true;
  }

  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    if (Call->getOperator() == OO_Equal && Call->getNumArgs() == 2 &&
        longLivedStorage(Call->getArg(0), Reach.LongLivedClasses))
      LongLived.insert(storedValue(Call->getArg(1)));
    return true;
  }

  bool VisitCXXNewExpr(CXXNewExpr *New) {
    if (isCustomAllocation(New))
      return true;
    if (LongLived.contains(New) || isReleasedByIIS(New->getAllocatedType())) {
      // A long-lived object, or one IIS owns: its constructor's allocations
      // belong to it.
      if (const CXXConstructExpr *Construct = New->getConstructExpr())
        Skipped.insert(Construct);
      return true;
    }
    bool Array = New->isArray();
    addSite(New, Array ? AllocationFamily::CxxNewArray : AllocationFamily::CxxNew,
            Array ? "new[]" : "new");
    return true;
  }

  // g_Cache.Put(Key, _strdup(Value)): handed to a long-lived object whose
  // method keeps it (one level: Put's own body).
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (!Method || !isLongLivedObject(Call->getImplicitObjectArgument(), Reach.LongLivedClasses))
      return true;
    for (unsigned I = 0; I < Call->getNumArgs(); ++I)
      if (storesParameterInMember(Method, I))
        LongLived.insert(storedValue(Call->getArg(I)));
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true; // Calls through pointers are not followed.
    if (isGlobalOperatorNew(Callee) && !LongLived.contains(Call)) {
      addSite(Call, AllocationFamily::CxxNew, "operator new");
      return true;
    }
    if (const AllocationFunction *Entry = Reach.Catalogue.lookup(Callee)) {
      if (LongLived.contains(Call))
        return true;
      if (Entry->Family == AllocationFamily::FormatMessageBuffer &&
          !formatMessageAllocates(Call, Reach.Context))
        return true;
      // make_unique(...).release() into SetModuleContext is ANCM's pattern;
      // make_shared keeps a count IIS does not know about.
      if (Entry->Family == AllocationFamily::SmartPointer && Callee->getName() == "make_unique") {
        QualType Element = firstTemplateTypeArgument(Callee);
        if (!Element.isNull() && isReleasedByIIS(Element))
          return true;
      }
      addSite(Call, Entry->Family, Callee->getQualifiedNameAsString());
      return true;
    }
    if (Reach.Options.IncludeContainers && isContainerGrowth(Call))
      return true;
    if (const FunctionDecl *Definition = followableDefinition(Callee, SM))
      Summary.Calls.push_back({Function, Definition, Call, false});
    else
      addExternalCall(Callee, Call, false);
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    if (Skipped.contains(Construct))
      return true;
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (Reach.Options.IncludeContainers && Construct->getNumArgs() > 0 &&
        !Ctor->isCopyOrMoveConstructor() && !LongLived.contains(Construct))
      if (const CXXRecordDecl *Container = containerClass(Construct->getType())) {
        addSite(Construct, AllocationFamily::Container, Container->getQualifiedNameAsString());
        return true;
      }
    if (Ctor->isTrivial())
      return true;
    if (const FunctionDecl *Definition = followableDefinition(Ctor, SM))
      Summary.Calls.push_back({Function, Definition, Construct, true});
    else
      addExternalCall(Ctor, Construct, true);
    return true;
  }

private:
  // A user function declared here and defined elsewhere (not one of the
  // system headers' functions, whose bodies are never walked).
  void addExternalCall(const FunctionDecl *Callee, const Expr *Call, bool IsConstruction) {
    if (Callee->hasBody() || isInSystemHeader(Callee, SM))
      return;
    Summary.ExternalCalls.push_back({Function, Callee, Call, IsConstruction});
  }

  void addSite(const Expr *Allocation, AllocationFamily Family, std::string Spelling) {
    if (SM.isInSystemHeader(SM.getExpansionLoc(Allocation->getBeginLoc())))
      return;
    Summary.Allocations.push_back({Allocation, Family, std::move(Spelling), Function});
  }

  const CXXRecordDecl *containerClass(QualType T) const {
    return containerClass(T.isNull() ? nullptr : T->getAsCXXRecordDecl());
  }

  const CXXRecordDecl *containerClass(const CXXRecordDecl *Record) const {
    if (!Record || !Record->getIdentifier() ||
        !Reach.ContainerIdentifiers.contains(Record->getName()))
      return nullptr;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
      Record = Spec->getSpecializedTemplate()->getTemplatedDecl();
    std::string Qualified = Record->getQualifiedNameAsString();
    for (const std::string &Name : Reach.Options.ContainerTypes)
      if (Qualified == Name)
        return Record;
    return nullptr;
  }

  // push_back, append, operator+= and the like on a tier container. True
  // when the call is one, whether or not it is reported: a container held by
  // long-lived state may grow across requests on purpose.
  bool isContainerGrowth(const CallExpr *Call) {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
    if (!Method || !containerClass(Method->getParent()))
      return false;
    std::string Name = Method->getNameAsString();
    if (!llvm::is_contained(GrowthMethods, Name))
      return false;
    const Expr *Object = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      Object = Member->getImplicitObjectArgument();
    else if (isa<CXXOperatorCallExpr>(Call) && Call->getNumArgs() > 0)
      Object = Call->getArg(0);
    if (Object && longLivedStorage(Object, Reach.LongLivedClasses))
      return true;
    addSite(Call, AllocationFamily::Container,
            Method->getParent()->getQualifiedNameAsString() + "::" + Name);
    return true;
  }

  RequestReach &Reach;
  const SourceManager &SM;
  const FunctionDecl *Function;
  FunctionSummary &Summary;
  /// Allocations whose value is stored into long-lived state.
  llvm::DenseSet<const Expr *> LongLived;
  /// Constructions the walk must not follow.
  llvm::DenseSet<const Expr *> Skipped;
};

RequestReach::RequestReach(ASTContext &Context, const AllocationCatalogue &Catalogue,
                           ReachOptions Options)
    : Context(Context), Catalogue(Catalogue), Options(std::move(Options)),
      Walker(this->Options.MaxCallDepth) {
  LongLivedClasses = longLivedClassesOf(Context);
  for (std::string &Name : this->Options.ContainerTypes) {
    llvm::StringRef Trimmed = llvm::StringRef(Name).trim();
    Trimmed.consume_front("::");
    Name = Trimmed.str(); // Trimmed dangles from here on.
    llvm::StringRef Qualified = Name;
    size_t Last = Qualified.rfind("::");
    ContainerIdentifiers.insert(Last == llvm::StringRef::npos ? Qualified
                                                              : Qualified.drop_front(Last + 2));
  }
}

RequestReach::~RequestReach() = default;

const FunctionSummary &RequestReach::summary(const FunctionDecl *F) {
  std::unique_ptr<FunctionSummary> &Slot = Summaries[F];
  if (!Slot) {
    Slot = std::make_unique<FunctionSummary>();
    SummaryBuilder(*this, F, *Slot).build();
  }
  return *Slot;
}

void RequestReach::forEachNewAllocation(
    const FunctionDecl *Root,
    llvm::function_ref<void(const AllocationSite &, llvm::ArrayRef<CallEdge>)> Found) {
  std::vector<CallEdge> Edges;
  Walker.walk(
      Root,
      [&](const FunctionDecl *F) -> const std::vector<CallEdge> & { return summary(F).Calls; },
      [](const CallEdge &Edge) { return std::optional<const FunctionDecl *>(Edge.Callee); },
      [&](const FunctionDecl *F,
          llvm::ArrayRef<CallChainWalker<const FunctionDecl *, CallEdge>::Step> Chain) {
        for (const AllocationSite &Site : summary(F).Allocations) {
          if (!Reported.insert(Site.Allocation->getBeginLoc()).second)
            continue;
          Edges.clear();
          for (const auto &Step : Chain)
            Edges.push_back(*Step.Edge);
          Found(Site, Edges);
        }
      });
}

} // namespace iismodel
