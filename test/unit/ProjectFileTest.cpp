// lib/ProjectFile: link settings per configuration x platform from .vcxproj,
// .vcproj and CMakeLists.txt files written the way real modules write them.
#include "projects/ProjectFile.h"

#include "TempTree.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace iismodel;

namespace {

class ProjectTree : public TempTree {
protected:
  void SetUp() override {
    TempTree::SetUp();
    make(".git/HEAD", "ref: refs/heads/main\n");
  }

  static const ProjectConfiguration *config(const ProjectFile &Project, llvm::StringRef Name) {
    for (const ProjectConfiguration &Config : Project.Configurations)
      if (Config.Name == Name)
        return &Config;
    return nullptr;
  }
};

const char *Configurations = R"xml(
  <ItemGroup Label="ProjectConfigurations">
    <ProjectConfiguration Include="Debug|Win32"><Configuration>Debug</Configuration><Platform>Win32</Platform></ProjectConfiguration>
    <ProjectConfiguration Include="Release|Win32"><Configuration>Release</Configuration><Platform>Win32</Platform></ProjectConfiguration>
    <ProjectConfiguration Include="Release|x64"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>
    <ProjectConfiguration Include="Release|ARM"><Configuration>Release</Configuration><Platform>ARM</Platform></ProjectConfiguration>
  </ItemGroup>)xml";

TEST_F(ProjectTree, ConditionsPropertiesAndInheritedMetadata) {
  std::string Project =
      make("mod/mod.vcxproj", std::string(R"xml(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">)xml") +
                                  Configurations + R"xml(
  <Import Project="$(VCTargetsPath)\Microsoft.Cpp.Default.props" />
  <PropertyGroup>
    <DefDir>$(ProjectDir)def\</DefDir>
  </PropertyGroup>
  <ItemDefinitionGroup>
    <ClCompile><AdditionalOptions>/W4 /Gz</AdditionalOptions></ClCompile>
    <Link><AdditionalOptions>/NOLOGO</AdditionalOptions></Link>
  </ItemDefinitionGroup>
  <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Release|Win32' or '$(Platform)' == 'x64'">
    <Link>
      <ModuleDefinitionFile>$(DefDir)$(ProjectName).def</ModuleDefinitionFile>
      <AdditionalOptions>/EXPORT:RegisterModule %(AdditionalOptions)</AdditionalOptions>
    </Link>
  </ItemDefinitionGroup>
  <ItemDefinitionGroup Condition="!('$(Platform)'!='x64')">
    <Link><TargetMachine>MachineX64</TargetMachine></Link>
    <ClCompile><CallingConvention>Cdecl</CallingConvention></ClCompile>
  </ItemDefinitionGroup>
  <ItemGroup><ClCompile Include="src\Module.cpp;src\Other.cpp" /></ItemGroup>
</Project>
)xml");
  llvm::Expected<ProjectFile> Read = readProjectFile(Project);
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  ASSERT_EQ(Read->Configurations.size(), 4u);

  const ProjectConfiguration *Debug = config(*Read, "Debug|Win32");
  ASSERT_TRUE(Debug);
  EXPECT_EQ(Debug->Arch, WindowsArch::X86);
  EXPECT_TRUE(Debug->ModuleDefinitionFile.empty());
  EXPECT_TRUE(Debug->LinkerExports.empty());
  EXPECT_EQ(Debug->DefaultConvention, CallingConvention::Stdcall);

  const ProjectConfiguration *Release = config(*Read, "Release|Win32");
  ASSERT_TRUE(Release);
  EXPECT_EQ(Release->ModuleDefinitionPath, path("mod/def/mod.def"));
  EXPECT_EQ(Release->ModuleDefinitionSet.Line, 19u);
  ASSERT_EQ(Release->LinkerExports.size(), 1u);
  EXPECT_EQ(Release->LinkerExports[0].Name, "RegisterModule");

  const ProjectConfiguration *X64 = config(*Read, "Release|x64");
  ASSERT_TRUE(X64);
  EXPECT_EQ(X64->Arch, WindowsArch::X64);
  EXPECT_EQ(X64->DefaultConvention, CallingConvention::Cdecl);
  EXPECT_EQ(config(*Read, "Release|ARM")->Arch, WindowsArch::Unknown);

  // Windows compares paths without case.
  EXPECT_TRUE(Read->compiles(path("mod/SRC/module.CPP")));
  EXPECT_FALSE(Read->compiles(path("mod/src/Third.cpp")));
  // MSBuild's own imports are recorded, not guessed.
  ASSERT_FALSE(Read->ToolsetImports.empty());
  EXPECT_NE(Read->ToolsetImports.front().find("VCTargetsPath"), std::string::npos);
}

