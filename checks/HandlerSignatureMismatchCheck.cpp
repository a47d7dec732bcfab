//===--- HandlerSignatureMismatchCheck.cpp - iis-tidy ---------------------===//

#include "HandlerSignatureMismatchCheck.h"
#include "SourceEdits.h"

#include "iisapi/Handlers.h"
#include "iisapi/Notifications.h"

#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral MethodId = "method";
static constexpr unsigned DefaultMaxEditDistance = 2;

HandlerSignatureMismatchCheck::HandlerSignatureMismatchCheck(StringRef Name,
                                                             ClangTidyContext *Context)
    : IISCheck(Name, Context),
      MaxEditDistance(unsignedOption("MaxEditDistance", DefaultMaxEditDistance)) {}

void HandlerSignatureMismatchCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  IISCheck::storeOptions(Opts);
  Options.store(Opts, "MaxEditDistance", MaxEditDistance);
}

void HandlerSignatureMismatchCheck::registerCheckMatchers(MatchFinder *Finder) {
  // A method declared 'override' that overrides nothing is already a
  // compiler error.
  Finder->addMatcher(cxxMethodDecl(unless(isImplicit()), unless(isOverride()),
                                   unless(isExpansionInSystemHeader()),
                                   unless(cxxConstructorDecl()), unless(cxxDestructorDecl()))
                         .bind(MethodId),
                     this);
}

void HandlerSignatureMismatchCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Method = Result.Nodes.getNodeAs<CXXMethodDecl>(MethodId);
  if (!Method->isFirstDecl() || Method->isDependentContext() ||
      Method->size_overridden_methods() > 0 || Method->isOverloadedOperator())
    return;
  if (iismodel::isCHttpModule(Method->getParent()) ||
      iismodel::isCGlobalModule(Method->getParent()))
    return;
  const CXXMethodDecl *Handler = iismodel::nearestSdkHandler(Method, MaxEditDistance);
  if (!Handler)
    return;
  // The class overrides that handler elsewhere: this is a helper of its own.
  if (iismodel::overriddenSdkHandlers(Method->getParent()).count(Handler->getName()))
    return;
  if (!Reported.insert(Method->getLocation()).second)
    return;

  const iismodel::SignatureDifference Difference = iismodel::compareWithHandler(Method, Handler);
  const PrintingPolicy &Policy = Result.Context->getPrintingPolicy();
  const auto *Mine = Method->getType()->castAs<FunctionProtoType>();
  const auto *Theirs = Handler->getType()->castAs<FunctionProtoType>();
  std::string Reason;
  if (Difference.NameDiffers)
    Reason = "its name is spelled differently";
  if (Difference.What != iismodel::SignatureDifference::None && !Reason.empty())
    Reason += ", and ";
  switch (Difference.What) {
  case iismodel::SignatureDifference::None:
    break;
  case iismodel::SignatureDifference::ParameterCount:
    Reason +=
        llvm::formatv("it takes {0} parameter{1} where the handler takes {2}", Mine->getNumParams(),
                      Mine->getNumParams() == 1 ? "" : "s", Theirs->getNumParams());
    break;
  case iismodel::SignatureDifference::ParameterType:
    Reason += llvm::formatv("parameter {0} is '{1}' where the handler's is '{2}'",
                            Difference.Parameter + 1,
                            Mine->getParamType(Difference.Parameter).getAsString(Policy),
                            Theirs->getParamType(Difference.Parameter).getAsString(Policy));
    break;
  case iismodel::SignatureDifference::Static:
    Reason += "it is static";
    break;
  case iismodel::SignatureDifference::ReturnType:
    Reason += llvm::formatv("it returns '{0}' where the handler returns '{1}'",
                            Mine->getReturnType().getAsString(Policy),
                            Theirs->getReturnType().getAsString(Policy));
    break;
  case iismodel::SignatureDifference::Qualifiers: {
    std::string Qualifiers = Mine->getMethodQuals().getAsString();
    if (Mine->getRefQualifier() != RQ_None)
      Qualifiers += Mine->getRefQualifier() == RQ_LValue ? " &" : " &&";
    Reason += llvm::formatv("it is declared '{0}' where the handler is not",
                            StringRef(Qualifiers).trim());
    break;
  }
  }

  {
    auto Diag =
        diag(Method->getLocation(), "'%0' does not override '%1', so IIS never calls it: %2")
        << nameForMessage(Method) << nameForMessage(Handler) << Reason;
    // Renaming is safe when that alone makes the method override and no code
    // calls it by the old name.
    bool CanRename = Difference.RenameOverrides && !Method->isReferenced();
    for (const FunctionDecl *Redecl : Method->redecls())
      CanRename &= Redecl->getLocation().isFileID();
    if (CanRename)
      for (const FunctionDecl *Redecl : Method->redecls())
        Diag << FixItHint::CreateReplacement(Redecl->getLocation(), Handler->getName());
  }
  diag(Handler->getLocation(), "'%0' is declared here", DiagnosticIDs::Note)
      << nameForMessage(Handler);
}

} // namespace clang::tidy::iis
