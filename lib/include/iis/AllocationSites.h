//===--- AllocationSites.h - Heap allocations in a function body -*- C++ -*-===//
//
// Finds the heap allocations a function body performs itself, leaving out the
// ones real modules make on purpose (placement new into pool memory, classes
// with their own operator new, objects IIS releases later).
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_ALLOCATIONSITES_H
#define IIS_TIDY_LIB_ALLOCATIONSITES_H

#include "iis/AllocationCatalogue.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>

namespace clang {
class ASTContext;
class Expr;
class Stmt;
} // namespace clang

namespace iis {

struct AllocationSite {
  /// The new-expression or call that allocates.
  const clang::Expr *Allocation;
  AllocationFamily Family;
  /// How the allocation is spelled, e.g. "new[]", "malloc".
  std::string Spelling;
};

/// Calls \p Found for every heap allocation that \p Body performs directly,
/// including in lambdas written inside it. Does not descend into callees.
void findHeapAllocations(const clang::Stmt *Body, clang::ASTContext &Context,
                         llvm::function_ref<void(const AllocationSite &)> Found);

} // namespace iis

#endif // IIS_TIDY_LIB_ALLOCATIONSITES_H
