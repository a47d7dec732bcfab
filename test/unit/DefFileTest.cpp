#include "exports/DefFile.h"

#include "TempTree.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace iismodel;

TEST(DefFile, PlainExport) {
  ModuleDefinition D = parseModuleDefinition("LIBRARY MyModule\nEXPORTS\n  RegisterModule\n");
  ASSERT_EQ(D.Exports.size(), 1u);
  EXPECT_EQ(D.Exports[0].Name, "RegisterModule");
  EXPECT_EQ(D.Exports[0].Line, 3u);
  EXPECT_TRUE(D.Problems.empty());
  EXPECT_NE(D.findExport("RegisterModule"), nullptr);
}

TEST(DefFile, NamesAreCaseSensitive) {
  ModuleDefinition D = parseModuleDefinition("EXPORTS\nregistermodule\n");
  EXPECT_EQ(D.findExport("RegisterModule"), nullptr);
  EXPECT_NE(D.findExport("registermodule"), nullptr);
}

TEST(DefFile, InternalNameOrdinalAndFlags) {
  ModuleDefinition D = parseModuleDefinition("EXPORTS\n"
                                             "RegisterModule=_RegisterModule@12 @1\n"
                                             "Hidden @2 NONAME\n"
                                             "Other PRIVATE\n"
                                             "Table DATA ; a comment\n"
                                             "\"Quoted Name\" @ 7\n");
  ASSERT_EQ(D.Exports.size(), 5u) << (D.Problems.empty() ? "" : D.Problems[0].Message);
  EXPECT_EQ(D.Exports[0].InternalName, "_RegisterModule@12");
  EXPECT_EQ(D.Exports[0].Ordinal, 1u);
  EXPECT_TRUE(D.Exports[1].NoName);
  EXPECT_TRUE(D.Exports[2].Private);
  EXPECT_TRUE(D.Exports[3].Data);
  EXPECT_EQ(D.Exports[4].Name, "Quoted Name");
  EXPECT_EQ(D.Exports[4].Ordinal, 7u);
  EXPECT_TRUE(D.Problems.empty());
}

TEST(DefFile, SeveralEntriesOnOneLine) {
  ModuleDefinition D = parseModuleDefinition("EXPORTS RegisterModule GetIISVersion\n");
  ASSERT_EQ(D.Exports.size(), 2u);
  EXPECT_EQ(D.Exports[1].Name, "GetIISVersion");
}

TEST(DefFile, CommentsAndLineEndings) {
  ModuleDefinition D =
      parseModuleDefinition("\xEF\xBB\xBF; module exports\r\nLIBRARY \"mod.dll\"\r\nEXPORTS\r\n"
                            "; RegisterModule is commented out\r\n  GetIISVersion\r\n");
  EXPECT_EQ(D.findExport("RegisterModule"), nullptr);
  ASSERT_EQ(D.Exports.size(), 1u);
  EXPECT_EQ(D.Exports[0].Line, 5u);
  EXPECT_TRUE(D.Problems.empty());
}

TEST(DefFile, SectionEndsAtNextStatement) {
  ModuleDefinition D = parseModuleDefinition("EXPORTS\nA\nHEAPSIZE 1024\nVERSION 1.0\n");
  ASSERT_EQ(D.Exports.size(), 1u);
  EXPECT_TRUE(D.Problems.empty());
}

TEST(DefFile, SectionsBlocksRunToTheNextStatement) {
  ModuleDefinition D = parseModuleDefinition(
      "LIBRARY m\nSECTIONS\n  .rdata READ\n  .data READ WRITE SHARED\nEXPORTS\n  RegisterModule\n");
  EXPECT_TRUE(D.Problems.empty()) << D.Problems.front().Message;
  EXPECT_NE(D.findExport("RegisterModule"), nullptr);
}

