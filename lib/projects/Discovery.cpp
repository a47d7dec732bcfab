//===--- Discovery.cpp - The project that compiles a source ---------------===//

#include "projects/ProjectFile.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

std::optional<std::string> findProjectFor(llvm::StringRef SourcePath) {
  llvm::SmallString<256> Source(SourcePath);
  fs::make_absolute(Source);
  path::remove_dots(Source, true);
  std::vector<std::string> Directories;
  for (llvm::StringRef Directory = path::parent_path(Source); !Directory.empty();
       Directory = path::parent_path(Directory)) {
    Directories.push_back(Directory.str());
    llvm::SmallString<256> Git(Directory);
    path::append(Git, ".git");
    if (fs::exists(Git) || Directories.size() >= 16)
      break;
  }
  for (const std::string &Directory : Directories) {
    std::vector<std::string> Candidates;
    std::error_code EC;
    for (fs::directory_iterator Entry(Directory, EC), End; !EC && Entry != End;
         Entry.increment(EC)) {
      llvm::StringRef Extension = path::extension(Entry->path());
      if (Extension.equals_insensitive(".vcxproj") || Extension.equals_insensitive(".vcproj"))
        Candidates.push_back(Entry->path());
    }
    llvm::sort(Candidates);
    for (const std::string &Candidate : Candidates) {
      llvm::Expected<ProjectFile> Project = readProjectFile(Candidate);
      if (!Project) {
        llvm::consumeError(Project.takeError());
        continue;
      }
      if (Project->compiles(Source))
        return Candidate;
    }
  }
  for (const std::string &Directory : Directories) {
    llvm::SmallString<256> Lists(Directory);
    path::append(Lists, "CMakeLists.txt");
    llvm::Expected<ProjectFile> Project = readCMakeLists(Lists);
    if (!Project) {
      llvm::consumeError(Project.takeError());
      continue;
    }
    if (Project->compiles(Source))
      return std::string(Lists);
  }
  return std::nullopt;
}

} // namespace iismodel
