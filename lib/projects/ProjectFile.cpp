//===--- ProjectFile.cpp - Reading a project file -------------------------===//

#include "projects/ProjectFile.h"
#include "projects/ProjectReaders.h"
#include "support/FileAccess.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
using namespace projects;

bool ProjectFile::compiles(llvm::StringRef SourcePath) const {
  llvm::SmallString<256> Wanted(SourcePath);
  path::remove_dots(Wanted, true);
  return llvm::any_of(Sources, [&](const std::string &Source) {
    return llvm::StringRef(Source).equals_insensitive(Wanted);
  });
}

std::string resolvePathIgnoringCase(llvm::StringRef Path) {
  if (Path.empty())
    return "";
  if (fs::exists(Path))
    return Path.str();
  llvm::SmallString<256> Resolved(path::root_path(Path));
  llvm::StringRef Relative = path::relative_path(Path);
  for (auto It = path::begin(Relative), End = path::end(Relative); It != End; ++It) {
    llvm::SmallString<256> Exact(Resolved);
    path::append(Exact, *It);
    if (fs::exists(Exact)) {
      Resolved = Exact;
      continue;
    }
    std::error_code EC;
    std::string Found;
    for (fs::directory_iterator Entry(Resolved.empty() ? "." : Resolved.str(), EC), EndEntry;
         !EC && Entry != EndEntry; Entry.increment(EC))
      if (path::filename(Entry->path()).equals_insensitive(*It)) {
        Found = Entry->path();
        break;
      }
    if (Found.empty())
      return "";
    Resolved = Found;
  }
  return std::string(Resolved);
}

void projects::resolveModuleDefinitionFiles(ProjectFile &Project) {
  for (ProjectConfiguration &Config : Project.Configurations)
    if (!Config.ModuleDefinitionFile.empty())
      Config.ModuleDefinitionPath =
          anchorPath(Config.ModuleDefinitionFile, path::parent_path(Project.Path));
}

llvm::Expected<ProjectFile> readProjectFile(llvm::StringRef Path,
                                            const ProjectEnvironment &Environment) {
  llvm::SmallString<256> Absolute(Path);
  fs::make_absolute(Absolute);
  path::remove_dots(Absolute, true);
  auto Document = parseXml(Absolute);
  if (!Document)
    return Document.takeError();
  xmlNodePtr Root = (*Document)->root();
  llvm::Expected<ProjectFile> Project =
      nameOf(Root) == "VisualStudioProject" ? readVcproj(Absolute, Root, Environment)
      : nameOf(Root) == "Project" ? readVcxproj(Absolute, Root, Environment)
                                  : llvm::Expected<ProjectFile>(llvm::createStringError(
                                        std::errc::invalid_argument,
                                        "'%s' is not a Visual Studio project (root element <%s>)",
                                        Absolute.c_str(), nameOf(Root).str().c_str()));
  if (Project)
    resolveModuleDefinitionFiles(*Project);
  return Project;
}

} // namespace iismodel
