//===--- CMakeProject.cpp - Link settings of a CMake project ---------------===//

#include "projects/ProjectFile.h"
#include "projects/ProjectReaders.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cstring>

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
using namespace projects;

llvm::Expected<ProjectFile> readCMakeLists(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  fs::make_absolute(Absolute);
  auto Text = readProjectText(Absolute);
  if (!Text)
    return Text.takeError();
  ProjectFile Project;
  Project.Path = std::string(Absolute);
  Project.Kind = ProjectKind::CMake;
  llvm::StringRef Directory = path::parent_path(Absolute);
  ProjectConfiguration Config;
  Config.Name = "CMake";
  Config.Declared = {Project.Path, 1};
  unsigned LineNumber = 0;
  for (llvm::StringRef Line : llvm::split((*Text)->getBuffer(), '\n')) {
    ++LineNumber;
    Line = Line.split('#').first;
    for (llvm::StringRef Word : llvm::split(Line, ' ')) {
      Word = Word.trim(" \t\r\"()");
      if (Word.empty())
        continue;
      std::string Expanded = Word.str();
      for (const char *Variable : {"${CMAKE_CURRENT_SOURCE_DIR}", "${CMAKE_CURRENT_LIST_DIR}"})
        for (size_t At; (At = Expanded.find(Variable)) != std::string::npos;)
          Expanded.replace(At, strlen(Variable), Directory.str());
      llvm::StringRef Token(Expanded);
      ProjectLocation Where{Project.Path, LineNumber};
      if (Token.starts_with_insensitive("/export:") || Token.starts_with_insensitive("-export:") ||
          Token.starts_with_insensitive("/def:") || Token.starts_with_insensitive("-def:")) {
        addLinkerOptions(Config, Token, Where);
      } else if (Token.ends_with_insensitive(".def") && !Token.contains('*')) {
        Config.ModuleDefinitionFile = Token.str();
        Config.ModuleDefinitionSet = Where;
      } else if (Token.ends_with_insensitive(".cpp") || Token.ends_with_insensitive(".cc") ||
                 Token.ends_with_insensitive(".cxx") || Token.ends_with_insensitive(".c")) {
        std::string Source = anchorPath(Token, Directory);
        if (!Source.empty())
          Project.Sources.push_back(Source);
      }
    }
  }
  Project.Configurations.push_back(std::move(Config));
  resolveModuleDefinitionFiles(Project);
  return Project;
}

} // namespace iismodel
