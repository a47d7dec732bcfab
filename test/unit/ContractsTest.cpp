// lib/Notifications, lib/RequestPool, lib/Lifetime and the deallocator
// catalogue: the facts the request-pool and registration contract checks share.
#include "ASTHelpers.h"
#include "iisapi/Notifications.h"
#include "memory/AllocationCatalogue.h"
#include "memory/Lifetime.h"
#include "memory/RequestPool.h"
#include "clang/AST/ExprCXX.h"

#include "gtest/gtest.h"
#include <set>

using namespace clang;
using namespace clang::ast_matchers;

namespace {

// What the mini SDK lacks for these tests: the factory and the pool APIs.
const char *PoolSdk = R"cpp(
class IModuleAllocator { public: virtual void *AllocateMemory(DWORD) = 0; };
class IHttpModuleFactory {
public:
  virtual HRESULT GetHttpModule(CHttpModule **, IModuleAllocator *) = 0;
  virtual void Terminate() = 0;
};
class IHttpContext { public: virtual void *AllocateRequestMemory(DWORD) = 0; };
extern "C" void free(void *);
)cpp";

std::unique_ptr<ASTUnit> build(const std::string &Code) {
  return iismodel::test::buildAST(std::string(PoolSdk) + Code);
}

template <typename NodeT, typename MatcherT>
const NodeT *first(ASTContext &Context, MatcherT Matcher) {
  auto Found = iismodel::test::findAll<NodeT>(Context, Matcher);
  return Found.empty() ? nullptr : Found.front();
}

const CXXRecordDecl *record(ASTContext &Context, const std::string &Name) {
  return first<CXXRecordDecl>(Context, cxxRecordDecl(hasName(Name), isDefinition()));
}

// The argument of the call to \p Callee.
const Expr *argumentOf(ASTContext &Context, const std::string &Callee) {
  const auto *Call = first<CallExpr>(Context, callExpr(callee(functionDecl(hasName(Callee)))));
  return Call && Call->getNumArgs() > 0 ? Call->getArg(0) : nullptr;
}

TEST(Notifications, BitsAreDistinctAndHandlersNamed) {
  for (auto Table : {iismodel::requestNotifications(), iismodel::globalNotifications()}) {
    std::set<uint32_t> Bits;
    for (const iismodel::NotificationEvent &Event : Table) {
      EXPECT_TRUE(Bits.insert(Event.Bit).second) << Event.Constant.str();
      EXPECT_EQ(Event.Bit & (Event.Bit - 1), 0u) << Event.Constant.str();
      EXPECT_TRUE(Event.Handler.starts_with("On")) << Event.Handler.str();
    }
  }
  // No mask bit subscribes to OnAsyncCompletion.
  for (const iismodel::NotificationEvent &Event : iismodel::requestNotifications())
    EXPECT_NE(Event.Handler, "OnAsyncCompletion");
}

TEST(Notifications, OverridesThroughBasesMostDerivedFirst) {
  auto AST = build(R"cpp(
    class Base : public CHttpModule {
    public:
      REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override;
    };
    class Derived : public Base {
    public:
      REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) override;
      REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext *, IHttpEventProvider *);
    };)cpp");
  ASSERT_TRUE(AST);
  auto Overrides = iismodel::overriddenSdkHandlers(record(AST->getASTContext(), "Derived"));
  ASSERT_EQ(Overrides.size(), 1u);
  EXPECT_EQ(Overrides.lookup("OnBeginRequest")->getParent()->getName(), "Derived");
}

