//===--- Vcproj.cpp - Visual Studio 2002-2008 projects --------------------===//
//
// Settings are attributes of <Tool> elements under each <Configuration>;
// macros are $(Name) as in MSBuild, but there are no conditions or imports.
//
//===----------------------------------------------------------------------===//

#include "projects/ProjectReaders.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

namespace iismodel {
namespace projects {

namespace path = llvm::sys::path;

namespace {

class VcprojConfigurationReader {
public:
  VcprojConfigurationReader(ProjectFile &Project, const ProjectEnvironment &Environment,
                            xmlNodePtr Node, llvm::StringRef Name)
      : Project(Project), Node(Node) {
    llvm::StringRef Directory = path::parent_path(Project.Path);
    Props.set("ConfigurationName", Name.split('|').first.str());
    Props.set("PlatformName", Name.split('|').second.str());
    Props.set("ProjectDir", (Directory + "/").str());
    Props.set("InputDir", (Directory + "/").str());
    Props.set("ProjectName", path::stem(Project.Path).str());
    Props.set("TargetName", path::stem(Project.Path).str());
    if (Environment.SolutionDir.empty()) {
      Props.setUnknowable("SolutionDir");
      Props.setUnknowable("SolutionName");
    } else {
      Props.set("SolutionDir", Environment.SolutionDir);
      Props.set("SolutionName", Environment.SolutionName);
    }
  }

  void read(ProjectConfiguration &Config) {
    if (std::optional<std::string> Sheets = attribute(Node, "InheritedPropertySheets"))
      Project.Unresolved.push_back(llvm::formatv("{0}:{1}: property sheets '{2}' not read",
                                                 path::filename(Project.Path), lineOf(Node),
                                                 *Sheets));
    // 1 Unicode, 2 multi-byte; 2 is a DLL.
    std::string CharacterSet = attribute(Node, "CharacterSet").value_or("");
    Config.Compile.CharacterSet = CharacterSet == "1"   ? "Unicode"
                                  : CharacterSet == "2" ? "MultiByte"
                                                        : "";
    if (attribute(Node, "ConfigurationType").value_or("") == "2")
      Config.Compile.ConfigurationType = "DynamicLibrary";
    if (attribute(Node, "UseOfATL").value_or("0") != "0")
      Config.Compile.UseOfAtl = "Dynamic";
    for (xmlNodePtr Tool : elements(Node)) {
      std::optional<std::string> ToolName = attribute(Tool, "Name");
      if (nameOf(Tool) != "Tool" || !ToolName)
        continue;
      if (*ToolName == "VCLinkerTool")
        readLinker(Tool, Config);
      else if (*ToolName == "VCCLCompilerTool")
        readCompiler(Tool, Config);
    }
  }

private:
  std::optional<std::string> expanded(xmlNodePtr Tool, const char *Attribute) {
    std::optional<std::string> Raw = attribute(Tool, Attribute);
    if (!Raw)
      return std::nullopt;
    std::optional<std::string> Value = Props.expand(*Raw);
    if (!Value)
      Project.Unresolved.push_back(llvm::formatv("{0}:{1}: {2} '{3}' not resolved; ignored",
                                                 path::filename(Project.Path), lineOf(Tool),
                                                 Attribute, *Raw));
    return Value;
  }

  // Lists are ';'- or ','-separated.
  std::vector<std::string> list(xmlNodePtr Tool, const char *Attribute) {
    std::vector<std::string> Items;
    std::string Text = expanded(Tool, Attribute).value_or("");
    std::replace(Text.begin(), Text.end(), ',', ';');
    for (llvm::StringRef Item : llvm::split(Text, ';'))
      if (!Item.trim().trim('"').empty())
        Items.push_back(Item.trim().trim('"').str());
    return Items;
  }

  void readLinker(xmlNodePtr Tool, ProjectConfiguration &Config) {
    ProjectLocation Where{Project.Path, lineOf(Tool)};
    if (std::optional<std::string> Def = expanded(Tool, "ModuleDefinitionFile")) {
      Config.ModuleDefinitionFile = *Def;
      Config.ModuleDefinitionSet = Where;
    }
    if (std::optional<std::string> Options = expanded(Tool, "AdditionalOptions"))
      addLinkerOptions(Config, *Options, Where);
  }

