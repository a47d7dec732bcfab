//===--- Solution.cpp - Visual Studio solutions ---------------------------===//
//
// A .sln names its projects on lines of the form
//   Project("{type GUID}") = "Name", "relative\path.vcxproj", "{project GUID}"
// and is the only source of $(SolutionDir), which include folders often use.
//
//===----------------------------------------------------------------------===//

#include "projects/ProjectFile.h"
#include "projects/ProjectReaders.h"
#include "support/FileAccess.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

static bool isCppProject(llvm::StringRef Path) {
  llvm::StringRef Extension = path::extension(Path);
  return Extension.equals_insensitive(".vcxproj") || Extension.equals_insensitive(".vcproj");
}

llvm::Expected<std::vector<std::string>> readSolution(llvm::StringRef Path) {
  std::string Absolute = absolutePath(Path);
  auto Text = readBoundedFile(Absolute, "solution file", projects::MaxProjectFileSize);
  if (!Text)
    return Text.takeError();
  std::vector<std::string> Projects;
  for (llvm::StringRef Line : llvm::split((*Text)->getBuffer(), '\n')) {
    Line = Line.trim();
    if (!Line.starts_with("Project(") || !Line.contains('='))
      continue;
    llvm::SmallVector<llvm::StringRef, 8> Fields;
    Line.split('=').second.split(Fields, ',');
    if (Fields.size() < 2)
      continue;
    llvm::StringRef Written = Fields[1].trim().trim('"');
    if (!isCppProject(Written))
      continue;
    std::string Project = projects::anchorPath(Written, path::parent_path(Absolute));
    std::string Found = resolvePathIgnoringCase(Project);
    if (!Project.empty())
      Projects.push_back(Found.empty() ? Project : Found);
  }
  return Projects;
}

std::optional<std::string> findSolutionFor(llvm::StringRef ProjectPath) {
  std::string Project = absolutePath(ProjectPath);
  std::optional<std::string> Root = findRepositoryRoot(path::parent_path(Project));
  // Outside a repository, the project's folder and two above it.
  unsigned Levels = 0;
  for (llvm::StringRef Directory = path::parent_path(Project); !Directory.empty();
       Directory = path::parent_path(Directory), ++Levels) {
    std::vector<std::string> Candidates;
    std::error_code EC;
    for (fs::directory_iterator Entry(Directory, EC), End; !EC && Entry != End; Entry.increment(EC))
      if (path::extension(Entry->path()).equals_insensitive(".sln"))
        Candidates.push_back(Entry->path());
    llvm::sort(Candidates);
    for (const std::string &Candidate : Candidates) {
      llvm::Expected<std::vector<std::string>> Listed = readSolution(Candidate);
      if (!Listed) {
        llvm::consumeError(Listed.takeError());
        continue;
      }
      if (llvm::any_of(*Listed, [&](const std::string &P) {
            return llvm::StringRef(P).equals_insensitive(Project);
          }))
        return Candidate;
    }
    if (Root ? Directory == *Root : Levels == 2)
      break;
  }
  return std::nullopt;
}

} // namespace iismodel
