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
#include <vector>

namespace clang {
class ASTContext;
class CXXMethodDecl;
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
/// CGlobalModule, IHttpModuleFactory or IHttpConnectionStoredContext subclass
/// (a connection's context lives across its keep-alive requests), or of a
/// class named in \p LongLivedClasses (qualified names, with or without a
/// leading "::").
const clang::ValueDecl *longLivedStorage(const clang::Expr *Destination,
                                         llvm::ArrayRef<std::string> LongLivedClasses = {});

/// True when the object \p Object names outlives the request: long-lived
/// storage as above, or `this` in a method of a long-lived class.
bool isLongLivedObject(const clang::Expr *Object,
                       llvm::ArrayRef<std::string> LongLivedClasses = {});

/// The classes (qualified names) whose objects this TU shows living across
/// requests, besides those longLivedStorage() always knows:
/// - module classes whose factory hands IIS one object for every request:
///   GetHttpModule, defined in the TU, sets `*ppModule` only to a static or
///   global object (`&s_Module`), a member of the factory (`&m_Module`), or a
///   pointer a member or global holds (`m_pModule`);
/// - stored contexts put into a connection's, an application's or a site's
///   module-context container (SetModuleContext, SetConnectionModuleContext).
std::vector<std::string> longLivedClassesOf(clang::ASTContext &Context);

/// True when \p Method's visible body stores its parameter \p Index into a
/// member of its object: `m_p = p`, `m_Map[k] = p`, `m_List.push_back(p)`.
/// Only that body is read (one level), not the functions it calls.
bool storesParameterInMember(const clang::CXXMethodDecl *Method, unsigned Index);

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_LIFETIME_H