TEST_F(ProjectTree, ImportedPropsNextToTheProject) {
  make("mod/props/link.props",
       R"xml(<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemDefinitionGroup>
    <Link><ModuleDefinitionFile>$(MSBuildThisFileDirectory)module.def</ModuleDefinitionFile></Link>
  </ItemDefinitionGroup>
</Project>
)xml");
  std::string Project =
      make("mod/mod.vcxproj",
           std::string(
               R"xml(<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">)xml") +
               Configurations + R"xml(
  <ImportGroup Label="PropertySheets" Condition="'$(Configuration)'=='Release'">
    <Import Project="props\link.props" Condition="exists('props\link.props')" />
  </ImportGroup>
</Project>
)xml");
  llvm::Expected<ProjectFile> Read = readProjectFile(Project);
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_TRUE(config(*Read, "Debug|Win32")->ModuleDefinitionFile.empty());
  const ProjectConfiguration *Release = config(*Read, "Release|x64");
  EXPECT_EQ(Release->ModuleDefinitionPath, path("mod/props/module.def"));
  EXPECT_EQ(Release->ModuleDefinitionSet.File, path("mod/props/link.props"));
  EXPECT_EQ(Release->ModuleDefinitionSet.Line, 3u);
}

TEST_F(ProjectTree, UnresolvedConstructsAreRecordedNotGuessed) {
  std::string Project =
      make("mod/mod.vcxproj",
           std::string(
               R"xml(<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">)xml") +
               Configurations + R"xml(
  <ItemDefinitionGroup Condition="$([System.String]::Copy('a').StartsWith('a'))">
    <Link><ModuleDefinitionFile>guessed.def</ModuleDefinitionFile></Link>
  </ItemDefinitionGroup>
  <ItemDefinitionGroup>
    <Link><AdditionalOptions>/DEF:$(SolutionDir)mod.def</AdditionalOptions></Link>
  </ItemDefinitionGroup>
</Project>
)xml");
  llvm::Expected<ProjectFile> Read = readProjectFile(Project);
  ASSERT_TRUE(static_cast<bool>(Read));
  for (const ProjectConfiguration &Config : Read->Configurations)
    EXPECT_TRUE(Config.ModuleDefinitionFile.empty()) << Config.Name;
  EXPECT_GE(Read->Unresolved.size(), 2u);
}

TEST_F(ProjectTree, LegacyVcproj) {
  std::string Project = make("mod/mod.vcproj", R"xml(<?xml version="1.0" encoding="Windows-1252"?>
<VisualStudioProject ProjectType="Visual C++" Version="9.00" Name="mod">
  <Configurations>
    <Configuration Name="Debug|Win32" ConfigurationType="2">
      <Tool Name="VCCLCompilerTool" CallingConvention="2"/>
      <Tool Name="VCLinkerTool" AdditionalOptions="/export:RegisterModule"/>
    </Configuration>
    <Configuration Name="Release|x64" ConfigurationType="2">
      <Tool Name="VCLinkerTool" ModuleDefinitionFile="$(ProjectDir)..\mod.def"/>
    </Configuration>
  </Configurations>
  <Files><Filter Name="Source"><File RelativePath=".\mod.cpp"/></Filter></Files>
</VisualStudioProject>
)xml");
  llvm::Expected<ProjectFile> Read = readProjectFile(Project);
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  const ProjectConfiguration *Debug = config(*Read, "Debug|Win32");
  ASSERT_TRUE(Debug);
  EXPECT_EQ(Debug->DefaultConvention, CallingConvention::Stdcall);
  ASSERT_EQ(Debug->LinkerExports.size(), 1u);
  EXPECT_EQ(config(*Read, "Release|x64")->ModuleDefinitionPath, path("mod.def"));
  EXPECT_TRUE(Read->compiles(path("mod/mod.cpp")));
}