TEST(DefFile, MalformedInputIsReportedWithLines) {
  ModuleDefinition D =
      parseModuleDefinition("exports\nRegisterModule\nEXPORTS\nA @x\nB =\n\"unterminated\n@3\n");
  ASSERT_GE(D.Problems.size(), 5u);
  EXPECT_EQ(D.Problems[0].Line, 1u);
  EXPECT_NE(D.Problems[0].Message.find("case-sensitive"), std::string::npos);
  EXPECT_EQ(D.Problems[1].Line, 2u); // RegisterModule outside EXPORTS
  EXPECT_EQ(D.findExport("RegisterModule"), nullptr);
  bool SawOrdinal = false, SawInternal = false, SawQuote = false, SawLoneOrdinal = false;
  for (const ModuleDefinitionProblem &P : D.Problems) {
    SawOrdinal |= P.Line == 4 && P.Message.find("ordinal") != std::string::npos;
    SawInternal |= P.Line == 5 && P.Message.find("internal") != std::string::npos;
    SawQuote |= P.Line == 6 && P.Message.find("unterminated") != std::string::npos;
    SawLoneOrdinal |= P.Line == 7 && P.Message.find("no export name") != std::string::npos;
  }
  EXPECT_TRUE(SawOrdinal);
  EXPECT_TRUE(SawInternal);
  EXPECT_TRUE(SawQuote);
  EXPECT_TRUE(SawLoneOrdinal);
}

TEST(DefFile, NoNameWithoutOrdinalIsAProblem) {
  ModuleDefinition D = parseModuleDefinition("EXPORTS\nRegisterModule NONAME\n");
  ASSERT_EQ(D.Problems.size(), 1u);
  EXPECT_TRUE(D.Exports[0].NoName);
}

TEST(DefFile, EmptyAndGarbageDoNotCrash) {
  EXPECT_TRUE(parseModuleDefinition("").Exports.empty());
  EXPECT_TRUE(parseModuleDefinition("EXPORTS").Exports.empty());
  std::string Noise;
  for (int I = 0; I < 4096; ++I)
    Noise.push_back(static_cast<char>((I * 7919) % 255 + 1));
  ModuleDefinition D = parseModuleDefinition(Noise);
  (void)D;
}

static std::string writeTemp(llvm::StringRef Content) {
  llvm::SmallString<128> Path;
  int FD;
  EXPECT_FALSE(llvm::sys::fs::createTemporaryFile("deftest", "def", FD, Path));
  llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
  OS << Content;
  return std::string(Path);
}

TEST(DefFile, ReadFileErrorsNameTheFile) {
  llvm::Expected<ModuleDefinition> Missing = readModuleDefinitionFile("/nonexistent/dir/mod.def");
  ASSERT_FALSE(Missing);
  EXPECT_NE(llvm::toString(Missing.takeError()).find("/nonexistent/dir/mod.def"),
            std::string::npos);

  std::string Binary = writeTemp(llvm::StringRef("EXPORTS\0\x01\x02", 10));
  llvm::Expected<ModuleDefinition> NotText = readModuleDefinitionFile(Binary);
  ASSERT_FALSE(NotText);
  EXPECT_NE(llvm::toString(NotText.takeError()).find("not text"), std::string::npos);
  llvm::sys::fs::remove(Binary);

  std::string Good = writeTemp("EXPORTS\nRegisterModule\n");
  llvm::Expected<ModuleDefinition> Read = readModuleDefinitionFile(Good);
  ASSERT_TRUE(static_cast<bool>(Read));
  EXPECT_NE(Read->findExport("RegisterModule"), nullptr);
  llvm::sys::fs::remove(Good);
}

TEST(DefFile, HugeFileIsRefused) {
  std::string Huge = writeTemp(std::string(MaxModuleDefinitionFileSize + 1, ' '));
  llvm::Expected<ModuleDefinition> Read = readModuleDefinitionFile(Huge);
  ASSERT_FALSE(Read);
  EXPECT_NE(llvm::toString(Read.takeError()).find("larger than"), std::string::npos);
  llvm::sys::fs::remove(Huge);
}

using DefTree = TempTree;

TEST_F(DefTree, DiscoveryStopsAtTheRepositoryAndSkipsOtherModules) {
  llvm::sys::fs::create_directories(path("repo/.git"));
  make("outside.def");  // above the repository: not searched
  make("repo/top.def"); // the repository root
  make("repo/module/src/mod.cpp");
  make("repo/module/mod.def");         // one level up
  make("repo/module/inc/exports.def"); // a sibling folder without sources
  make("repo/other/other.cpp");
  make("repo/other/other.def"); // another DLL: has sources
  iismodel::ModuleDefinitionSearch Search =
      iismodel::findModuleDefinitionFiles(path("repo/module/src"));
  std::vector<std::string> Names;
  for (const std::string &F : Search.Files)
    Names.push_back(llvm::sys::path::filename(F).str());
  EXPECT_EQ(Names, (std::vector<std::string>{"exports.def", "mod.def", "top.def"}));
  EXPECT_TRUE(llvm::StringRef(Search.Root).ends_with("repo"));
}