TEST(Notifications, FactoryProductAndPointeeClass) {
  auto AST = build(R"cpp(
    class A : public CHttpModule {};
    class B : public CHttpModule {};
    class OneFactory : public IHttpModuleFactory {
    public:
      HRESULT GetHttpModule(CHttpModule **pp, IModuleAllocator *) override { *pp = new A; return 0; }
      void Terminate() override {}
    };
    class TwoFactory : public IHttpModuleFactory {
    public:
      bool First;
      HRESULT GetHttpModule(CHttpModule **pp, IModuleAllocator *) override {
        if (First) *pp = new A; else *pp = new B;
        return 0;
      }
      void Terminate() override {}
    };
    OneFactory g_Factory;
    void Take(IHttpModuleFactory *);
    void Register() {
      IHttpModuleFactory *pInterface = new OneFactory;
      Take(pInterface);
      Take(&g_Factory);
      Take(new TwoFactory);
    })cpp");
  ASSERT_TRUE(AST);
  ASTContext &Context = AST->getASTContext();
  auto One = iismodel::moduleCreatedByFactory(record(Context, "OneFactory"));
  ASSERT_TRUE(One);
  EXPECT_EQ(One->Module->getName(), "A");
  EXPECT_FALSE(iismodel::moduleCreatedByFactory(record(Context, "TwoFactory")));

  auto Arguments = iismodel::test::findAll<Expr>(
      Context, expr(hasParent(callExpr(callee(functionDecl(hasName("Take")))))));
  std::vector<std::string> Classes;
  for (const Expr *Argument : Arguments)
    if (const CXXRecordDecl *Class = iismodel::pointeeClass(Argument))
      Classes.push_back(Class->getNameAsString());
  EXPECT_EQ(Classes, (std::vector<std::string>{"OneFactory", "OneFactory", "TwoFactory"}));
}

TEST(Notifications, NearestHandlerAndDifference) {
  auto AST = build(R"cpp(
    class M : public CHttpModule {
    public:
      REQUEST_NOTIFICATION_STATUS OnBeginRequst(IHttpContext *, IHttpEventProvider *);
      REQUEST_NOTIFICATION_STATUS OnAuthenticateRequest(IHttpContext *, IHttpEventProvider *);
      REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *, IHttpEventProvider *) const;
      void Helper();
      void OnSomethingElse();
    };)cpp");
  ASSERT_TRUE(AST);
  ASTContext &Context = AST->getASTContext();
  auto Method = [&](const std::string &Name, bool Const = false) {
    for (const CXXMethodDecl *M : record(Context, "M")->methods())
      if (M->getNameAsString() == Name && M->isConst() == Const)
        return M;
    return static_cast<const CXXMethodDecl *>(nullptr);
  };
  const CXXMethodDecl *Misspelt = iismodel::nearestSdkHandler(Method("OnBeginRequst"), 2);
  ASSERT_TRUE(Misspelt);
  EXPECT_EQ(Misspelt->getName(), "OnBeginRequest");
  iismodel::SignatureDifference Rename =
      iismodel::compareWithHandler(Method("OnBeginRequst"), Misspelt);
  EXPECT_TRUE(Rename.NameDiffers);
  EXPECT_TRUE(Rename.RenameOverrides);
  EXPECT_FALSE(iismodel::nearestSdkHandler(Method("OnBeginRequst"), 0));

  const CXXMethodDecl *Auth = Method("OnAuthenticateRequest");
  iismodel::SignatureDifference Provider =
      iismodel::compareWithHandler(Auth, iismodel::nearestSdkHandler(Auth, 2));
  EXPECT_EQ(Provider.What, iismodel::SignatureDifference::ParameterType);
  EXPECT_EQ(Provider.Parameter, 1u);
  EXPECT_FALSE(Provider.RenameOverrides);

  const CXXMethodDecl *Const = Method("OnBeginRequest", true);
  EXPECT_EQ(iismodel::compareWithHandler(Const, iismodel::nearestSdkHandler(Const, 2)).What,
            iismodel::SignatureDifference::Qualifiers);

  EXPECT_FALSE(iismodel::nearestSdkHandler(Method("Helper"), 2));
  EXPECT_FALSE(iismodel::nearestSdkHandler(Method("OnSomethingElse"), 2));
}

