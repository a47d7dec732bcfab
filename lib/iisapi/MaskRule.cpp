//===--- MaskRule.cpp - Notification masks against overrides -------------===//

#include "iisapi/MaskRule.h"

namespace iismodel {

static llvm::ArrayRef<NotificationEvent> eventsOf(bool Global) {
  return Global ? globalNotifications() : requestNotifications();
}

std::vector<MaskMismatch> missingHandlers(const RegisteredMask &Registration,
                                          const HandlerOverrides &Overrides) {
  std::vector<MaskMismatch> Missing;
  if (!Registration.Mask)
    return Missing;
  for (const NotificationEvent &Event : eventsOf(Registration.Global)) {
    llvm::StringRef Handler = Registration.Post ? Event.PostHandler : Event.Handler;
    if ((*Registration.Mask & Event.Bit) && !Handler.empty() && !Overrides.count(Handler))
      Missing.push_back({&Event, Registration.Post, Handler, ""});
  }
  return Missing;
}

std::vector<MaskMismatch> unregisteredOverrides(llvm::ArrayRef<RegisteredMask> Registrations,
                                                const HandlerOverrides &Overrides) {
  std::vector<MaskMismatch> Unregistered;
  uint32_t Request = 0, Post = 0;
  for (const RegisteredMask &R : Registrations) {
    if (!R.Mask)
      return Unregistered;
    (R.Post ? Post : Request) |= *R.Mask;
  }
  const bool Global = !Registrations.empty() && Registrations.front().Global;
  for (const NotificationEvent &Event : eventsOf(Global))
    for (bool IsPost : {false, true}) {
      llvm::StringRef Handler = IsPost ? Event.PostHandler : Event.Handler;
      auto It = Handler.empty() ? Overrides.end() : Overrides.find(Handler);
      // Handlers inherited from a shared base may serve other modules.
      if (It == Overrides.end() || !It->second.Own || It->second.Stub ||
          ((IsPost ? Post : Request) & Event.Bit))
        continue;
      const std::string &Effect = It->second.Effect;
      Unregistered.push_back({&Event, IsPost, Handler, Effect.empty() ? "" : "; " + Effect});
    }
  return Unregistered;
}

llvm::StringRef maskKind(bool Global, bool Post) {
  return Global ? "global" : Post ? "post-request" : "request";
}

} // namespace iismodel
