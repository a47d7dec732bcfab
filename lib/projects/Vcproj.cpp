//===--- Vcproj.cpp - Visual Studio 2002-2008 projects --------------------===//

#include "projects/ProjectReaders.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

namespace iismodel {
namespace projects {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

// Visual Studio 2008 and earlier: attributes on <Tool> elements.
llvm::Expected<ProjectFile> readVcproj(llvm::StringRef Path, xmlNodePtr Root) {
  ProjectFile Project;
  Project.Path = Path.str();
  llvm::StringRef Directory = path::parent_path(Path);
  std::vector<xmlNodePtr> Pending{Root};
  while (!Pending.empty()) {
    xmlNodePtr Node = Pending.back();
    Pending.pop_back();
    for (xmlNodePtr Child : elements(Node)) {
      if (nameOf(Child) == "File") {
        if (std::optional<std::string> Relative = attribute(Child, "RelativePath"))
          addSources(Project, *Relative);
      } else if (nameOf(Child) != "Configurations") {
        Pending.push_back(Child);
      }
    }
  }
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
      Properties Props;
      Props.set("ConfigurationName", llvm::StringRef(*Name).split('|').first.str());
      Props.set("PlatformName", Config.Platform);
      Props.set("ProjectDir", (Directory + "/").str());
      Props.set("InputDir", (Directory + "/").str());
      Props.set("ProjectName", path::stem(Path).str());
      Props.set("TargetName", path::stem(Path).str());
      Props.setUnknowable("SolutionDir");
      Props.setUnknowable("SolutionName");
      if (std::optional<std::string> Sheets = attribute(Node, "InheritedPropertySheets"))
        Project.Unresolved.push_back(llvm::formatv("{0}:{1}: property sheets '{2}' not read",
                                                   path::filename(Path), lineOf(Node), *Sheets));
      for (xmlNodePtr Tool : elements(Node)) {
        std::optional<std::string> ToolName = attribute(Tool, "Name");
        if (nameOf(Tool) != "Tool" || !ToolName)
          continue;
        ProjectLocation Where{Project.Path, lineOf(Tool)};
        auto Expanded = [&](const char *Attribute) -> std::optional<std::string> {
          std::optional<std::string> Raw = attribute(Tool, Attribute);
          if (!Raw)
            return std::nullopt;
          std::optional<std::string> Value = Props.expand(*Raw);
          if (!Value)
            Project.Unresolved.push_back(llvm::formatv("{0}:{1}: {2} '{3}' not resolved; ignored",
                                                       path::filename(Path), Where.Line, Attribute,
                                                       *Raw));
          return Value;
        };
        if (*ToolName == "VCLinkerTool") {
          if (std::optional<std::string> Def = Expanded("ModuleDefinitionFile")) {
            Config.ModuleDefinitionFile = *Def;
            Config.ModuleDefinitionSet = Where;
          }
          if (std::optional<std::string> Options = Expanded("AdditionalOptions"))
            addLinkerOptions(Config, *Options, Where);
        } else if (*ToolName == "VCCLCompilerTool") {
          // 0 __cdecl, 1 __fastcall, 2 __stdcall.
          if (std::optional<std::string> Convention = attribute(Tool, "CallingConvention")) {
            if (*Convention == "0")
              Config.DefaultConvention = CallingConvention::Cdecl;
            else if (*Convention == "1")
              Config.DefaultConvention = CallingConvention::Fastcall;
            else if (*Convention == "2")
              Config.DefaultConvention = CallingConvention::Stdcall;
          }
          if (std::optional<std::string> Options = Expanded("AdditionalOptions"))
            addCompilerOptions(Config, *Options);
        }
      }
      Project.Configurations.push_back(std::move(Config));
    }
  }
  return Project;
}

} // namespace projects
} // namespace iismodel