TEST(RequestPool, OriginsThroughCastsAliasesAndMembers) {
  auto AST = build(R"cpp(
    extern "C" void *malloc(unsigned long long);
    void Escape(void **);
    class M : public CHttpModule {
      char *m_pPool = nullptr;
      char *m_pMixed = nullptr;
    public:
      void Fill(IHttpContext *pContext) {
        m_pPool = (char *)pContext->AllocateRequestMemory(4);
        m_pMixed = (char *)pContext->AllocateRequestMemory(4);
      }
      void Heap() { m_pMixed = (char *)malloc(4); }
      void Release() { free(m_pPool); }
      void ReleaseMixed() { free(m_pMixed); }
    };
    void Alias(IHttpContext *pContext) {
      void *pRaw = pContext->AllocateRequestMemory(8);
      char *pAlias = static_cast<char *>(pRaw);
      free(pAlias);
    }
    void AddressTaken(IHttpContext *pContext) {
      void *pOut = pContext->AllocateRequestMemory(8);
      Escape(&pOut);
      free(pOut);
    }
    void Param(void *pParam) { free(pParam); })cpp");
  ASSERT_TRUE(AST);
  ASTContext &Context = AST->getASTContext();
  iismodel::RequestPoolOrigins Origins;
  auto FreedIn = [&](const std::string &Function) {
    const auto *Call =
        first<CallExpr>(Context, callExpr(callee(functionDecl(hasName("free"))),
                                          hasAncestor(functionDecl(hasName(Function)))));
    return Call ? Origins.originOf(Call->getArg(0)) : nullptr;
  };
  EXPECT_TRUE(FreedIn("Alias"));
  EXPECT_TRUE(FreedIn("Release"));
  EXPECT_FALSE(FreedIn("ReleaseMixed"));
  EXPECT_FALSE(FreedIn("AddressTaken"));
  EXPECT_FALSE(FreedIn("Param"));
}

TEST(RequestPool, UserPoolFunctions) {
  auto AST = build(R"cpp(
    namespace pool { void *Take(unsigned); }
    void Use() { free(pool::Take(4)); })cpp");
  ASSERT_TRUE(AST);
  const Expr *Argument = argumentOf(AST->getASTContext(), "free");
  ASSERT_TRUE(Argument);
  EXPECT_FALSE(iismodel::RequestPoolOrigins().originOf(Argument));
  EXPECT_TRUE(iismodel::RequestPoolOrigins({"pool::Take"}).originOf(Argument));
}

TEST(Lifetime, LongLivedStorage) {
  auto AST = build(R"cpp(
    struct Holder { char *p; };
    Holder g_Holder;
    char *g_p;
    struct Cache { char *p; };
    class G : public CGlobalModule {
      char *m_p;
      void Terminate() override {}
      void Store(char *v, Cache *c, Holder *h) {
        g_p = v;
        g_Holder.p = v;
        m_p = v;
        c->p = v;
        h->p = v;
        char *local;
        local = v;
      }
    };)cpp");
  ASSERT_TRUE(AST);
  ASTContext &Context = AST->getASTContext();
  std::vector<std::string> Found, WithCache;
  for (const BinaryOperator *Assign :
       iismodel::test::findAll<BinaryOperator>(Context, binaryOperator(hasOperatorName("=")))) {
    const ValueDecl *Storage = iismodel::longLivedStorage(Assign->getLHS());
    Found.push_back(Storage ? Storage->getNameAsString() : "-");
    Storage = iismodel::longLivedStorage(Assign->getLHS(), {"Cache"});
    WithCache.push_back(Storage ? Storage->getNameAsString() : "-");
  }
  EXPECT_EQ(Found, (std::vector<std::string>{"g_p", "g_Holder", "m_p", "-", "-", "-"}));
  EXPECT_EQ(WithCache, (std::vector<std::string>{"g_p", "g_Holder", "m_p", "p", "-", "-"}));
}

TEST(DeallocationCatalogue, GlobalScopeAndAddedNames) {
  auto AST = build(R"cpp(
    extern "C" int HeapFree(void *, unsigned long, void *);
    namespace other { void free(void *); }
    namespace pool { void Drop(int, void *); }
    void Use() {
      free(nullptr);
      other::free(nullptr);
      HeapFree(nullptr, 0, nullptr);
      pool::Drop(0, nullptr);
    })cpp");
  ASSERT_TRUE(AST);
  ASTContext &Context = AST->getASTContext();
  auto Callee = [&](const std::string &Qualified) {
    return first<FunctionDecl>(Context, functionDecl(hasName(Qualified)));
  };
  iismodel::DeallocationCatalogue Catalogue;
  EXPECT_EQ(Catalogue.releasedArgument(Callee("::free")), 0u);
  EXPECT_FALSE(Catalogue.releasedArgument(Callee("::other::free")));
  EXPECT_EQ(Catalogue.releasedArgument(Callee("::HeapFree")), 2u);
  EXPECT_FALSE(Catalogue.releasedArgument(Callee("::pool::Drop")));
  Catalogue.add("::pool::Drop", 1);
  EXPECT_EQ(Catalogue.releasedArgument(Callee("::pool::Drop")), 1u);
}

} // namespace
