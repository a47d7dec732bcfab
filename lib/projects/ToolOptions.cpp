//===--- ToolOptions.cpp - Compiler and linker switches in projects -------===//

#include "exports/ExportModel.h"
#include "projects/ProjectReaders.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

namespace iismodel {
namespace projects {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

WindowsArch archOfPlatform(llvm::StringRef Platform) {
  if (Platform.equals_insensitive("Win32") || Platform.equals_insensitive("x86"))
    return WindowsArch::X86;
  if (Platform.equals_insensitive("x64") || Platform.equals_insensitive("amd64"))
    return WindowsArch::X64;
  if (Platform.equals_insensitive("ARM64"))
    return WindowsArch::Arm64;
  return WindowsArch::Unknown;
}

std::optional<CallingConvention> conventionOfSwitch(llvm::StringRef Switch) {
  Switch = Switch.trim();
  if (!Switch.consume_front("/") && !Switch.consume_front("-"))
    return std::nullopt;
  if (Switch == "Gd")
    return CallingConvention::Cdecl;
  if (Switch == "Gz")
    return CallingConvention::Stdcall;
  if (Switch == "Gr")
    return CallingConvention::Fastcall;
  if (Switch == "Gv")
    return CallingConvention::Vectorcall;
  return std::nullopt;
}

// Splits a command line as the linker does: blanks separate, quotes group.
std::vector<std::string> splitCommandLine(llvm::StringRef Line) {
  std::vector<std::string> Words;
  std::string Current;
  bool Quoted = false, Any = false;
  for (char C : Line) {
    if (C == '"') {
      Quoted = !Quoted;
      Any = true;
    } else if (!Quoted && (llvm::isSpace(C) || C == ';')) {
      if (Any)
        Words.push_back(Current);
      Current.clear();
      Any = false;
    } else {
      Current += C;
      Any = true;
    }
  }
  if (Any)
    Words.push_back(Current);
  return Words;
}

void addLinkerOptions(ProjectConfiguration &Config, llvm::StringRef Options,
                      const ProjectLocation &Where) {
  for (const std::string &Word : splitCommandLine(Options)) {
    llvm::StringRef Switch(Word);
    if (Switch.size() > 8 &&
        (Switch.starts_with_insensitive("/export:") || Switch.starts_with_insensitive("-export:")))
      if (std::optional<ModuleDefinitionExport> Export = parseExportSwitch(Switch)) {
        Config.LinkerExports.push_back(std::move(*Export));
        Config.LinkerExportsSet = Where;
      }
    if (Switch.size() > 5 &&
        (Switch.starts_with_insensitive("/def:") || Switch.starts_with_insensitive("-def:"))) {
      Config.ModuleDefinitionFile = Switch.drop_front(5).str();
      Config.ModuleDefinitionSet = Where;
    }
  }
}

void addCompilerOptions(ProjectConfiguration &Config, llvm::StringRef Options) {
  for (const std::string &Word : splitCommandLine(Options))
    if (std::optional<CallingConvention> Convention = conventionOfSwitch(Word))
      Config.DefaultConvention = Convention;
}

void addSources(ProjectFile &Project, llvm::StringRef Written) {
  for (llvm::StringRef Item : llvm::split(Written, ';')) {
    std::string Path = anchorPath(Item, path::parent_path(Project.Path));
    if (!Path.empty())
      Project.Sources.push_back(Path);
  }
}

} // namespace projects
} // namespace iismodel
