//===--- Discovery.cpp - The project that compiles a source ---------------===//
//
// The project that builds a source today: a .vcxproj beats a legacy .vcproj
// that still lists the source; the source's folder and its parents come
// first, then, inside a repository, the project files kept anywhere in it
// (Projects/vc15/Module/Module.vcxproj listing ..\..\..\src\module.cpp),
// found by a bounded walk that is indexed once per repository and run.
//
//===----------------------------------------------------------------------===//

#include "projects/ProjectFile.h"
#include "projects/ProjectReaders.h"
#include "support/FileAccess.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Mutex.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

bool hasExtension(llvm::StringRef File, llvm::StringRef Extension) {
  return path::extension(File).equals_insensitive(Extension);
}

// Folders that hold no project a module builds with: version control,
// packages, and build output.
bool isSkippedFolder(llvm::StringRef Name) {
  return Name.starts_with(".") ||
         llvm::is_contained({"node_modules", "packages", "bin", "obj", "ipch"}, Name.lower());
}

struct RepositoryIndex {
  std::vector<std::string> Projects;
  bool Truncated = false;
};

// The .vcxproj and .vcproj files of the repository at \p Root, walked once
// per run (clangd and the link step ask for every source).
const RepositoryIndex &repositoryIndex(const std::string &Root) {
  static llvm::sys::SmartMutex<true> Lock;
  static llvm::StringMap<RepositoryIndex> Indexes;
  llvm::sys::SmartScopedLock<true> Guard(Lock);
  auto [Slot, Inserted] = Indexes.try_emplace(Root);
  if (!Inserted)
    return Slot->second;
  RepositoryIndex &Index = Slot->second;
  unsigned Entries = 0;
  std::error_code EC;
  for (fs::recursive_directory_iterator It(Root, EC), End; !EC && It != End; It.increment(EC)) {
    if (++Entries > ProjectSearchBound) {
      Index.Truncated = true;
      break;
    }
    llvm::StringRef Entry = It->path();
    if (It->type() == fs::file_type::directory_file) {
      if (isSkippedFolder(path::filename(Entry)) || It.level() >= 12)
        It.no_push();
      continue;
    }
    if (hasExtension(Entry, ".vcxproj") || hasExtension(Entry, ".vcproj"))
      Index.Projects.push_back(Entry.str());
  }
  llvm::sort(Index.Projects);
  return Index;
}

// Whether \p Project lists \p Source: its text names the file (a cheap
// filter before reading it; a wildcard item passes), then the reader says.
bool listsSource(const std::string &Project, llvm::StringRef Source) {
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Text =
      readBoundedFile(Project, "project file", projects::MaxProjectFileSize);
  if (!Text) {
    llvm::consumeError(Text.takeError());
    return false;
  }
  llvm::StringRef Contents = (*Text)->getBuffer();
  if (!Contents.contains_insensitive(path::filename(Source)) && !Contents.contains('*'))
    return false;
  llvm::Expected<ProjectFile> Read = readProjectFile(Project);
  if (!Read) {
    llvm::consumeError(Read.takeError());
    return false;
  }
  return Read->compiles(Source);
}

std::vector<std::string> projectsIn(llvm::StringRef Directory) {
  std::vector<std::string> Projects;
  std::error_code EC;
  for (fs::directory_iterator Entry(Directory, EC), End; !EC && Entry != End; Entry.increment(EC))
    if (hasExtension(Entry->path(), ".vcxproj") || hasExtension(Entry->path(), ".vcproj"))
      Projects.push_back(Entry->path());
  llvm::sort(Projects);
  return Projects;
}

} // namespace

ProjectSearch searchProjectFor(llvm::StringRef SourcePath) {
  ProjectSearch Search;
  std::string Source = absolutePath(SourcePath);
  std::optional<std::string> Repository = findRepositoryRoot(path::parent_path(Source));
  // The source's folder and its parents, nearest first, up to the root;
  // outside a repository, only near the source.
  std::vector<std::string> Directories;
  for (llvm::StringRef Directory = path::parent_path(Source); !Directory.empty();
       Directory = path::parent_path(Directory)) {
    Directories.push_back(Directory.str());
    if (Repository ? Directory == *Repository : Directories.size() >= UnrootedSearchDepth)
      break;
  }
  Search.Root = Directories.back();
  std::vector<std::string> Candidates;
  for (const std::string &Directory : Directories)
    llvm::append_range(Candidates, projectsIn(Directory));
  if (Repository) {
    const RepositoryIndex &Index = repositoryIndex(*Repository);
    Search.RepositoryWide = true;
    Search.Truncated = Index.Truncated;
    // Several copies (Projects/vc14, Projects/vc15): the last in path order,
    // usually the newest toolset's.
    llvm::append_range(Candidates, llvm::reverse(Index.Projects));
  }
  // A .vcxproj decides before any legacy .vcproj; otherwise nearest first.
  std::stable_partition(Candidates.begin(), Candidates.end(),
                        [](const std::string &P) { return hasExtension(P, ".vcxproj"); });
  llvm::StringSet<> Tried;
  for (const std::string &Candidate : Candidates)
    if (Tried.insert(Candidate).second && listsSource(Candidate, Source)) {
      Search.Found = Candidate;
      return Search;
    }
  for (const std::string &Directory : Directories) {
    llvm::SmallString<256> Lists(Directory);
    path::append(Lists, "CMakeLists.txt");
    llvm::Expected<ProjectFile> Project = readCMakeLists(Lists);
    if (!Project) {
      llvm::consumeError(Project.takeError());
      continue;
    }
    if (Project->compiles(Source)) {
      Search.Found = std::string(Lists);
      return Search;
    }
  }
  return Search;
}

std::optional<std::string> findProjectFor(llvm::StringRef SourcePath) {
  return searchProjectFor(SourcePath).Found;
}

} // namespace iismodel
