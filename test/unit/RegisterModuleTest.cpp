#include "iis/ExportModel.h"
#include "iis/RegisterModule.h"
#include "ASTHelpers.h"

#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace {

iis::EntryPointFacts factsOf(const std::string &Code, const std::string &Target) {
  auto AST = iis::test::buildAST(Code, Target);
  EXPECT_TRUE(AST);
  auto Fs = iis::test::findAll<FunctionDecl>(
      AST->getASTContext(), functionDecl(hasName("RegisterModule"), isDefinition()));
  EXPECT_EQ(Fs.size(), 1u);
  EXPECT_TRUE(iis::isRegisterModuleEntryPoint(Fs[0]));
  return iis::entryPointFacts(Fs[0], AST->getASTContext());
}

const char *CStdcallExport = R"cpp(
  extern "C" __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return 0; }
)cpp";
const char *CxxStdcallExport = R"cpp(
  __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return 0; }
)cpp";

TEST(RegisterModule, SymbolsPerArchitecture) {
  iis::EntryPointFacts C86 = factsOf(CStdcallExport, "--target=i686-pc-windows-msvc");
  EXPECT_TRUE(C86.ExternC && C86.DllExport && C86.StandardSignature);
  EXPECT_EQ(C86.Convention, iis::CallingConvention::Stdcall);
  EXPECT_EQ(iis::symbolName(C86, iis::WindowsArch::X86), "_RegisterModule@12");
  EXPECT_EQ(iis::symbolName(C86, iis::WindowsArch::X64), "RegisterModule");

  // An x64 TU still shows the __stdcall the x86 build will use.
  iis::EntryPointFacts C64 = factsOf(CStdcallExport, "--target=x86_64-pc-windows-msvc");
  EXPECT_EQ(C64.Convention, iis::CallingConvention::Stdcall);
  EXPECT_EQ(iis::symbolName(C64, iis::WindowsArch::X86), "_RegisterModule@12");
}

TEST(RegisterModule, CxxNamesAgreeWithTheMangler) {
  iis::EntryPointFacts X86 = factsOf(CxxStdcallExport, "--target=i686-pc-windows-msvc");
  iis::EntryPointFacts X64 = factsOf(CxxStdcallExport, "--target=x86_64-pc-windows-msvc");
  EXPECT_EQ(X86.MangledName,
            "?RegisterModule@@YGJKPAVIHttpModuleRegistrationInfo@@PAVIHttpServer@@@Z");
  EXPECT_EQ(X64.MangledName,
            "?RegisterModule@@YAJKPEAVIHttpModuleRegistrationInfo@@PEAVIHttpServer@@@Z");
  // The rule-based names for the other architecture match what the mangler
  // gives when the TU is built for it.
  EXPECT_EQ(iis::symbolName(X64, iis::WindowsArch::X86), X86.MangledName);
  EXPECT_EQ(iis::symbolName(X86, iis::WindowsArch::X64), X64.MangledName);
  EXPECT_EQ(iis::symbolName(X64, iis::WindowsArch::Arm64), X64.MangledName);
  // Under mingw targets the MSVC name is still what the MSVC linker sees.
  iis::EntryPointFacts Mingw86 = factsOf(CxxStdcallExport, "--target=i686-w64-mingw32");
  EXPECT_EQ(iis::symbolName(Mingw86, iis::WindowsArch::X86), X86.MangledName);
}

TEST(RegisterModule, SignatureAndOverloads) {
  auto AST = iis::test::buildAST(R"cpp(
    HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return 0; }
    long RegisterModule(int) { return 0; }
  )cpp", "--target=i686-pc-windows-msvc");
  ASSERT_TRUE(AST);
  auto Overload = iis::test::findAll<FunctionDecl>(
      AST->getASTContext(), functionDecl(hasName("RegisterModule"), parameterCountIs(1)));
  ASSERT_EQ(Overload.size(), 1u);
  EXPECT_FALSE(iis::hasRegisterModuleSignature(Overload[0]));
  EXPECT_EQ(iis::writtenCallingConvention(Overload[0]), iis::CallingConvention::Cdecl);
}

