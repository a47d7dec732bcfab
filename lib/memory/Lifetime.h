//===--- Lifetime.h - State that outlives a request -------------*- C++ -*-===//
//
// Where a stored value lives on after the request that produced it: globals,
// statics, members of the global module and of the module factory (which IIS
// keeps until it unloads the DLL), and objects reachable from them.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_LIFETIME_H
#define IIS_TIDY_LIB_MEMORY_LIFETIME_H

#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace clang {
class Expr;
class ValueDecl;
} // namespace clang

namespace iismodel {

/// Looks through what stands between a value and where it is stored: parens,
/// casts, temporaries, and the copy or move of a returned object.
const clang::Expr *storedValue(const clang::Expr *E);

/// The declaration that makes \p Destination outlive the request, or null:
/// the global or static variable (also when \p Destination is a member or
/// element of the object it holds), the static member, or the member of a
/// CGlobalModule or IHttpModuleFactory subclass, or of a class named in
/// \p LongLivedClasses (qualified names, with or without a leading "::").
const clang::ValueDecl *longLivedStorage(const clang::Expr *Destination,
                                         llvm::ArrayRef<std::string> LongLivedClasses = {});

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_LIFETIME_H
