//===--- NotificationMaskMismatchCheck.cpp - iis-tidy ---------------------===//

#include "NotificationMaskMismatchCheck.h"
#include "SourceEdits.h"

#include "iisapi/Handlers.h"
#include "iisapi/Notifications.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/MapVector.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral CallId = "registration";

NotificationMaskMismatchCheck::NotificationMaskMismatchCheck(StringRef Name,
                                                             ClangTidyContext *Context)
    : IISCheck(Name, Context),
      ReportUnregisteredHandlers(Options.get("ReportUnregisteredHandlers", true)) {}

void NotificationMaskMismatchCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  IISCheck::storeOptions(Opts);
  Options.store(Opts, "ReportUnregisteredHandlers", ReportUnregisteredHandlers);
}

void NotificationMaskMismatchCheck::registerMatchers(MatchFinder *Finder) {
  // Registrations in function bodies; templates are not evaluated (and no
  // parent map is built to tell their instantiations apart).
  Finder->addMatcher(
      functionDecl(
          isDefinition(), unless(isExpansionInSystemHeader()),
          unless(ast_matchers::isTemplateInstantiation()),
          hasBody(forEachDescendant(
              cxxMemberCallExpr(callee(cxxMethodDecl(
                                    hasAnyName("SetRequestNotifications", "SetGlobalNotifications"),
                                    ofClass(hasName("::IHttpModuleRegistrationInfo")))))
                  .bind(CallId)))),
      this);
}

void NotificationMaskMismatchCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CXXMemberCallExpr>(CallId);
  Context = Result.Context;
  if (!Call->getMethodDecl() || Call->isValueDependent() || Call->isTypeDependent())
    return;
  const bool IsGlobal = Call->getMethodDecl()->getName() == "SetGlobalNotifications";
  if (Call->getNumArgs() != (IsGlobal ? 2u : 3u))
    return;
  const CXXRecordDecl *Target = iismodel::pointeeClass(Call->getArg(0));
  const CXXRecordDecl *Module = nullptr;
  const Expr *Creation = nullptr;
  if (IsGlobal) {
    if (Target && iismodel::derivesFromSdkClass(Target, "CGlobalModule") &&
        !iismodel::isCGlobalModule(Target))
      Module = Target;
  } else if (Target) {
    if (std::optional<iismodel::FactoryProduct> Product =
            iismodel::moduleCreatedByFactory(Target)) {
      Module = Product->Module;
      Creation = Product->Creation;
    }
  }
  // A class the TU cannot resolve is not guessed.
  if (!Module || Module->isDependentContext())
    return;
  for (unsigned Arg = 1; Arg < Call->getNumArgs(); ++Arg) {
    const Expr *Mask = Call->getArg(Arg);
    Registrations.push_back({Call, Module, Creation, Mask,
                             iismodel::constantMask(Mask, *Result.Context), Arg == 2, IsGlobal});
  }
}

// Where \p Bit is written in \p Mask (its macro's use, for RQ_* names), else
// where the mask starts.
static SourceLocation bitLocation(const Expr *Mask, uint32_t Bit, const ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  for (const auto &[Value, Operand] : iismodel::maskOperands(Mask, Context))
    if (Value == Bit)
      return SM.getExpansionLoc(Operand->getBeginLoc());
  return SM.getExpansionLoc(Mask->getBeginLoc());
}

static const char *maskName(bool IsGlobal, bool IsPostMask) {
  return IsGlobal ? "global" : IsPostMask ? "post-request" : "request";
}

void NotificationMaskMismatchCheck::reportMissingHandlers(const Registration &R) {
  if (!R.Mask)
    return;
  llvm::StringMap<const CXXMethodDecl *> Overrides = iismodel::overriddenSdkHandlers(R.Module);
  for (const iismodel::NotificationEvent &Event :
       R.IsGlobal ? iismodel::globalNotifications() : iismodel::requestNotifications()) {
    if (!(*R.Mask & Event.Bit))
      continue;
    StringRef Handler = R.IsPostMask ? Event.PostHandler : Event.Handler;
    if (Handler.empty() || Overrides.count(Handler))
      continue;
    diag(bitLocation(R.MaskArgument, Event.Bit, *Context),
         "'%0' is registered for %1 in the %2 mask but does not override %3; the "
         "default %4::%3 calls DebugBreak(), which ends a worker process that "
         "has no debugger attached")
        << nameForMessage(R.Module) << Event.Constant << maskName(R.IsGlobal, R.IsPostMask)
        << Handler << (R.IsGlobal ? "CGlobalModule" : "CHttpModule");
    if (R.Creation)
      diag(R.Creation->getBeginLoc(), "the registered factory's GetHttpModule creates '%0' here",
           DiagnosticIDs::Note)
          << nameForMessage(R.Module);
    else
      diag(R.Module->getLocation(), "'%0' declared here", DiagnosticIDs::Note)
          << nameForMessage(R.Module);
  }
}

void NotificationMaskMismatchCheck::reportUnregisteredHandlers(
    const CXXRecordDecl *Module, ArrayRef<const Registration *> OfModule) {
  uint32_t RequestMask = 0, PostMask = 0, GlobalMask = 0;
  for (const Registration *R : OfModule) {
    // One mask the TU cannot evaluate may register anything.
    if (!R->Mask)
      return;
    (R->IsGlobal ? GlobalMask : R->IsPostMask ? PostMask : RequestMask) |= *R->Mask;
  }
  const bool IsGlobal = OfModule.front()->IsGlobal;
  llvm::StringMap<const CXXMethodDecl *> Overrides = iismodel::overriddenSdkHandlers(Module);
  for (const iismodel::NotificationEvent &Event :
       IsGlobal ? iismodel::globalNotifications() : iismodel::requestNotifications()) {
    for (bool Post : {false, true}) {
      StringRef Handler = Post ? Event.PostHandler : Event.Handler;
      if (Handler.empty())
        continue;
      uint32_t Mask = IsGlobal ? GlobalMask : Post ? PostMask : RequestMask;
      auto It = Overrides.find(Handler);
      // Handlers inherited from a shared base may serve other modules.
      if (Mask & Event.Bit || It == Overrides.end() ||
          It->second->getParent()->getDefinition() != Module)
        continue;
      const CXXMethodDecl *Override = It->second;
      diag(Override->getLocation(),
           "'%0' is never called: the %1 mask '%2' is registered with does not "
           "include %3")
          << nameForMessage(Override) << maskName(IsGlobal, Post) << nameForMessage(Module)
          << Event.Constant;
      const Registration *First = OfModule.front();
      diag(First->Call->getBeginLoc(), "'%0' is registered here", DiagnosticIDs::Note)
          << nameForMessage(Module);
    }
  }
}

void NotificationMaskMismatchCheck::onEndOfTranslationUnit() {
  // A class may be registered more than once (and, in theory, both as a
  // request and as a global module): the masks of one kind add up.
  llvm::MapVector<std::pair<const CXXRecordDecl *, unsigned>, SmallVector<const Registration *, 2>>
      ByModule;
  for (const Registration &R : Registrations) {
    reportMissingHandlers(R);
    ByModule[{R.Module, unsigned(R.IsGlobal)}].push_back(&R);
  }
  if (ReportUnregisteredHandlers)
    for (const auto &[Key, OfModule] : ByModule)
      reportUnregisteredHandlers(Key.first, OfModule);
  Registrations.clear();
}

} // namespace clang::tidy::iis
