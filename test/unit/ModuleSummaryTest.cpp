// lib/ModuleSummary: the summary format and the link step's walk.
#include "summary/ModuleLink.h"

#include "gtest/gtest.h"

using namespace iismodel;

namespace {

SummaryFunction function(const std::string &Usr, std::vector<std::string> Callees,
                         bool Allocates = false, const std::string &Handler = "") {
  SummaryFunction F;
  F.Usr = Usr;
  F.Name = Usr;
  F.Where = {0, 1, 1, static_cast<unsigned>(Usr.size())};
  F.Handler = Handler;
  for (const std::string &Callee : Callees)
    F.Calls.push_back({Callee, Callee, false, {0, 2, 3, 10}});
  if (Allocates)
    F.Allocations.push_back(
        {"new", "use the pool", {0, 3, 5, 100 + static_cast<unsigned>(Usr.size())}});
  return F;
}

TranslationUnitSummary tu(const std::string &File, std::vector<SummaryFunction> Functions) {
  TranslationUnitSummary S;
  S.Producer = summaryProducer().str();
  S.MainFile = File;
  S.CompileKey = "k";
  S.Files = {File};
  S.Inputs = {{File, "0000000000000000"}};
  S.Functions = std::move(Functions);
  S.EnabledChecks = {HeapCheckName.str()};
  return S;
}

TEST(ModuleSummary, RoundTripIsExactAndDeterministic) {
  TranslationUnitSummary S =
      tu("/m/a.cpp", {function("h", {"x"}, true, "CHttpModule::OnBeginRequest")});
  S.Reported.push_back({0, 3, 5, 101});
  std::string Text = summaryToJSON(S);
  llvm::Expected<TranslationUnitSummary> Back = parseSummary(Text, "a.json");
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(summaryToJSON(*Back), Text);
  EXPECT_EQ(Back->Functions[0].Handler, "CHttpModule::OnBeginRequest");
  EXPECT_EQ(Back->Reported.size(), 1u);
  // Keyed by main file and compile settings.
  TranslationUnitSummary Other = S;
  Other.CompileKey = "other";
  EXPECT_NE(summaryFileName(S), summaryFileName(Other));
  EXPECT_TRUE(llvm::StringRef(summaryFileName(S)).starts_with("a-"));
}

TEST(ModuleSummary, RefusesOtherVersionsAndGarbage) {
  std::string Text = summaryToJSON(tu("/m/a.cpp", {}));
  std::string Future = Text;
  Future.replace(Future.find("\"version\":2"), 11, "\"version\":3");
  llvm::Expected<TranslationUnitSummary> Read = parseSummary(Future, "f.json");
  ASSERT_FALSE(Read);
  EXPECT_NE(llvm::toString(Read.takeError()).find("format version 3"), std::string::npos);
  for (const char *Bad : {"", "[]", "{\"format\": \"x\"}", "{\"format\": \"iis-tidy-summary\""}) {
    llvm::Expected<TranslationUnitSummary> Garbage = parseSummary(Bad, "g.json");
    ASSERT_FALSE(Garbage) << Bad;
    EXPECT_NE(llvm::toString(Garbage.takeError()).find("g.json"), std::string::npos);
  }
}

std::vector<std::string> findings(const std::vector<TranslationUnitSummary> &TUs,
                                  unsigned Depth = 8) {
  std::vector<std::string> Result;
  linkModule(TUs, Depth, [&](const CrossFinding &F) {
    std::string Chain = F.HandlerName;
    for (const CrossFinding::Step &Step : F.Chain)
      Chain += ">" + Step.CalleeName;
    Result.push_back(Chain);
  });
  return Result;
}

TEST(ModuleSummary, FollowsCallsAcrossTUsOnceAndShortest) {
  // h (a.cpp) -> mid (b.cpp) -> leaf (c.cpp, allocates); h -> leaf too.
  std::vector<TranslationUnitSummary> TUs = {
      tu("/m/a.cpp", {function("h", {"mid", "leaf"}, false, "CHttpModule::OnBeginRequest"),
                      function("h2", {"mid"}, false, "CHttpModule::OnEndRequest")}),
      tu("/m/b.cpp", {function("mid", {"leaf"})}),
      tu("/m/c.cpp", {function("leaf", {}, true)}),
  };
  EXPECT_EQ(findings(TUs), std::vector<std::string>{"h>leaf"});
  EXPECT_EQ(findings(TUs, 0), std::vector<std::string>{});
}

TEST(ModuleSummary, OnlyWhereTheHeapCheckIsEnabled) {
  std::vector<TranslationUnitSummary> TUs = {
      tu("/m/a.cpp", {function("h", {"leaf"}, false, "CHttpModule::OnBeginRequest")}),
      tu("/m/c.cpp", {function("leaf", {}, true)}),
  };
  TUs[1].EnabledChecks = {MaskCheckName.str()};
  EXPECT_TRUE(findings(TUs).empty());
}

TEST(ModuleSummary, WhatThePerTURunReportedIsNotRepeated) {
  std::vector<TranslationUnitSummary> TUs = {
      tu("/m/a.cpp", {function("h", {"leaf"}, false, "CHttpModule::OnBeginRequest")}),
      tu("/m/c.cpp", {function("leaf", {}, true)}),
  };
  TUs[1].Reported.push_back(TUs[1].Functions[0].Allocations[0].Where);
  EXPECT_TRUE(findings(TUs).empty());
}

TEST(ModuleSummary, AFunctionDefinedInSeveralTUsCountsOnce) {
  // An inline helper in a header, summarised by both TUs that include it.
  SummaryFunction Inline = function("inline", {}, true);
  std::vector<TranslationUnitSummary> TUs = {
      tu("/m/a.cpp", {function("h", {"inline"}, false, "CHttpModule::OnBeginRequest"), Inline}),
      tu("/m/b.cpp", {function("h2", {"inline"}, false, "CHttpModule::OnEndRequest"), Inline}),
  };
  TUs[0].Files = {"/m/helpers.h"};
  TUs[1].Files = {"/m/helpers.h"};
  EXPECT_EQ(findings(TUs).size(), 1u);
}

} // namespace