TEST_F(ProjectTree, CMakeListsBestEffort) {
  std::string Lists = make("mod/CMakeLists.txt", R"cmake(
add_library(mod SHARED mod.cpp ${CMAKE_CURRENT_SOURCE_DIR}/exports.def)
# /EXPORT:Commented is not an option
target_link_options(mod PRIVATE "/EXPORT:RegisterModule")
)cmake");
  llvm::Expected<ProjectFile> Read = readCMakeLists(Lists);
  ASSERT_TRUE(static_cast<bool>(Read));
  ASSERT_EQ(Read->Configurations.size(), 1u);
  const ProjectConfiguration &CMake = Read->Configurations.front();
  EXPECT_EQ(CMake.ModuleDefinitionPath, path("mod/exports.def"));
  ASSERT_EQ(CMake.LinkerExports.size(), 1u);
  EXPECT_EQ(CMake.LinkerExports[0].Name, "RegisterModule");
  EXPECT_TRUE(Read->compiles(path("mod/mod.cpp")));
}

TEST_F(ProjectTree, DiscoveryFindsTheProjectThatCompilesTheSource) {
  std::string Source = make("mod/src/mod.cpp", "");
  make(
      "mod/other.vcxproj",
      R"xml(<Project><ItemGroup><ClCompile Include="src\elsewhere.cpp"/></ItemGroup></Project>)xml");
  std::string Mine =
      make("mod/mine.vcxproj",
           R"xml(<Project><ItemGroup><ClCompile Include="src\mod.cpp"/></ItemGroup></Project>)xml");
  EXPECT_EQ(findProjectFor(Source), Mine);
  EXPECT_FALSE(findProjectFor(path("mod/src/none.cpp")));
  // Not above the repository: a project outside the nested repository that
  // lists its source is another build's.
  make("nested/.git/HEAD", "");
  std::string Nested = make("nested/src/mod.cpp", "");
  make(
      "outer.vcxproj",
      R"xml(<Project><ItemGroup><ClCompile Include="nested\src\mod.cpp"/></ItemGroup></Project>)xml");
  EXPECT_FALSE(findProjectFor(Nested));
  make("nested/CMakeLists.txt", "add_library(mod SHARED src/mod.cpp)\n");
  EXPECT_EQ(findProjectFor(Nested), path("nested/CMakeLists.txt"));
}

TEST_F(ProjectTree, PathsAreFoundAsWindowsFindsThem) {
  std::string Def = make("mod/Inc/Mod.def", "EXPORTS\n");
  EXPECT_EQ(resolvePathIgnoringCase(path("mod/inc/mod.DEF")), Def);
  EXPECT_EQ(resolvePathIgnoringCase(Def), Def);
  EXPECT_EQ(resolvePathIgnoringCase(path("mod/inc/none.def")), "");
  std::string Project =
      make("mod/mod.vcxproj",
           std::string(
               R"xml(<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">)xml") +
               Configurations + R"xml(
  <ItemDefinitionGroup><Link><ModuleDefinitionFile>inc\mod.def</ModuleDefinitionFile></Link></ItemDefinitionGroup>
</Project>
)xml");
  llvm::Expected<ProjectFile> Read = readProjectFile(Project);
  ASSERT_TRUE(static_cast<bool>(Read));
  EXPECT_EQ(resolvePathIgnoringCase(config(*Read, "Release|x64")->ModuleDefinitionPath), Def);
}

