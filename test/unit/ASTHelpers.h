// Builds small ASTs for the lib/ unit tests and finds declarations in them.
#ifndef IIS_TIDY_TEST_UNIT_ASTHELPERS_H
#define IIS_TIDY_TEST_UNIT_ASTHELPERS_H

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include <memory>
#include <string>
#include <vector>

namespace iismodel::test {

// Just enough of httpserv.h for the model: class names and override chains.
inline const char *MiniSdk = R"cpp(
typedef unsigned long DWORD; typedef long HRESULT; typedef int BOOL;
class IHttpContext; class IHttpEventProvider; class IAuthenticationProvider;
class IPreBeginRequestProvider; class IGlobalConfigurationChangeProvider;
class IHttpModuleRegistrationInfo; class IHttpServer; class IHttpCompletionInfo;
enum REQUEST_NOTIFICATION_STATUS { RQ_NOTIFICATION_CONTINUE };
enum GLOBAL_NOTIFICATION_STATUS { GL_NOTIFICATION_CONTINUE };
class CHttpModule {
public:
  virtual REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) { return RQ_NOTIFICATION_CONTINUE; }
  virtual REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext *, IAuthenticationProvider *) { return RQ_NOTIFICATION_CONTINUE; }
  virtual REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext *, DWORD, BOOL, IHttpEventProvider *, IHttpCompletionInfo *) { return RQ_NOTIFICATION_CONTINUE; }
  virtual void Dispose() { delete this; }
protected:
  virtual ~CHttpModule() {}
};
class CGlobalModule {
public:
  virtual GLOBAL_NOTIFICATION_STATUS OnGlobalConfigurationChange(IGlobalConfigurationChangeProvider *) { return GL_NOTIFICATION_CONTINUE; }
  virtual GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider *) { return GL_NOTIFICATION_CONTINUE; }
  virtual void Terminate() = 0;
};
class IHttpStoredContext { public: virtual void CleanupStoredContext() = 0; };
)cpp";

inline std::unique_ptr<clang::ASTUnit>
buildAST(const std::string &Code, const std::string &Target = "--target=x86_64-pc-windows-msvc") {
  return clang::tooling::buildASTFromCodeWithArgs(
      std::string(MiniSdk) + Code, {"-std=c++17", Target, "-fms-extensions"}, "input.cpp");
}

template <typename NodeT, typename MatcherT>
std::vector<const NodeT *> findAll(clang::ASTContext &Context, MatcherT Matcher) {
  std::vector<const NodeT *> Result;
  for (const auto &Bound : clang::ast_matchers::match(
           clang::ast_matchers::traverse(clang::TK_AsIs, Matcher.bind("n")), Context))
    Result.push_back(Bound.template getNodeAs<NodeT>("n"));
  return Result;
}

} // namespace iismodel::test

#endif
