#include "iisapi/Handlers.h"
#include "ASTHelpers.h"
#include "clang/AST/ExprCXX.h"

#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace {

const CXXMethodDecl *method(ASTContext &Context, const std::string &Class,
                            const std::string &Name) {
  auto Found = iismodel::test::findAll<CXXMethodDecl>(
      Context, cxxMethodDecl(hasName(Name), ofClass(hasName(Class)), isDefinition()));
  return Found.empty() ? nullptr : Found.front();
}

TEST(Handlers, DirectOverrideIsRequestHandler) {
  auto AST = iismodel::test::buildAST(R"cpp(
    class M : public CHttpModule {
      REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override { return RQ_NOTIFICATION_CONTINUE; }
      REQUEST_NOTIFICATION_STATUS OnAsyncCompletion(IHttpContext *, DWORD, BOOL, IHttpEventProvider *, IHttpCompletionInfo *) override { return RQ_NOTIFICATION_CONTINUE; }
      void Dispose() override {}
    };)cpp");
  ASSERT_TRUE(AST);
  const CXXMethodDecl *Begin = method(AST->getASTContext(), "M", "OnBeginRequest");
  ASSERT_TRUE(Begin);
  const CXXMethodDecl *Base = iismodel::overriddenRequestHandler(Begin);
  ASSERT_TRUE(Base);
  EXPECT_TRUE(iismodel::isCHttpModule(Base->getParent()));
  EXPECT_TRUE(
      iismodel::overriddenRequestHandler(method(AST->getASTContext(), "M", "OnAsyncCompletion")));
  EXPECT_FALSE(iismodel::overriddenRequestHandler(method(AST->getASTContext(), "M", "Dispose")));
}

TEST(Handlers, ThroughIntermediateBaseAndOutOfLine) {
  auto AST = iismodel::test::buildAST(R"cpp(
    class Mid : public CHttpModule {};
    template <class T> class Tmpl : public Mid {
    public:
      REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override;
    };
    template <class T> REQUEST_NOTIFICATION_STATUS Tmpl<T>::OnBeginRequest(IHttpContext *, IHttpEventProvider *) { return RQ_NOTIFICATION_CONTINUE; }
    class Leaf final : public Tmpl<int> {
      REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext *, IAuthenticationProvider *);
    };
    REQUEST_NOTIFICATION_STATUS Leaf::OnAuthenticateRequest(IHttpContext *, IAuthenticationProvider *) { return RQ_NOTIFICATION_CONTINUE; }
    template class Tmpl<int>;
    )cpp");
  ASSERT_TRUE(AST);
  EXPECT_TRUE(iismodel::overriddenRequestHandler(
      method(AST->getASTContext(), "Leaf", "OnAuthenticateRequest")));
  auto Instantiated = iismodel::test::findAll<CXXMethodDecl>(
      AST->getASTContext(), cxxMethodDecl(hasName("OnBeginRequest"), isDefinition(),
                                          ofClass(classTemplateSpecializationDecl())));
  ASSERT_FALSE(Instantiated.empty());
  EXPECT_TRUE(iismodel::overriddenRequestHandler(Instantiated.front()));
}

TEST(Handlers, SameNameInUnrelatedClassIsNotHandler) {
  auto AST = iismodel::test::buildAST(R"cpp(
    class NotAModule { public:
      virtual REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) { return RQ_NOTIFICATION_CONTINUE; } };
    class Derived : public NotAModule {
      REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override { return RQ_NOTIFICATION_CONTINUE; } };
    )cpp");
  ASSERT_TRUE(AST);
  EXPECT_FALSE(iismodel::overriddenRequestHandler(
      method(AST->getASTContext(), "Derived", "OnBeginRequest")));
}

TEST(Handlers, OnlyPreBeginRequestOfGlobalModule) {
  auto AST = iismodel::test::buildAST(R"cpp(
    class G : public CGlobalModule {
      GLOBAL_NOTIFICATION_STATUS OnGlobalConfigurationChange(IGlobalConfigurationChangeProvider *) override { return GL_NOTIFICATION_CONTINUE; }
      GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider *) override { return GL_NOTIFICATION_CONTINUE; }
      void Terminate() override {}
    };)cpp");
  ASSERT_TRUE(AST);
  ASTContext &Context = AST->getASTContext();
  EXPECT_FALSE(
      iismodel::overriddenRequestHandler(method(Context, "G", "OnGlobalConfigurationChange")));
  EXPECT_FALSE(iismodel::overriddenRequestHandler(method(Context, "G", "Terminate")));
  const CXXMethodDecl *Pre = method(Context, "G", "OnGlobalPreBeginRequest");
  ASSERT_TRUE(iismodel::overriddenRequestHandler(Pre));
  EXPECT_TRUE(iismodel::isCGlobalModule(iismodel::overriddenRequestHandler(Pre)->getParent()));
}

TEST(Handlers, NamespacedLookalikeBaseIsNotSdk) {
  auto AST = iismodel::test::buildAST(R"cpp(
    namespace fake { class CHttpModule { public: virtual int OnBeginRequest() { return 0; } }; }
    class M : public fake::CHttpModule { int OnBeginRequest() override { return 1; } };
    )cpp");
  ASSERT_TRUE(AST);
  EXPECT_FALSE(
      iismodel::overriddenRequestHandler(method(AST->getASTContext(), "M", "OnBeginRequest")));
}

TEST(Handlers, HttpContextParameterAndDerivation) {
  auto AST = iismodel::test::buildAST(R"cpp(
    class Ctx : public IHttpStoredContext { void CleanupStoredContext() override {} };
    class More : public Ctx {};
    class M : public CHttpModule {
      REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pCtx, IHttpEventProvider *) override { return RQ_NOTIFICATION_CONTINUE; }
    };)cpp");
  ASSERT_TRUE(AST);
  ASTContext &Context = AST->getASTContext();
  const CXXMethodDecl *Begin = method(Context, "M", "OnBeginRequest");
  ASSERT_TRUE(iismodel::httpContextParameter(Begin));
  EXPECT_EQ(iismodel::httpContextParameter(Begin)->getName(), "pCtx");
  auto More = iismodel::test::findAll<CXXRecordDecl>(
      Context, cxxRecordDecl(hasName("More"), isDefinition()));
  ASSERT_EQ(More.size(), 1u);
  EXPECT_TRUE(iismodel::derivesFromSdkClass(More.front(), "IHttpStoredContext"));
  EXPECT_FALSE(iismodel::derivesFromSdkClass(More.front(), "CHttpModule"));
}

} // namespace

namespace {
TEST(Handlers, ModuleCreatedByNewExpression) {
  auto AST = iismodel::test::buildAST(R"cpp(
    class M : public CHttpModule {};
    struct Other {};
    void f() { new M; new Other; new M[2]; }
  )cpp");
  ASSERT_TRUE(AST);
  auto News = iismodel::test::findAll<CXXNewExpr>(AST->getASTContext(), cxxNewExpr());
  ASSERT_EQ(News.size(), 3u);
  ASSERT_TRUE(iismodel::moduleCreatedBy(News[0]));
  EXPECT_EQ(iismodel::moduleCreatedBy(News[0])->getName(), "M");
  EXPECT_FALSE(iismodel::moduleCreatedBy(News[1]));
  EXPECT_FALSE(iismodel::moduleCreatedBy(News[2])); // an array is no module object
}
} // namespace
