//===--- Handlers.h - IIS request handler discovery -------------*- C++ -*-===//
//
// Which functions IIS calls once per request. Handlers are found by what they
// override, never by name: a method named OnBeginRequest in a class that does
// not derive from CHttpModule is not a handler.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_HANDLERS_H
#define IIS_TIDY_LIB_HANDLERS_H

#include <string>

namespace clang {
class CXXMethodDecl;
class CXXRecordDecl;
class FunctionDecl;
class ParmVarDecl;
} // namespace clang

namespace iis {

/// Returns the SDK method that \p Method ultimately overrides when IIS calls
/// it once per request: a CHttpModule notification handler (On*, including
/// OnAsyncCompletion) or CGlobalModule::OnGlobalPreBeginRequest. Returns
/// nullptr for every other method, including other CGlobalModule handlers.
const clang::CXXMethodDecl *
overriddenRequestHandler(const clang::CXXMethodDecl *Method);

/// True for the SDK's own ::CHttpModule class.
bool isCHttpModule(const clang::CXXRecordDecl *Record);

/// True for the SDK's own ::CGlobalModule class.
bool isCGlobalModule(const clang::CXXRecordDecl *Record);

/// True when \p Record is, or derives from, the global class \p Name
/// (for example "IHttpStoredContext").
bool derivesFromSdkClass(const clang::CXXRecordDecl *Record,
                         const char *Name);

/// The handler parameter of type IHttpContext*, when the handler has one.
const clang::ParmVarDecl *httpContextParameter(const clang::FunctionDecl *F);

/// How a handler reaches the request pool, as its author would write it:
/// "'pHttpContext->AllocateRequestMemory()'" through its IHttpContext*
/// parameter, through IPreBeginRequestProvider::GetHttpContext() in
/// OnGlobalPreBeginRequest, or the API's name when no parameter is named.
std::string requestPoolCall(const clang::FunctionDecl *Handler);

} // namespace iis

#endif // IIS_TIDY_LIB_HANDLERS_H
