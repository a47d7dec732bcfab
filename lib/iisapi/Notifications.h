//===--- Notifications.h - Registered events and their handlers -*- C++ -*-===//
//
// What a module class owes IIS. RegisterModule subscribes a factory's module
// class to request events (SetRequestNotifications) and a global module to
// global events (SetGlobalNotifications); IIS then calls the handler of each
// subscribed event, and only those. A subscribed event whose handler is not
// overridden runs the SDK's default body, which calls DebugBreak(); an
// overridden handler whose event is not subscribed never runs.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_IISAPI_NOTIFICATIONS_H
#define IIS_TIDY_LIB_IISAPI_NOTIFICATIONS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace clang {
class ASTContext;
class CXXMethodDecl;
class CXXNewExpr;
class CXXRecordDecl;
class Expr;
} // namespace clang

namespace iismodel {

/// One bit of a notification mask and the handlers IIS calls for it.
struct NotificationEvent {
  llvm::StringLiteral Constant; // "RQ_BEGIN_REQUEST"
  uint32_t Bit;
  llvm::StringLiteral Handler;     // "OnBeginRequest"
  llvm::StringLiteral PostHandler; // "OnPostBeginRequest", or empty
};

/// The request events that have a CHttpModule handler.
llvm::ArrayRef<NotificationEvent> requestNotifications();
/// The global events and their CGlobalModule handlers (no post-events).
llvm::ArrayRef<NotificationEvent> globalNotifications();

/// The value of a notification mask, when it is a constant expression
/// (macros, constexpr, '|' of constants); none when it is not.
std::optional<uint32_t> constantMask(const clang::Expr *Mask, const clang::ASTContext &Context);

/// The nonzero constant operands of a mask's '|' chain, with the expression
/// that writes each: where a finding about one bit belongs.
std::vector<std::pair<uint32_t, const clang::Expr *>>
maskOperands(const clang::Expr *Mask, const clang::ASTContext &Context);

/// The CHttpModule and CGlobalModule handlers \p Module and its bases
/// override, by SDK method name, each with its most derived override.
llvm::StringMap<const clang::CXXMethodDecl *>
overriddenSdkHandlers(const clang::CXXRecordDecl *Module);

/// The class of the object \p Pointer points to, as the TU shows it: the
/// class a `new` creates, the class of `&object`, or the declared class of a
/// pointer variable, following a variable declared as the SDK interface to
/// its initializer. Null when the class is not defined in the TU.
const clang::CXXRecordDecl *pointeeClass(const clang::Expr *Pointer);

/// The module class a factory's GetHttpModule creates, with the creating
/// new-expression, when it creates exactly one class.
struct FactoryProduct {
  const clang::CXXRecordDecl *Module;
  const clang::CXXNewExpr *Creation;
};
std::optional<FactoryProduct> moduleCreatedByFactory(const clang::CXXRecordDecl *Factory);

/// The CHttpModule or CGlobalModule handler whose name is closest to
/// \p Method's, case-insensitively and within \p MaxDistance edits, among the
/// handlers of the SDK classes \p Method's class derives from. Only names that
/// start with "On" are compared.
const clang::CXXMethodDecl *nearestSdkHandler(const clang::CXXMethodDecl *Method,
                                              unsigned MaxDistance);

/// How \p Method's declaration differs from \p Handler's: its name, and the
/// first difference of its parameters, qualifiers (const, volatile, & or &&),
/// storage (static) or return type.
struct SignatureDifference {
  bool NameDiffers = false;
  enum Kind {
    None,
    ParameterCount,
    ParameterType,
    Qualifiers,
    /// Same parameters, but static or another return type.
    Static,
    ReturnType
  } What = None;
  /// The 0-based parameter, for ParameterType.
  unsigned Parameter = 0;
  /// Renaming \p Method to the handler's name alone would make it override.
  bool RenameOverrides = false;
};
SignatureDifference compareWithHandler(const clang::CXXMethodDecl *Method,
                                       const clang::CXXMethodDecl *Handler);

} // namespace iismodel

#endif // IIS_TIDY_LIB_IISAPI_NOTIFICATIONS_H