TEST_F(ProjectTree, NotAProjectIsAClearError) {
  std::string Text = make("mod/mod.vcxproj", "int main() {}\n");
  llvm::Expected<ProjectFile> Read = readProjectFile(Text);
  ASSERT_FALSE(Read);
  EXPECT_NE(llvm::toString(Read.takeError()).find("is not an XML project file"), std::string::npos);
  std::string Other = make("mod/other.vcxproj", "<html><body/></html>");
  llvm::Expected<ProjectFile> Html = readProjectFile(Other);
  ASSERT_FALSE(Html);
  EXPECT_NE(llvm::toString(Html.takeError()).find("not a Visual Studio project"),
            std::string::npos);
  llvm::Expected<ProjectFile> Missing = readProjectFile(path("none.vcxproj"));
  ASSERT_FALSE(Missing);
  EXPECT_NE(llvm::toString(Missing.takeError()).find("none.vcxproj"), std::string::npos);
}

} // namespace

namespace {

// Compile settings, for the compilation database of --project: list metadata
// item by item (an item only Visual Studio can resolve is left out alone),
// %(...) inheritance, IncludePath, $(SolutionDir) from the solution that
// lists the project, and sources excluded from one configuration.
TEST_F(ProjectTree, CompileSettingsWithSolution) {
  make("Module.sln", "Microsoft Visual Studio Solution File, Format Version 12.00\n"
                     "Project(\"{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}\") = \"mod\", "
                     "\"src\\mod\\mod.vcxproj\", \"{11111111-2222-3333-4444-555555555555}\"\n"
                     "EndProject\n"
                     "Project(\"{2150E333-8FDC-42A3-9474-1A3956D46DE8}\") = \"docs\", \"docs\", "
                     "\"{11111111-2222-3333-4444-555555555556}\"\nEndProject\n");
  std::string Project =
      make("src/mod/mod.vcxproj", std::string(R"xml(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">)xml") +
                                      Configurations + R"xml(
  <PropertyGroup Label="Configuration">
    <CharacterSet>Unicode</CharacterSet>
    <ConfigurationType>DynamicLibrary</ConfigurationType>
  </PropertyGroup>
  <PropertyGroup><IncludePath>$(VC_IncludePath);..\..\vendor;$(IncludePath)</IncludePath></PropertyGroup>
  <ItemDefinitionGroup>
    <ClCompile>
      <PreprocessorDefinitions>WIN32;_WINDOWS</PreprocessorDefinitions>
      <AdditionalIncludeDirectories>$(VC_IncludePath);$(SolutionDir)inc</AdditionalIncludeDirectories>
    </ClCompile>
  </ItemDefinitionGroup>
  <ItemDefinitionGroup Condition="'$(Configuration)'=='Release'">
    <ClCompile>
      <PreprocessorDefinitions>NDEBUG;%(PreprocessorDefinitions)</PreprocessorDefinitions>
      <ForcedIncludeFiles>pch.h</ForcedIncludeFiles>
      <PrecompiledHeader>Use</PrecompiledHeader>
      <PrecompiledHeaderFile>pch.h</PrecompiledHeaderFile>
      <LanguageStandard>stdcpp17</LanguageStandard>
      <RuntimeLibrary>MultiThreaded</RuntimeLibrary>
    </ClCompile>
  </ItemDefinitionGroup>
  <ItemGroup>
    <ClCompile Include="Module.cpp" />
    <ClCompile Include="Old.cpp">
      <ExcludedFromBuild Condition="'$(Configuration)'=='Release'">true</ExcludedFromBuild>
    </ClCompile>
  </ItemGroup>
</Project>)xml");
  std::optional<std::string> Solution = findSolutionFor(Project);
  ASSERT_TRUE(Solution);
  EXPECT_EQ(*Solution, path("Module.sln"));
  llvm::Expected<std::vector<std::string>> Listed = readSolution(*Solution);
  ASSERT_TRUE(bool(Listed)) << llvm::toString(Listed.takeError());
  EXPECT_EQ(*Listed, std::vector<std::string>{Project});

  ProjectEnvironment Environment{path("") + "/", "Module"};
  llvm::Expected<ProjectFile> Read = readProjectFile(Project, Environment);
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  const ProjectConfiguration *Release = config(*Read, "Release|x64");
  ASSERT_TRUE(Release);
  const ProjectConfiguration::CompileSettings &Compile = Release->Compile;
  EXPECT_EQ(Compile.Defines, (std::vector<std::string>{"NDEBUG", "WIN32", "_WINDOWS"}));
  EXPECT_EQ(Compile.IncludeDirectories, (std::vector<std::string>{path("inc"), path("vendor")}));
  EXPECT_EQ(Compile.ForcedIncludes, std::vector<std::string>{"pch.h"});
  EXPECT_EQ(Compile.PrecompiledHeader, "Use");
  EXPECT_EQ(Compile.LanguageStandard, "stdcpp17");
  EXPECT_EQ(Compile.RuntimeLibrary, "MultiThreaded");
  EXPECT_EQ(Compile.CharacterSet, "Unicode");
  EXPECT_EQ(Compile.ConfigurationType, "DynamicLibrary");
  EXPECT_EQ(Compile.ExcludedSources, std::vector<std::string>{path("src/mod/Old.cpp")});
  const ProjectConfiguration *Debug = config(*Read, "Debug|Win32");
  ASSERT_TRUE(Debug);
  EXPECT_TRUE(Debug->Compile.ExcludedSources.empty());
  EXPECT_EQ(Debug->Compile.Defines, (std::vector<std::string>{"WIN32", "_WINDOWS"}));

  // Without the solution, $(SolutionDir) is unknown: the item is left out
  // and said so; $(VC_IncludePath) is Visual Studio's own and left out quietly.
  llvm::Expected<ProjectFile> Alone = readProjectFile(Project);
  ASSERT_TRUE(bool(Alone));
  EXPECT_EQ(config(*Alone, "Release|x64")->Compile.IncludeDirectories,
            std::vector<std::string>{path("vendor")});
  std::string Notes;
  for (const std::string &Note : Alone->Unresolved)
    Notes += Note + "\n";
  EXPECT_NE(Notes.find("'$(SolutionDir)inc' not resolved"), std::string::npos) << Notes;
  EXPECT_EQ(Notes.find("VC_IncludePath"), std::string::npos) << Notes;
}

// Visual Studio 2008 projects keep compile settings in attributes.
TEST_F(ProjectTree, VcprojCompileSettings) {
  std::string Project = make("old/old.vcproj", R"xml(<?xml version="1.0" encoding="Windows-1252"?>
<VisualStudioProject ProjectType="Visual C++" Version="9.00" Name="old">
  <Configurations>
    <Configuration Name="Release|Win32" ConfigurationType="2" CharacterSet="2">
      <Tool Name="VCCLCompilerTool" AdditionalIncludeDirectories="..\inc,&quot;..\sdk inc&quot;"
            PreprocessorDefinitions="WIN32;NDEBUG" UsePrecompiledHeader="2"
            PrecompiledHeaderThrough="stdafx.h" RuntimeLibrary="2" />
    </Configuration>
  </Configurations>
  <Files>
    <Filter Name="Source Files">
      <File RelativePath=".\old.cpp" />
      <File RelativePath=".\gone.cpp">
        <FileConfiguration Name="Release|Win32" ExcludedFromBuild="true" />
      </File>
    </Filter>
  </Files>
</VisualStudioProject>)xml");
  llvm::Expected<ProjectFile> Read = readProjectFile(Project);
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  const ProjectConfiguration *Release = config(*Read, "Release|Win32");
  ASSERT_TRUE(Release);
  EXPECT_EQ(Release->Compile.IncludeDirectories,
            (std::vector<std::string>{path("inc"), path("sdk inc")}));
  EXPECT_EQ(Release->Compile.Defines, (std::vector<std::string>{"WIN32", "NDEBUG"}));
  EXPECT_EQ(Release->Compile.PrecompiledHeader, "Use");
  EXPECT_EQ(Release->Compile.RuntimeLibrary, "MultiThreadedDLL");
  EXPECT_EQ(Release->Compile.CharacterSet, "MultiByte");
  EXPECT_EQ(Release->Compile.ExcludedSources, std::vector<std::string>{path("old/gone.cpp")});
}

} // namespace
