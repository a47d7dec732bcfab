#include "exports/RegisterModule.h"
#include "ASTHelpers.h"
#include "exports/ExportModel.h"

#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace {

iismodel::EntryPointFacts factsOf(const std::string &Code, const std::string &Target) {
  auto AST = iismodel::test::buildAST(Code, Target);
  EXPECT_TRUE(AST);
  auto Fs = iismodel::test::findAll<FunctionDecl>(
      AST->getASTContext(), functionDecl(hasName("RegisterModule"), isDefinition()));
  EXPECT_EQ(Fs.size(), 1u);
  EXPECT_TRUE(iismodel::isRegisterModuleEntryPoint(Fs[0]));
  return iismodel::entryPointFacts(Fs[0], AST->getASTContext());
}

const char *CStdcallExport = R"cpp(
  extern "C" __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return 0; }
)cpp";
const char *CxxStdcallExport = R"cpp(
  __declspec(dllexport) HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return 0; }
)cpp";

TEST(RegisterModule, SymbolsPerArchitecture) {
  iismodel::EntryPointFacts C86 = factsOf(CStdcallExport, "--target=i686-pc-windows-msvc");
  EXPECT_TRUE(C86.ExternC && C86.DllExport && C86.StandardSignature);
  EXPECT_EQ(C86.Convention, iismodel::CallingConvention::Stdcall);
  EXPECT_EQ(iismodel::symbolName(C86, iismodel::WindowsArch::X86), "_RegisterModule@12");
  EXPECT_EQ(iismodel::symbolName(C86, iismodel::WindowsArch::X64), "RegisterModule");

  // An x64 TU still shows the __stdcall the x86 build will use.
  iismodel::EntryPointFacts C64 = factsOf(CStdcallExport, "--target=x86_64-pc-windows-msvc");
  EXPECT_EQ(C64.Convention, iismodel::CallingConvention::Stdcall);
  EXPECT_EQ(iismodel::symbolName(C64, iismodel::WindowsArch::X86), "_RegisterModule@12");
}

TEST(RegisterModule, CxxNamesAgreeWithTheMangler) {
  iismodel::EntryPointFacts X86 = factsOf(CxxStdcallExport, "--target=i686-pc-windows-msvc");
  iismodel::EntryPointFacts X64 = factsOf(CxxStdcallExport, "--target=x86_64-pc-windows-msvc");
  EXPECT_EQ(X86.MangledName,
            "?RegisterModule@@YGJKPAVIHttpModuleRegistrationInfo@@PAVIHttpServer@@@Z");
  EXPECT_EQ(X64.MangledName,
            "?RegisterModule@@YAJKPEAVIHttpModuleRegistrationInfo@@PEAVIHttpServer@@@Z");
  // The rule-based names for the other architecture match what the mangler
  // gives when the TU is built for it.
  EXPECT_EQ(iismodel::symbolName(X64, iismodel::WindowsArch::X86), X86.MangledName);
  EXPECT_EQ(iismodel::symbolName(X86, iismodel::WindowsArch::X64), X64.MangledName);
  EXPECT_EQ(iismodel::symbolName(X64, iismodel::WindowsArch::Arm64), X64.MangledName);
  // Under mingw targets the MSVC name is still what the MSVC linker sees.
  iismodel::EntryPointFacts Mingw86 = factsOf(CxxStdcallExport, "--target=i686-w64-mingw32");
  EXPECT_EQ(iismodel::symbolName(Mingw86, iismodel::WindowsArch::X86), X86.MangledName);
}

TEST(RegisterModule, SignatureAndOverloads) {
  auto AST = iismodel::test::buildAST(R"cpp(
    HRESULT __stdcall RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *) { return 0; }
    long RegisterModule(int) { return 0; }
  )cpp",
                                      "--target=i686-pc-windows-msvc");
  ASSERT_TRUE(AST);
  auto Overload = iismodel::test::findAll<FunctionDecl>(
      AST->getASTContext(), functionDecl(hasName("RegisterModule"), parameterCountIs(1)));
  ASSERT_EQ(Overload.size(), 1u);
  EXPECT_FALSE(iismodel::hasRegisterModuleSignature(Overload[0]));
  EXPECT_EQ(iismodel::writtenCallingConvention(Overload[0]), iismodel::CallingConvention::Cdecl);
}

