//===--- RequestHeapAllocationCheck.cpp - iis-tidy ------------------------===//

#include "RequestHeapAllocationCheck.h"

#include "iis/AllocationSites.h"
#include "iis/Handlers.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral HandlerId = "handler";

void RequestHeapAllocationCheck::registerMatchers(MatchFinder *Finder) {
  // Only overriding definitions can be handlers; which base they override is
  // decided in check(), so no parent-map matcher runs over the TU.
  Finder->addMatcher(
      cxxMethodDecl(isDefinition(), isOverride(), hasBody(stmt())).bind(HandlerId),
      this);
}

void RequestHeapAllocationCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Handler = Result.Nodes.getNodeAs<CXXMethodDecl>(HandlerId);
  const CXXMethodDecl *Base = ::iis::overriddenRequestHandler(Handler);
  if (!Base)
    return;

  const std::string PoolCall = ::iis::requestPoolCall(Handler);
  ::iis::findHeapAllocations(
      Handler->getBody(), *Result.Context,
      [&](const ::iis::AllocationSite &Site) {
        SourceLocation Loc = Site.Allocation->getBeginLoc();
        if (Loc.isInvalid() || !Reported.insert(Loc).second)
          return;
        diag(Loc, "heap allocation with '%0' in request handler %1; %2")
            << Site.Spelling << Handler
            << ::iis::poolAdvice(Site.Family, PoolCall)
            << Site.Allocation->getSourceRange();
        diag(Handler->getLocation(),
             "%0 overrides %1, which IIS calls %select{once per request|at the "
             "start of every request}2",
             DiagnosticIDs::Note)
            << Handler << ("'" + Base->getQualifiedNameAsString() + "'")
            << ::iis::isCGlobalModule(Base->getParent());
      });
}

} // namespace clang::tidy::iis