TEST(ExportModel, Undecorate) {
  EXPECT_EQ(iis::undecorate("?RegisterModule@@YGJKPAVX@@PAVY@@@Z"), "RegisterModule");
  EXPECT_EQ(iis::undecorate("_RegisterModule@12"), "RegisterModule");
  EXPECT_EQ(iis::undecorate("@RegisterModule@12"), "RegisterModule");
  EXPECT_EQ(iis::undecorate("RegisterModule@@24"), "RegisterModule");
  EXPECT_EQ(iis::undecorate("_RegisterModule"), "_RegisterModule");
}

TEST(ExportModel, ParseExportSwitch) {
  auto E = iis::parseExportSwitch("/EXPORT:RegisterModule=_RegisterModule@12,@1,NONAME");
  ASSERT_TRUE(E);
  EXPECT_EQ(E->Name, "RegisterModule");
  EXPECT_EQ(E->InternalName, "_RegisterModule@12");
  EXPECT_EQ(E->Ordinal, 1u);
  EXPECT_TRUE(E->NoName);
  EXPECT_EQ(iis::parseExportSwitch("-export:Foo,DATA")->Name, "Foo");
  EXPECT_FALSE(iis::parseExportSwitch("/EXPORT:"));
  auto D = iis::directiveExports("/include:x /export:A /EXPORT:B=C");
  ASSERT_EQ(D.size(), 2u);
  EXPECT_EQ(D[1].InternalName, "C");
}

iis::ExportSpec spec(iis::ExportRoute Route, const std::string &Text) {
  return {Route, *iis::parseExportSwitch(Text), Text};
}

TEST(ExportModel, Routes) {
  iis::EntryPointFacts C86 = factsOf(CStdcallExport, "--target=i686-pc-windows-msvc");
  // dllexport alone: decorated on x86, plain on x64.
  EXPECT_FALSE(iis::predictExports(C86, iis::WindowsArch::X86, {}).exportsPlainName());
  EXPECT_TRUE(iis::predictExports(C86, iis::WindowsArch::X64, {}).exportsPlainName());
  // A .def entry is fuzzy-matched; a directive is not.
  std::vector<iis::ExportSpec> Def{spec(iis::ExportRoute::DefFile, "RegisterModule")};
  EXPECT_TRUE(iis::predictExports(C86, iis::WindowsArch::X86, Def).exportsPlainName());
  std::vector<iis::ExportSpec> Directive{spec(iis::ExportRoute::Directive, "RegisterModule")};
  auto P = iis::predictExports(C86, iis::WindowsArch::X86, Directive);
  EXPECT_FALSE(P.exportsPlainName());
  ASSERT_EQ(P.LinkFailures.size(), 1u);
  std::vector<iis::ExportSpec> Aliased{
      spec(iis::ExportRoute::Directive, "RegisterModule=_RegisterModule@12")};
  EXPECT_TRUE(iis::predictExports(C86, iis::WindowsArch::X86, Aliased).exportsPlainName());
  // A misspelt name fails to link; NONAME leaves the name out.
  std::vector<iis::ExportSpec> Lower{spec(iis::ExportRoute::DefFile, "registermodule")};
  EXPECT_EQ(iis::predictExports(C86, iis::WindowsArch::X64, Lower).LinkFailures.size(), 1u);
  iis::EntryPointFacts Plain = C86;
  Plain.DllExport = false;
  std::vector<iis::ExportSpec> NoName{spec(iis::ExportRoute::LinkerOption, "RegisterModule,@1,NONAME")};
  EXPECT_FALSE(iis::predictExports(Plain, iis::WindowsArch::X64, NoName).exportsPlainName());
  // Other functions' exports are not about RegisterModule.
  std::vector<iis::ExportSpec> Other{spec(iis::ExportRoute::DefFile, "GetIISVersion")};
  EXPECT_TRUE(iis::predictExports(Plain, iis::WindowsArch::X64, Other).LinkFailures.empty());
}

} // namespace

namespace {
TEST(RegisterModule, RegistrationApiPresence) {
  auto WithApi = iis::test::buildAST("class IHttpModuleRegistrationInfo;\n");
  auto Without = clang::tooling::buildASTFromCodeWithArgs(
      "namespace iis { class IHttpModuleRegistrationInfo; }\n",
      {"--target=x86_64-pc-windows-msvc"}, "input.cpp");
  ASSERT_TRUE(WithApi && Without);
  EXPECT_TRUE(iis::declaresRegistrationApi(WithApi->getASTContext()));
  EXPECT_FALSE(iis::declaresRegistrationApi(Without->getASTContext()));
}
} // namespace
