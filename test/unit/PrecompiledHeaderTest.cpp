// lib/compat/PrecompiledHeader: which header a precompiled header may stand
// for, from sources written the way real modules start.
#include "compat/PrecompiledHeader.h"

#include "TempTree.h"

using namespace iismodel;

namespace {

using SourceTree = TempTree;

TEST_F(SourceTree, QuotedIncludeAfterCommentsIgnoringCase) {
  std::string Header = make("mod/stdafx.h", "#pragma once\n");
  std::string Source = make("mod/Module.cpp", "\xEF\xBB\xBF// Module.cpp\r\n/* a block\n"
                                              "   comment */\n\n  #  include \"StdAfx.h\"\n"
                                              "int x;\n");
  EXPECT_EQ(leadingHeader(Source, {}), Header);
}

TEST_F(SourceTree, CodeBeforeTheIncludeMeansNone) {
  make("mod/stdafx.h", "");
  std::string Source = make("mod/Module.cpp", "#define X 1\n#include \"stdafx.h\"\n");
  EXPECT_EQ(leadingHeader(Source, {}), std::nullopt);
  std::string Declared = make("mod/Other.cpp", "int x;\n#include \"stdafx.h\"\n");
  EXPECT_EQ(leadingHeader(Declared, {}), std::nullopt);
}

TEST_F(SourceTree, ContinuedLineCommentHidesTheNextLine) {
  make("mod/a.h", "");
  std::string Second = make("mod/b.h", "");
  std::string Source =
      make("mod/Module.cpp", "// ends with a backslash \\\n#include \"a.h\"\n#include \"b.h\"\n");
  EXPECT_EQ(leadingHeader(Source, {}), Second);
}

TEST_F(SourceTree, ForcedIncludeComesFirst) {
  std::string Forced = make("mod/pch.h", "");
  make("mod/stdafx.h", "");
  std::string Source = make("mod/Module.cpp", "#include \"stdafx.h\"\n");
  EXPECT_EQ(leadingHeader(Source, {"clang++", "-DX", "-include", Forced, "-include", "other.h"}),
            Forced);
  EXPECT_EQ(leadingHeader(Source, {"clang++", "-include", path("mod/absent.h")}), std::nullopt);
}

TEST_F(SourceTree, SearchedAsClangSearches) {
  std::string Common = make("inc/Common.h", "");
  std::string Local = make("mod/common.h", "");
  std::string Quoted = make("mod/Quoted.cpp", "#include \"common.h\"\n");
  std::string Angled = make("mod/Angled.cpp", "#include <Common.h>\n");
  std::string Backslash = make("mod/Backslash.cpp", "#include \"..\\inc\\common.h\"\n");
  std::vector<std::string> Arguments{"clang++", "-I" + path("inc")};
  // A quoted name is looked for next to the source first, an angled one not.
  EXPECT_EQ(leadingHeader(Quoted, Arguments), Local);
  EXPECT_EQ(leadingHeader(Angled, Arguments), Common);
  EXPECT_EQ(leadingHeader(Angled, {}), std::nullopt);
  EXPECT_TRUE(leadingHeader(Backslash, {}).has_value());
}

TEST_F(SourceTree, MissingHeaderOrSourceMeansNone) {
  std::string Source = make("mod/Module.cpp", "#include \"absent.h\"\n");
  EXPECT_EQ(leadingHeader(Source, {}), std::nullopt);
  EXPECT_EQ(leadingHeader(path("mod/Gone.cpp"), {}), std::nullopt);
  std::string Unterminated = make("mod/Broken.cpp", "#include \"absent.h\n");
  EXPECT_EQ(leadingHeader(Unterminated, {}), std::nullopt);
}

TEST(PrecompiledHeaderSettings, OnlyUseAndCreatePrecompile) {
  ProjectConfiguration::CompileSettings Compile;
  Compile.PrecompiledHeaderFile = "stdafx.h";
  Compile.PrecompiledHeader = "Use";
  EXPECT_EQ(precompiledHeaderName(Compile), "stdafx.h");
  Compile.PrecompiledHeader = "create";
  EXPECT_EQ(precompiledHeaderName(Compile), "stdafx.h");
  Compile.PrecompiledHeader = "NotUsing";
  EXPECT_EQ(precompiledHeaderName(Compile), std::nullopt);
  Compile.PrecompiledHeader = "";
  EXPECT_EQ(precompiledHeaderName(Compile), std::nullopt);
}

TEST(PrecompiledHeaderSettings, NamesCompareByFileNameIgnoringCase) {
  EXPECT_TRUE(namesPrecompiledHeader("..\\Common\\PCH.h", "/src/common/pch.h"));
  EXPECT_TRUE(namesPrecompiledHeader("StdAfx.h", "/src/mod/stdafx.h"));
  EXPECT_TRUE(namesPrecompiledHeader("", "/src/mod/precomp.h"));
  EXPECT_FALSE(namesPrecompiledHeader("stdafx.h", "/src/mod/pch.h"));
}

} // namespace
