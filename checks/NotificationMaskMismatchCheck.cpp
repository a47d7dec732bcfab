//===--- NotificationMaskMismatchCheck.cpp - iis-tidy ---------------------===//

#include "NotificationMaskMismatchCheck.h"
#include "SourceEdits.h"

#include "iisapi/HandlerEffect.h"
#include "iisapi/Handlers.h"
#include "iisapi/MaskRule.h"
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
      ReportUnregisteredHandlers(boolOption("ReportUnregisteredHandlers", true)) {}

void NotificationMaskMismatchCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  IISCheck::storeOptions(Opts);
  Options.store(Opts, "ReportUnregisteredHandlers", ReportUnregisteredHandlers);
}

void NotificationMaskMismatchCheck::registerCheckMatchers(MatchFinder *Finder) {
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

// The overrides the rule needs: own or inherited from a shared base.
static iismodel::HandlerOverrides
handlerOverrides(const CXXRecordDecl *Module,
                 const llvm::StringMap<const CXXMethodDecl *> &Overrides) {
  iismodel::HandlerOverrides Result;
  for (const auto &[Handler, Override] : Overrides) {
    iismodel::OverrideFacts &Facts = Result[Handler];
    Facts.Own = Override->getParent()->getDefinition() == Module;
    // A body in another translation unit is not known here: whole-module
    // analysis tells a stub there.
    if (const FunctionDecl *Definition = Override->getDefinition()) {
      std::optional<std::string> Effect = iismodel::firstEffect(Definition);
      Facts.Stub = !Effect;
      Facts.Effect = Effect.value_or("");
    }
  }
  return Result;
}

void NotificationMaskMismatchCheck::reportMissingHandlers(const Registration &R) {
  llvm::StringMap<const CXXMethodDecl *> Overrides = iismodel::overriddenSdkHandlers(R.Module);
  for (const iismodel::MaskMismatch &Missing : iismodel::missingHandlers(
           {R.Mask, R.IsPostMask, R.IsGlobal}, handlerOverrides(R.Module, Overrides))) {
    diag(bitLocation(R.MaskArgument, Missing.Event->Bit, *Context), iismodel::MissingHandlerMessage)
        << nameForMessage(R.Module) << Missing.Event->Constant
        << iismodel::maskKind(R.IsGlobal, R.IsPostMask) << Missing.Handler
        << (R.IsGlobal ? "CGlobalModule" : "CHttpModule");
    if (R.Creation)
      diag(R.Creation->getBeginLoc(), iismodel::CreationNote, DiagnosticIDs::Note)
          << nameForMessage(R.Module);
    else
      diag(R.Module->getLocation(), iismodel::ModuleDeclarationNote, DiagnosticIDs::Note)
          << nameForMessage(R.Module);
  }
}

void NotificationMaskMismatchCheck::reportUnregisteredHandlers(
    const CXXRecordDecl *Module, ArrayRef<const Registration *> OfModule) {
  std::vector<iismodel::RegisteredMask> Masks;
  for (const Registration *R : OfModule)
    Masks.push_back({R->Mask, R->IsPostMask, R->IsGlobal});
  llvm::StringMap<const CXXMethodDecl *> Overrides = iismodel::overriddenSdkHandlers(Module);
  for (const iismodel::MaskMismatch &Unregistered :
       iismodel::unregisteredOverrides(Masks, handlerOverrides(Module, Overrides))) {
    const CXXMethodDecl *Override = Overrides.lookup(Unregistered.Handler);
    diag(Override->getLocation(), iismodel::UnregisteredOverrideMessage)
        << nameForMessage(Override) << iismodel::maskKind(Masks.front().Global, Unregistered.Post)
        << nameForMessage(Module) << Unregistered.Event->Constant << Unregistered.EffectClause;
    diag(OfModule.front()->Call->getBeginLoc(), iismodel::RegistrationNote, DiagnosticIDs::Note)
        << nameForMessage(Module);
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
