//===--- RequestReach.h - What a request handler runs -----------*- C++ -*-===//
//
// The heap allocations a request handler performs, itself or through the
// functions and constructors it calls. Each function is summarised once per
// TU (its own allocation sites and the calls it makes); reachability walks the
// summaries, so the TU is never re-walked per handler. Allocations real modules
// make on purpose are left out: placement new into pool memory, classes with
// their own operator new, objects IIS releases later, and memory stored into
// state that outlives the request.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_REQUESTREACH_H
#define IIS_TIDY_LIB_MEMORY_REQUESTREACH_H

#include "memory/AllocationCatalogue.h"
#include "memory/CallChains.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
} // namespace clang

namespace iismodel {

struct AllocationSite {
  /// The new-expression, call or container operation that allocates.
  const clang::Expr *Allocation;
  AllocationFamily Family;
  /// How the allocation is spelled, e.g. "new[]", "malloc", "std::vector".
  std::string Spelling;
  /// The function whose body contains the allocation.
  const clang::FunctionDecl *Function;
};

/// A call, or a construction, from one function to another.
struct CallEdge {
  const clang::FunctionDecl *Caller;
  const clang::FunctionDecl *Callee;
  /// The CallExpr or CXXConstructExpr.
  const clang::Expr *Call;
  bool IsConstruction;
};

struct FunctionSummary {
  std::vector<AllocationSite> Allocations;
  std::vector<CallEdge> Calls;
  /// Calls of user functions whose body is not in this TU (Callee is the
  /// declaration): what whole-module analysis follows into other TUs.
  std::vector<CallEdge> ExternalCalls;
};

struct ReachOptions {
  /// Calls followed from a handler; 0 looks at the handler's own body only.
  unsigned MaxCallDepth = 8;
  /// Report owning containers and strings that are built or grown.
  bool IncludeContainers = false;
  /// Qualified class (template) names of those containers, without "::".
  std::vector<std::string> ContainerTypes;
};

/// The default container tier, as option text.
extern const char DefaultContainerTypes[];

class RequestReach {
public:
  RequestReach(clang::ASTContext &Context, const AllocationCatalogue &Catalogue,
               ReachOptions Options);
  ~RequestReach();

  /// The allocations and calls of \p F's own body (and of lambdas written in
  /// it; for a constructor, also its member initializers). Memoized.
  const FunctionSummary &summary(const clang::FunctionDecl *F);

  /// Calls \p Found for every allocation reachable from \p Root that no
  /// earlier call reported in this TU, with the shortest call chain from
  /// \p Root to the allocating function (empty when \p Root allocates itself).
  void forEachNewAllocation(
      const clang::FunctionDecl *Root,
      llvm::function_ref<void(const AllocationSite &, llvm::ArrayRef<CallEdge>)> Found);

  /// The allocation sites reported in this TU, by location.
  const llvm::DenseSet<clang::SourceLocation> &reported() const { return Reported; }

private:
  clang::ASTContext &Context;
  const AllocationCatalogue &Catalogue;
  ReachOptions Options;
  llvm::StringSet<> ContainerIdentifiers;
  /// Classes the TU shows living across requests (Lifetime.h).
  std::vector<std::string> LongLivedClasses;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionSummary>> Summaries;
  /// Remembers how deep each function was expanded: a later walk that
  /// reaches it with no more depth finds nothing new.
  CallChainWalker<const clang::FunctionDecl *, CallEdge> Walker;
  /// Sites by location: a template's instantiations share one site.
  llvm::DenseSet<clang::SourceLocation> Reported;

  friend class SummaryBuilder;
};

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_REQUESTREACH_H
