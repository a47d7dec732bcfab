//===--- OnceOnly.h - Code a process runs once ------------------*- C++ -*-===//
//
// Lazy initialisation inside a request handler: code guarded by a flag that
// the guarded code itself sets runs until the module is initialised, then
// never again. Like a function-local static's initializer, it is work of the
// process, not of the request.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_ONCEONLY_H
#define IIS_TIDY_LIB_MEMORY_ONCEONLY_H

namespace clang {
class ASTContext;
class CallExpr;
class IfStmt;
} // namespace clang

namespace iismodel {

/// True when \p If's then-branch runs once per process: its condition holds
/// only while a global or static flag is unset (`!g_f`, `g_f == FALSE`,
/// `!g_f.load()`, possibly `&&` another test) and the branch itself sets
/// that flag to a non-zero value (an assignment, `store`,
/// `InterlockedExchange`), directly or in a nested block (the double-checked
/// form under a lock); or its condition sets the flag itself and holds only
/// for the first caller (`InterlockedCompareExchange(&g_f, 1, 0) == 0`,
/// `!g_f.exchange(true)`). A flag set elsewhere is not trusted.
bool runsOncePerProcess(const clang::IfStmt *If, clang::ASTContext &Context);

/// True when \p Call runs its callable arguments at most once per process:
/// std::call_once, InitOnceExecuteOnce, pthread_once.
bool isOnceOnlyCall(const clang::CallExpr *Call);

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_ONCEONLY_H
