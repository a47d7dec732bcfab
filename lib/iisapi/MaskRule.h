//===--- MaskRule.h - Notification masks against overrides ------*- C++ -*-===//
//
// The rule of iis-notification-mask-mismatch, for the per-TU check (over the
// AST) and the whole-module link step (over summaries) alike: a registered
// event whose handler the module class does not override reaches the SDK's
// default handler, which calls DebugBreak(); an override the class itself
// declares whose event no registration includes never runs. The messages
// are here too, so that both report the same text.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_IISAPI_MASKRULE_H
#define IIS_TIDY_LIB_IISAPI_MASKRULE_H

#include "iisapi/Notifications.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>
#include <vector>

namespace iismodel {

/// One mask given to SetRequestNotifications or SetGlobalNotifications.
struct RegisteredMask {
  /// None when the mask is not a constant: it may register anything.
  std::optional<uint32_t> Mask;
  bool Post = false;
  bool Global = false;
};

/// What the rule knows of one override.
struct OverrideFacts {
  /// Declared in the module class itself, not inherited from a base it may
  /// share with other modules.
  bool Own = true;
  /// Its body is a stub (see HandlerEffect.h): dead, but harmless.
  bool Stub = false;
  /// What it does first ("its call to 'X' never runs"); empty when its body
  /// is not known.
  std::string Effect;
};

/// The SDK handlers a module class overrides, by name ("OnEndRequest").
using HandlerOverrides = llvm::StringMap<OverrideFacts>;

struct MaskMismatch {
  const NotificationEvent *Event;
  bool Post;
  /// The SDK handler: "OnEndRequest", "OnPostBeginRequest".
  llvm::StringRef Handler;
  /// For an unregistered override, what will not happen: "; its call to
  /// 'X' never runs", or empty when its body is not known.
  std::string EffectClause;
};

/// The events \p Registration registers whose handler is not overridden.
std::vector<MaskMismatch> missingHandlers(const RegisteredMask &Registration,
                                          const HandlerOverrides &Overrides);

/// The overrides the class itself declares whose event none of
/// \p Registrations (all of one kind, request or global) includes, but for
/// stubs; none when a mask is not a constant.
std::vector<MaskMismatch> unregisteredOverrides(llvm::ArrayRef<RegisteredMask> Registrations,
                                                const HandlerOverrides &Overrides);

/// "request", "post-request" or "global".
llvm::StringRef maskKind(bool Global, bool Post);

/// %0 module class, %1 event constant, %2 maskKind(), %3 handler, %4 the SDK
/// class whose default handler runs.
inline constexpr llvm::StringLiteral MissingHandlerMessage =
    "'%0' is registered for %1 in the %2 mask but does not override %3; the default %4::%3 "
    "calls DebugBreak(), which ends a worker process that has no debugger attached";
/// %0 the override ("CModule::OnLogRequest"), %1 maskKind(), %2 module
/// class, %3 event constant, %4 MaskMismatch::EffectClause.
inline constexpr llvm::StringLiteral UnregisteredOverrideMessage =
    "'%0' is never called: the %1 mask '%2' is registered with does not include %3%4";
/// %0 module class.
inline constexpr llvm::StringLiteral CreationNote =
    "the registered factory's GetHttpModule creates '%0' here";
inline constexpr llvm::StringLiteral RegistrationNote = "'%0' is registered here";
inline constexpr llvm::StringLiteral ModuleDeclarationNote = "'%0' declared here";

} // namespace iismodel

#endif // IIS_TIDY_LIB_IISAPI_MASKRULE_H