  void readCompiler(xmlNodePtr Tool, ProjectConfiguration &Config) {
    // 0 __cdecl, 1 __fastcall, 2 __stdcall.
    std::string Convention = attribute(Tool, "CallingConvention").value_or("");
    if (Convention == "0")
      Config.DefaultConvention = CallingConvention::Cdecl;
    else if (Convention == "1")
      Config.DefaultConvention = CallingConvention::Fastcall;
    else if (Convention == "2")
      Config.DefaultConvention = CallingConvention::Stdcall;
    if (std::optional<std::string> Options = expanded(Tool, "AdditionalOptions"))
      addCompilerOptions(Config, *Options);
    ProjectConfiguration::CompileSettings &Compile = Config.Compile;
    for (const std::string &Directory : list(Tool, "AdditionalIncludeDirectories")) {
      std::string Path = anchorPath(Directory, path::parent_path(Project.Path));
      if (!Path.empty())
        Compile.IncludeDirectories.push_back(Path);
    }
    Compile.Defines = list(Tool, "PreprocessorDefinitions");
    Compile.ForcedIncludes = list(Tool, "ForcedIncludeFiles");
    // 0 none, 1 create, 2 use (VS 2005+; "3" was automatic in VS 2003).
    std::string Pch = attribute(Tool, "UsePrecompiledHeader").value_or("0");
    Compile.PrecompiledHeader = Pch == "1" ? "Create" : Pch == "0" ? "NotUsing" : "Use";
    Compile.PrecompiledHeaderFile = expanded(Tool, "PrecompiledHeaderThrough").value_or("");
    static const char *const Runtimes[] = {"MultiThreaded", "MultiThreadedDebug",
                                           "MultiThreadedDLL", "MultiThreadedDebugDLL"};
    std::string Runtime = attribute(Tool, "RuntimeLibrary").value_or("");
    if (Runtime.size() == 1 && Runtime[0] >= '0' && Runtime[0] <= '3')
      Compile.RuntimeLibrary = Runtimes[Runtime[0] - '0'];
  }

  ProjectFile &Project;
  xmlNodePtr Node;
  Properties Props;
};

// <File> elements at any depth (inside <Filter>s), with the configurations
// that exclude them from the build.
void collectFiles(ProjectFile &Project, xmlNodePtr Root,
                  std::vector<std::pair<std::string, std::string>> &Exclusions) {
  std::vector<xmlNodePtr> Pending{Root};
  while (!Pending.empty()) {
    xmlNodePtr Node = Pending.back();
    Pending.pop_back();
    for (xmlNodePtr Child : elements(Node)) {
      if (nameOf(Child) == "Configurations")
        continue;
      std::optional<std::string> Relative = attribute(Child, "RelativePath");
      if (nameOf(Child) != "File" || !Relative) {
        Pending.push_back(Child);
        continue;
      }
      addSources(Project, *Relative);
      for (xmlNodePtr Setting : elements(Child))
        if (nameOf(Setting) == "FileConfiguration" &&
            attribute(Setting, "ExcludedFromBuild").value_or("") == "true")
          Exclusions.push_back({attribute(Setting, "Name").value_or(""),
                                anchorPath(*Relative, path::parent_path(Project.Path))});
    }
  }
}

} // namespace

llvm::Expected<ProjectFile> readVcproj(llvm::StringRef Path, xmlNodePtr Root,
                                       const ProjectEnvironment &Environment) {
  ProjectFile Project;
  Project.Path = Path.str();
  Project.Kind = ProjectKind::Vcproj;
  std::vector<std::pair<std::string, std::string>> Exclusions;
  collectFiles(Project, Root, Exclusions);
  for (xmlNodePtr Group : elements(Root)) {
    if (nameOf(Group) != "Configurations")
      continue;
    for (xmlNodePtr Node : elements(Group)) {
      std::optional<std::string> Name = attribute(Node, "Name");
      if (nameOf(Node) != "Configuration" || !Name)
        continue;
      ProjectConfiguration Config;
      Config.Name = *Name;
      Config.Platform = llvm::StringRef(*Name).split('|').second.str();
      Config.Arch = archOfPlatform(Config.Platform);
      Config.Declared = {Project.Path, lineOf(Node)};
      VcprojConfigurationReader(Project, Environment, Node, *Name).read(Config);
      for (const auto &[Configuration, Source] : Exclusions)
        if (Configuration == *Name)
          Config.Compile.ExcludedSources.push_back(Source);
      Project.Configurations.push_back(std::move(Config));
    }
  }
  return Project;
}

} // namespace projects
} // namespace iismodel
