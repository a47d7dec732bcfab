//===--- ProjectPaths.cpp - Paths as projects write them ------------------===//

#include "projects/ProjectReaders.h"
#include "support/FileAccess.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace iismodel {
namespace projects {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

std::string anchorPath(llvm::StringRef Written, llvm::StringRef BaseDirectory) {
  std::string Path = path::convert_to_slash(Written.trim(), path::Style::windows);
  if (Path.size() >= 2 && Path[1] == ':')
    return ""; // A drive letter: not on this machine.
  llvm::SmallString<256> Result;
  if (path::is_absolute(Path)) {
    Result = Path;
  } else {
    Result = BaseDirectory;
    path::append(Result, Path);
  }
  path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> readProjectText(llvm::StringRef Path) {
  return readBoundedFile(Path, "project file", MaxProjectFileSize);
}

} // namespace projects
} // namespace iismodel
