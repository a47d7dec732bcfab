#include "memory/AllocationCatalogue.h"
#include "ASTHelpers.h"
#include "memory/RequestReach.h"

#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace {

std::vector<std::string> sitesIn(ASTContext &Context, const std::string &Function,
                                 const iismodel::AllocationCatalogue &Catalogue = {}) {
  auto Found = iismodel::test::findAll<FunctionDecl>(
      Context, functionDecl(hasName(Function), isDefinition()));
  EXPECT_EQ(Found.size(), 1u);
  std::vector<std::string> Spellings;
  if (Found.empty())
    return Spellings;
  iismodel::RequestReach Reach(Context, Catalogue, iismodel::ReachOptions{});
  for (const iismodel::AllocationSite &S : Reach.summary(Found.front()).Allocations)
    Spellings.push_back(S.Spelling);
  return Spellings;
}

TEST(AllocationCatalogue, EveryFunctionHasAFamilyWithDeallocator) {
  for (const iismodel::AllocationFunction &F : iismodel::allocationFunctions())
    EXPECT_FALSE(iismodel::familyInfo(F.Family).Deallocator.empty()) << F.Name.str();
}

TEST(AllocationCatalogue, AdviceNamesThePoolCallWhereThePoolIsTheAnswer) {
  EXPECT_NE(
      iismodel::poolAdvice(iismodel::AllocationFamily::CRuntime, "'p->AllocateRequestMemory()'")
          .find("'p->AllocateRequestMemory()'"),
      std::string::npos);
  EXPECT_EQ(iismodel::poolAdvice(iismodel::AllocationFamily::Bstr, "X").find("X"),
            std::string::npos);
  EXPECT_NE(iismodel::poolAdvice(iismodel::AllocationFamily::VirtualMemory, "X").find("alignment"),
            std::string::npos);
}

TEST(AllocationSites, FindsAndExempts) {
  auto AST = iismodel::test::buildAST(R"cpp(
    typedef unsigned long long size_t;
    namespace std { struct nothrow_t {}; extern const nothrow_t nothrow; }
    void *operator new(size_t, const std::nothrow_t &) noexcept;
    void *operator new(size_t, void *p) noexcept;
    extern "C" void *malloc(size_t);
    extern "C" unsigned long FormatMessageW(unsigned long, const void *, unsigned long, unsigned long, wchar_t *, unsigned long, void *);
    namespace user { void *malloc(size_t); }
    struct Pooled { void *operator new(size_t, int); };
    struct Stored : IHttpStoredContext { void CleanupStoredContext() override {} };
    void f(void *pool, unsigned long flags) {
      int *a = new int;                   // new
      int *b = new int[4];                // new[]
      int *c = new (std::nothrow) int;    // new
      void *d = malloc(4);                // malloc
      int *e = new (pool) int;            // placement: exempt
      Pooled *g = new (1) Pooled;         // class operator new: exempt
      Stored *h = new Stored;             // released by IIS: exempt
      void *i = user::malloc(4);          // not the C runtime
      FormatMessageW(0x100 | 0x1000, 0, 0, 0, 0, 0, 0);  // allocates
      FormatMessageW(0x1000, 0, 0, 0, 0, 0, 0);          // does not
      FormatMessageW(flags, 0, 0, 0, 0, 0, 0);           // unknown: not guessed
      auto l = [] { return malloc(8); };  // lambda body counts
    })cpp");
  ASSERT_TRUE(AST);
  EXPECT_EQ(
      sitesIn(AST->getASTContext(), "f"),
      (std::vector<std::string>{"new", "new[]", "new", "malloc", "FormatMessageW", "malloc"}));
}

TEST(AllocationCatalogue, AddAndIgnoreByQualifiedName) {
  auto AST = iismodel::test::buildAST(R"cpp(
    typedef unsigned long long size_t;
    extern "C" void *malloc(size_t);
    namespace pool { void *Grab(size_t); }
    namespace other { void *Grab(size_t); }
    void *Anywhere(size_t);
    void f() { malloc(1); pool::Grab(1); other::Grab(1); Anywhere(1); }
  )cpp");
  ASSERT_TRUE(AST);
  iismodel::AllocationCatalogue Catalogue;
  Catalogue.add("::pool::Grab", iismodel::AllocationFamily::ProcessHeap);
  Catalogue.add("Anywhere", iismodel::AllocationFamily::CRuntime);
  EXPECT_EQ(sitesIn(AST->getASTContext(), "f", Catalogue),
            (std::vector<std::string>{"malloc", "pool::Grab", "Anywhere"}));
  Catalogue.ignore("::malloc");
  Catalogue.ignore("pool::Grab");
  EXPECT_EQ(sitesIn(AST->getASTContext(), "f", Catalogue), (std::vector<std::string>{"Anywhere"}));
}

TEST(AllocationCatalogue, FamilyOptionNames) {
  EXPECT_EQ(iismodel::familyByOptionName("heap"), iismodel::AllocationFamily::ProcessHeap);
  EXPECT_FALSE(iismodel::familyByOptionName("nope"));
  EXPECT_NE(iismodel::familyOptionNames().find("cotaskmem"), std::string::npos);
}

} // namespace
