#include "iis/RegisterModule.h"
#include "ASTHelpers.h"

#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace {

TEST(RegisterModule, ExportNamesPerArchitecture) {
  const char *Decls = R"cpp(
    extern "C" __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return 0; }
  )cpp";
  auto X86 = iis::test::buildAST(Decls, "--target=i686-pc-windows-msvc");
  auto X64 = iis::test::buildAST(Decls);
  ASSERT_TRUE(X86 && X64);
  for (auto *AST : {X86.get(), X64.get()}) {
    auto Fs = iis::test::findAll<FunctionDecl>(AST->getASTContext(),
                                               functionDecl(hasName("RegisterModule")));
    ASSERT_EQ(Fs.size(), 1u);
    EXPECT_TRUE(iis::isRegisterModuleEntryPoint(Fs[0]));
    EXPECT_TRUE(iis::hasRegisterModuleSignature(Fs[0]));
    iis::WindowsArch Arch =
        iis::windowsArch(AST->getASTContext().getTargetInfo().getTriple());
    auto Name = iis::dllexportName(Fs[0], AST->getASTContext(), Arch);
    ASSERT_TRUE(Name);
    EXPECT_EQ(*Name, Arch == iis::WindowsArch::X86 ? "_RegisterModule@12" : "RegisterModule");
  }
}

TEST(RegisterModule, CxxLinkageIsMangledAndCdeclIsPlainOnX86) {
  auto AST = iis::test::buildAST(R"cpp(
    __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return 0; }
    extern "C" __declspec(dllexport) HRESULT __cdecl Other(DWORD) { return 0; }
    long RegisterModule(int);
  )cpp", "--target=i686-pc-windows-msvc");
  ASSERT_TRUE(AST);
  ASTContext &Context = AST->getASTContext();
  auto Entry = iis::test::findAll<FunctionDecl>(
      Context, functionDecl(hasName("RegisterModule"), isDefinition()));
  ASSERT_EQ(Entry.size(), 1u);
  EXPECT_EQ(*iis::dllexportName(Entry[0], Context, iis::WindowsArch::X86),
            "?RegisterModule@@YGJKPAVIHttpModuleRegistrationInfo@@PAVIHttpServer@@@Z");
  auto Other = iis::test::findAll<FunctionDecl>(Context, functionDecl(hasName("Other")));
  EXPECT_EQ(*iis::dllexportName(Other[0], Context, iis::WindowsArch::X86), "Other");
  auto Overload = iis::test::findAll<FunctionDecl>(
      Context, functionDecl(hasName("RegisterModule"), parameterCountIs(1)));
  ASSERT_EQ(Overload.size(), 1u);
  EXPECT_FALSE(iis::hasRegisterModuleSignature(Overload[0]));
  EXPECT_FALSE(iis::dllexportName(Overload[0], Context, iis::WindowsArch::X86));
}

} // namespace
