//===--- PoolRewrite.h - When a heap allocation can become pool memory -*- C++ -*-===//
//
// Decides whether a heap allocation can be rewritten to take request-pool
// memory with no change in meaning, and what the rewrite touches. It is safe
// only when the memory needs no constructor, destructor or zeroing, the
// pointer stays in the function, and every free of it is a statement of its
// own that the same rewrite removes (IIS frees pool memory itself).
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_POOLREWRITE_H
#define IIS_TIDY_LIB_MEMORY_POOLREWRITE_H

#include "memory/RequestReach.h"
#include "clang/AST/Type.h"
#include <optional>
#include <vector>

namespace clang {
class Stmt;
} // namespace clang

namespace iismodel {

struct PoolRewritePlan {
  /// The expression to replace with the pool call.
  const clang::Expr *Allocation = nullptr;
  /// The byte count (C allocators) or element count (new[]); null for a
  /// single `new T`.
  const clang::Expr *Count = nullptr;
  /// For new and new[]: the allocated type, to cast to and take sizeof.
  clang::QualType Element;
  /// The statements that free the pointer; the rewrite deletes them.
  std::vector<const clang::Stmt *> Frees;
};

std::optional<PoolRewritePlan> planPoolRewrite(const AllocationSite &Site,
                                               clang::ASTContext &Context);

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_POOLREWRITE_H
