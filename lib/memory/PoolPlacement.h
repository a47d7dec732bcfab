//===--- PoolPlacement.h - Objects placed in request-pool memory -*- C++ -*-===//
//
// The pool idiom (facts sheet §6.3): a module class declares
// `operator new(size_t, IModuleAllocator *)` and the factory writes
// `new (pAllocator) CModule`. CHttpModule's default Dispose() then runs
// `delete this`, which hands pool memory to the heap unless the class
// declares a no-op `operator delete(void *)` or overrides Dispose() without
// deleting.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_POOLPLACEMENT_H
#define IIS_TIDY_LIB_MEMORY_POOLPLACEMENT_H

namespace clang {
class CXXMethodDecl;
class CXXRecordDecl;
class FunctionDecl;
} // namespace clang

namespace iismodel {

/// The class's `operator new(size_t, IModuleAllocator *)`, if it declares one.
const clang::FunctionDecl *poolOperatorNew(const clang::CXXRecordDecl *Record);

/// True when the class declares an `operator new` other than the pool form
/// (it can then also live on the heap, and a no-op delete would leak it).
bool hasOtherOperatorNew(const clang::CXXRecordDecl *Record);

/// The class's own (or inherited, below CHttpModule) usual `operator
/// delete(void *)`, if any.
const clang::FunctionDecl *memberOperatorDelete(const clang::CXXRecordDecl *Record);

/// True when \p Delete is defined and does nothing.
bool isNoOp(const clang::FunctionDecl *Delete);

/// The Dispose() the class inherits or declares, below CHttpModule's own.
const clang::CXXMethodDecl *userDispose(const clang::CXXRecordDecl *Record);

/// True when \p Method's body contains `delete this`.
bool deletesThis(const clang::CXXMethodDecl *Method);

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_POOLPLACEMENT_H
