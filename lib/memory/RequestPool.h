//===--- RequestPool.h - Where request-pool memory goes ---------*- C++ -*-===//
//
// Memory from IHttpContext::AllocateRequestMemory or
// IModuleAllocator::AllocateMemory belongs to the request: IIS frees it when
// the request ends. These are the facts the pool checks share: which calls
// allocate from the pool, and which expressions hold such memory, through
// casts, local variables and aliases within a function, and members assigned
// in their own class.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_REQUESTPOOL_H
#define IIS_TIDY_LIB_MEMORY_REQUESTPOOL_H

#include "llvm/ADT/DenseMap.h"
#include <string>
#include <vector>

namespace clang {
class CallExpr;
class Decl;
class Expr;
class FunctionDecl;
} // namespace clang

namespace iismodel {

/// True for IHttpContext::AllocateRequestMemory and
/// IModuleAllocator::AllocateMemory, also when called through a derived
/// interface.
bool isRequestPoolAllocator(const clang::FunctionDecl *Callee);

class RequestPoolOrigins {
public:
  /// \p PoolFunctions: the module's own functions that return request-pool
  /// memory: "Take" (any function of that name, members included), "::Take"
  /// (the global one) or "ns::CPool::Take" (exactly that one).
  explicit RequestPoolOrigins(std::vector<std::string> PoolFunctions = {});

  /// The pool allocation (a call, or a new-expression placed in pool memory)
  /// whose memory \p E holds whatever path led there, or null when \p E may
  /// hold anything else. Local variables and members qualify when every value
  /// stored into them is pool memory or null; a variable whose address is
  /// taken or that is bound to a non-const reference does not, nor does a
  /// public or protected member or one of a class with friends, which code
  /// outside the class may write.
  const clang::Expr *originOf(const clang::Expr *E);

private:
  const clang::Expr *originOfDecl(const clang::Decl *Storage, unsigned Depth);
  const clang::Expr *originOf(const clang::Expr *E, unsigned Depth);
  bool isPoolFunction(const clang::FunctionDecl *Callee) const;

  std::vector<std::string> PoolFunctions;
  /// Null while a declaration is being resolved (a cycle is not pool
  /// memory), and for declarations that do not hold pool memory.
  llvm::DenseMap<const clang::Decl *, const clang::Expr *> Memo;
};

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_REQUESTPOOL_H
