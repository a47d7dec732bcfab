//===--- Handlers.h - IIS request handler discovery -------------*- C++ -*-===//
//
// Which functions IIS calls once per request. Handlers are found by what they
// override, never by name: a method named OnBeginRequest in a class that does
// not derive from CHttpModule is not a handler.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_IISAPI_HANDLERS_H
#define IIS_TIDY_LIB_IISAPI_HANDLERS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang {
class CXXMethodDecl;
class Expr;
class CXXRecordDecl;
class FunctionDecl;
class ParmVarDecl;
} // namespace clang

namespace iismodel {

/// Returns the SDK method that \p Method ultimately overrides when IIS calls
/// it once per request: a CHttpModule notification handler (On*, including
/// OnAsyncCompletion) or CGlobalModule::OnGlobalPreBeginRequest. Returns
/// nullptr for every other method, including other CGlobalModule handlers.
const clang::CXXMethodDecl *overriddenRequestHandler(const clang::CXXMethodDecl *Method);

/// Returns the CHttpModule or CGlobalModule method that \p Method overrides
/// (directly or through intermediate bases), or nullptr.
const clang::CXXMethodDecl *overriddenSdkMethod(const clang::CXXMethodDecl *Method);

/// When IIS calls a request handler, for notes that say why it is in scope.
enum class HandlerTiming {
  /// A deterministic notification (OnBeginRequest, OnPost*, ...).
  OncePerRequest,
  /// Non-deterministic: OnSendResponse, OnReadEntity, OnMapPath,
  /// OnCustomRequestNotification, OnAsyncCompletion; any number of times.
  DuringRequest,
  /// CGlobalModule::OnGlobalPreBeginRequest.
  StartOfRequest,
};
HandlerTiming handlerTiming(const clang::CXXMethodDecl *SdkHandler);

/// When IIS calls what \p SdkMethod roots (a handler, or GetHttpModule,
/// which runs once per request).
HandlerTiming rootTiming(const clang::CXXMethodDecl *SdkMethod);

/// "once per request", "while it serves a request", "at the start of every
/// request": how messages say it.
llvm::StringRef timingText(HandlerTiming Timing);

/// The SDK method \p Method overrides that makes it a root of per-request
/// work: a request handler, or, when \p IncludeGetHttpModule,
/// IHttpModuleFactory::GetHttpModule. Null for anything else.
const clang::CXXMethodDecl *requestRoot(const clang::CXXMethodDecl *Method,
                                        bool IncludeGetHttpModule);

/// Returns IHttpModuleFactory::GetHttpModule when \p Method overrides it.
/// IIS calls it once per request, with that request's IModuleAllocator.
const clang::CXXMethodDecl *overriddenGetHttpModule(const clang::CXXMethodDecl *Method);

/// True for the SDK's own ::CHttpModule class.
bool isCHttpModule(const clang::CXXRecordDecl *Record);

/// True for the SDK's own ::CGlobalModule class.
bool isCGlobalModule(const clang::CXXRecordDecl *Record);

/// The CHttpModule subclass a (non-array) new-expression creates, if any:
/// the module object a factory's GetHttpModule hands to IIS.
const clang::CXXRecordDecl *moduleCreatedBy(const clang::Expr *Allocation);

/// The global class \p Name when \p Record is, or derives from, it.
const clang::CXXRecordDecl *sdkBase(const clang::CXXRecordDecl *Record, const char *Name);

/// True when \p Record is, or derives from, the global class \p Name
/// (for example "IHttpStoredContext").
bool derivesFromSdkClass(const clang::CXXRecordDecl *Record, const char *Name);

/// The handler parameter of type IHttpContext*, when the handler has one.
const clang::ParmVarDecl *httpContextParameter(const clang::FunctionDecl *F);

/// How \p Function reaches the request pool, as its author would write it:
/// "'pHttpContext->AllocateRequestMemory()'" through an IHttpContext*
/// parameter, "'pProvider->GetHttpContext()->AllocateRequestMemory()'" in
/// OnGlobalPreBeginRequest, "'pAllocator->AllocateMemory()'" through an
/// IModuleAllocator* parameter or member. With none in scope, says to pass
/// the handler's IHttpContext* down.
std::string requestPoolCall(const clang::FunctionDecl *Function);

/// The expression that reaches the pool object in \p Function ("pHttpContext",
/// "m_pAllocator"), and whether it is an IModuleAllocator (AllocateMemory)
/// rather than an IHttpContext (AllocateRequestMemory). Empty when none is
/// in scope by name.
struct PoolObject {
  std::string Expression;
  bool IsModuleAllocator = false;
};
std::optional<PoolObject> poolObjectInScope(const clang::FunctionDecl *Function);

} // namespace iismodel

#endif // IIS_TIDY_LIB_IISAPI_HANDLERS_H
