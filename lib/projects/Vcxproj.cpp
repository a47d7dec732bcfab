//===--- Vcxproj.cpp - Visual Studio 2010+ projects -----------------------===//

#include "projects/ProjectReaders.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace iismodel {
namespace projects {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

llvm::Expected<ProjectFile> readVcxproj(llvm::StringRef Path, xmlNodePtr Root,
                                        const ProjectEnvironment &Environment) {
  ProjectFile Project;
  Project.Path = Path.str();
  XmlCache Imports;
  std::vector<std::pair<ProjectConfiguration, xmlNodePtr>> Declared;
  for (xmlNodePtr Group : elements(Root)) {
    if (nameOf(Group) != "ItemGroup")
      continue;
    for (xmlNodePtr Item : elements(Group)) {
      llvm::StringRef Kind = nameOf(Item);
      std::optional<std::string> Include = attribute(Item, "Include");
      if (!Include)
        continue;
      if (Kind == "ClCompile") {
        addSources(Project, *Include);
      } else if (Kind == "ProjectConfiguration") {
        ProjectConfiguration Config;
        Config.Name = *Include;
        Config.Platform = llvm::StringRef(*Include).split('|').second.str();
        for (xmlNodePtr Child : elements(Item))
          if (nameOf(Child) == "Platform")
            Config.Platform = content(Child);
        Config.Arch = archOfPlatform(Config.Platform);
        Config.Declared = {Project.Path, lineOf(Item)};
        Declared.push_back({std::move(Config), Item});
      }
    }
  }
  for (auto &[Config, Item] : Declared) {
    evaluateConfiguration(Project, Imports, Environment, Root, Config);
    Project.Configurations.push_back(std::move(Config));
  }
  return Project;
}

} // namespace projects
} // namespace iismodel