TEST(ExportModel, Undecorate) {
  EXPECT_EQ(iismodel::undecorate("?RegisterModule@@YGJKPAVX@@PAVY@@@Z"), "RegisterModule");
  EXPECT_EQ(iismodel::undecorate("_RegisterModule@12"), "RegisterModule");
  EXPECT_EQ(iismodel::undecorate("@RegisterModule@12"), "RegisterModule");
  EXPECT_EQ(iismodel::undecorate("RegisterModule@@24"), "RegisterModule");
  EXPECT_EQ(iismodel::undecorate("_RegisterModule"), "_RegisterModule");
}

TEST(ExportModel, ParseExportSwitch) {
  auto E = iismodel::parseExportSwitch("/EXPORT:RegisterModule=_RegisterModule@12,@1,NONAME");
  ASSERT_TRUE(E);
  EXPECT_EQ(E->Name, "RegisterModule");
  EXPECT_EQ(E->InternalName, "_RegisterModule@12");
  EXPECT_EQ(E->Ordinal, 1u);
  EXPECT_TRUE(E->NoName);
  EXPECT_EQ(iismodel::parseExportSwitch("-export:Foo,DATA")->Name, "Foo");
  EXPECT_FALSE(iismodel::parseExportSwitch("/EXPORT:"));
  auto D = iismodel::directiveExports("/include:x /export:A /EXPORT:B=C");
  ASSERT_EQ(D.size(), 2u);
  EXPECT_EQ(D[1].InternalName, "C");
}

iismodel::ExportSpec spec(iismodel::ExportRoute Route, const std::string &Text) {
  return {Route, *iismodel::parseExportSwitch(Text), Text};
}

TEST(ExportModel, Routes) {
  iismodel::EntryPointFacts C86 = factsOf(CStdcallExport, "--target=i686-pc-windows-msvc");
  // dllexport alone: decorated on x86, plain on x64.
  EXPECT_FALSE(iismodel::predictExports(C86, iismodel::WindowsArch::X86, {}).exportsPlainName());
  EXPECT_TRUE(iismodel::predictExports(C86, iismodel::WindowsArch::X64, {}).exportsPlainName());
  // A .def entry is fuzzy-matched; a directive is not.
  std::vector<iismodel::ExportSpec> Def{spec(iismodel::ExportRoute::DefFile, "RegisterModule")};
  EXPECT_TRUE(iismodel::predictExports(C86, iismodel::WindowsArch::X86, Def).exportsPlainName());
  std::vector<iismodel::ExportSpec> Directive{
      spec(iismodel::ExportRoute::Directive, "RegisterModule")};
  auto P = iismodel::predictExports(C86, iismodel::WindowsArch::X86, Directive);
  EXPECT_FALSE(P.exportsPlainName());
  ASSERT_EQ(P.LinkFailures.size(), 1u);
  std::vector<iismodel::ExportSpec> Aliased{
      spec(iismodel::ExportRoute::Directive, "RegisterModule=_RegisterModule@12")};
  EXPECT_TRUE(
      iismodel::predictExports(C86, iismodel::WindowsArch::X86, Aliased).exportsPlainName());
  // A misspelt name fails to link; NONAME leaves the name out.
  std::vector<iismodel::ExportSpec> Lower{spec(iismodel::ExportRoute::DefFile, "registermodule")};
  EXPECT_EQ(iismodel::predictExports(C86, iismodel::WindowsArch::X64, Lower).LinkFailures.size(),
            1u);
  iismodel::EntryPointFacts Plain = C86;
  Plain.DllExport = false;
  std::vector<iismodel::ExportSpec> NoName{
      spec(iismodel::ExportRoute::LinkerOption, "RegisterModule,@1,NONAME")};
  EXPECT_FALSE(
      iismodel::predictExports(Plain, iismodel::WindowsArch::X64, NoName).exportsPlainName());
  // Other functions' exports are not about RegisterModule.
  std::vector<iismodel::ExportSpec> Other{spec(iismodel::ExportRoute::DefFile, "GetIISVersion")};
  EXPECT_TRUE(
      iismodel::predictExports(Plain, iismodel::WindowsArch::X64, Other).LinkFailures.empty());
}

} // namespace

namespace {
TEST(RegisterModule, RegistrationApiPresence) {
  auto WithApi = iismodel::test::buildAST("class IHttpModuleRegistrationInfo;\n");
  auto Without = clang::tooling::buildASTFromCodeWithArgs(
      "namespace iis { class IHttpModuleRegistrationInfo; }\n", {"--target=x86_64-pc-windows-msvc"},
      "input.cpp");
  ASSERT_TRUE(WithApi && Without);
  EXPECT_TRUE(iismodel::declaresRegistrationApi(WithApi->getASTContext()));
  EXPECT_FALSE(iismodel::declaresRegistrationApi(Without->getASTContext()));
}
} // namespace
