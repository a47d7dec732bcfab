//===--- ConfigFiles.cpp - The .clang-tidy files of a unit ----------------===//

#include "ConfigFiles.h"
#include "support/FileAccess.h"

#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::iis {

namespace path = llvm::sys::path;

std::vector<ConfigFile> configFilesOf(const SourceManager &SM) {
  std::vector<ConfigFile> Files;
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return Files;
  // As the file manager found it: the compile command's directory may
  // differ from the process's.
  llvm::SmallString<256> MainPath(Main->getName());
  SM.getFileManager().makeAbsolutePath(MainPath);
  for (StringRef Directory = path::parent_path(MainPath); !Directory.empty();
       Directory = path::parent_path(Directory)) {
    llvm::SmallString<256> Config(Directory);
    path::append(Config, ".clang-tidy");
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text = llvm::MemoryBuffer::getFile(Config);
    if (!Text)
      continue;
    llvm::ErrorOr<ClangTidyOptions> Parsed = parseConfiguration((*Text)->getMemBufferRef());
    if (!Parsed)
      break;
    bool Inherit = Parsed->InheritParentConfig.value_or(false);
    Files.push_back({Directory.str(), std::move(*Parsed)});
    if (!Inherit)
      break;
  }
  return Files;
}

std::string optionPath(const SourceManager &SM, StringRef Key, StringRef Value) {
  if (Value.empty() || path::is_absolute(Value))
    return Value.str();
  for (const ConfigFile &File : configFilesOf(SM))
    if (File.Options.CheckOptions.count(Key)) {
      llvm::SmallString<256> Resolved(File.Directory);
      path::append(Resolved, Value);
      return iismodel::absolutePath(Resolved);
    }
  return iismodel::absolutePath(Value);
}

std::string configuredWarningsAsErrors(const SourceManager &SM) {
  std::vector<std::string> Globs;
  for (const ConfigFile &File : configFilesOf(SM))
    if (File.Options.WarningsAsErrors && !File.Options.WarningsAsErrors->empty())
      Globs.push_back(*File.Options.WarningsAsErrors);
  return llvm::join(llvm::reverse(Globs), ",");
}

} // namespace clang::tidy::iis
