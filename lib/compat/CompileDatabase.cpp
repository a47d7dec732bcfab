//===--- CompileDatabase.cpp - A compile_commands.json for a VS module ----===//

#include "compat/CompileDatabase.h"
#include "compat/Overlay.h"
#include "compat/PrecompiledHeader.h"
#include "support/FileAccess.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

/// Bounds the walk of a folder given as input.
static constexpr unsigned MaxTreeDepth = 8;
static constexpr unsigned MaxTreeFiles = 20000;

static llvm::Error invalid(const llvm::Twine &Message) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument), Message);
}

namespace {

bool hasExtension(llvm::StringRef Path, llvm::StringRef Extension) {
  return path::extension(Path).equals_insensitive(Extension);
}

bool isSource(llvm::StringRef Path) {
  for (llvm::StringRef Extension : {".c", ".cc", ".cpp", ".cxx"})
    if (hasExtension(Path, Extension))
      return true;
  return false;
}

// Every file under \p Root, hidden folders left out, in a stable order.
std::vector<std::string> filesUnder(llvm::StringRef Root) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (fs::recursive_directory_iterator It(Root, EC), End; !EC && It != End; It.increment(EC)) {
    llvm::StringRef Name = path::filename(It->path());
    if (It->type() == fs::file_type::directory_file) {
      if (Name.starts_with(".") || It.level() >= static_cast<int>(MaxTreeDepth))
        It.no_push();
      continue;
    }
    Files.push_back(It->path());
    if (Files.size() >= MaxTreeFiles)
      break;
  }
  llvm::sort(Files);
  return Files;
}

class Planner {
public:
  Planner(llvm::StringRef Configuration, const CompatToolchain &Toolchain,
          llvm::StringRef OverlayFile)
      : Configuration(Configuration), Toolchain(Toolchain), OverlayFile(OverlayFile) {}

  llvm::Error plan(llvm::StringRef Input) {
    std::string Absolute = absolutePath(Input);
    std::optional<std::string> Repository = findRepositoryRoot(
        fs::is_directory(Absolute) ? llvm::StringRef(Absolute) : path::parent_path(Absolute));
    Result.OverlayRoots.push_back(
        Repository ? *Repository
                   : (fs::is_directory(Absolute) ? Absolute : path::parent_path(Absolute).str()));
    if (llvm::Error Failed = dispatch(Absolute))
      return Failed;
    if (Result.Entries.empty())
      return invalid("'" + Input + "' names no C/C++ source to lint");
    keepSharedPrecompiledHeaders();
    addToolchainRoots();
    return llvm::Error::success();
  }

  CompileDatabasePlan Result;

private:
  llvm::Error dispatch(const std::string &Input) {
    if (fs::is_directory(Input))
      return folder(Input);
    if (hasExtension(Input, ".sln"))
      return solution(Input);
    if (hasExtension(Input, ".vcxproj") || hasExtension(Input, ".vcproj"))
      return project(Input, environmentOf(findSolutionFor(Input)));
    if (path::filename(Input).equals_insensitive("CMakeLists.txt"))
      return cmake(Input);
    return invalid("'" + Input +
                   "' is not a .sln, .vcxproj, .vcproj, "
                   "CMakeLists.txt or folder");
  }

  static ProjectEnvironment environmentOf(std::optional<std::string> Solution) {
    ProjectEnvironment Environment;
    if (Solution) {
      Environment.SolutionDir = (path::parent_path(*Solution) + "/").str();
      Environment.SolutionName = path::stem(*Solution).str();
    }
    return Environment;
  }

  llvm::Error solution(const std::string &Path) {
    llvm::Expected<std::vector<std::string>> Projects = readSolution(Path);
    if (!Projects)
      return Projects.takeError();
    for (const std::string &Project : *Projects)
      if (llvm::Error Failed = project(Project, environmentOf(Path)))
        Result.Notes.push_back(llvm::toString(std::move(Failed)));
    return llvm::Error::success();
  }

  llvm::Error project(const std::string &Path, const ProjectEnvironment &Environment) {
    llvm::Expected<ProjectFile> Project = readProjectFile(Path, Environment);
    if (!Project)
      return Project.takeError();
    const ProjectConfiguration *Config = selectConfiguration(*Project, Configuration);
    if (!Config)
      return invalid("'" + Path + "' has no configuration '" + Configuration + "'");
    Result.Projects.push_back({Project->Path, Config->Name});
    for (const std::string &Note : Project->Unresolved)
      Result.Notes.push_back(Note);
    for (const std::string &Directory : Config->Compile.IncludeDirectories)
      Result.OverlayRoots.push_back(Directory);
    for (const std::string &Source : Project->Sources)
      addProjectSource(*Project, *Config, Source);
    return llvm::Error::success();
  }

  void addProjectSource(const ProjectFile &Project, const ProjectConfiguration &Config,
                        const std::string &Written) {
    if (!isSource(Written) || llvm::is_contained(Config.Compile.ExcludedSources, Written))
      return;
    std::string Source = resolvePathIgnoringCase(Written);
    if (Source.empty()) {
      Result.Notes.push_back(llvm::formatv("{0}: source '{1}' not found; skipped",
                                           path::filename(Project.Path), Written));
      return;
    }
    if (!Listed.insert(Source).second)
      return;
    std::vector<std::string> Arguments{Toolchain.Compiler};
    llvm::append_range(Arguments,
                       compileArguments(Project, Config, Source, Toolchain, OverlayFile));
    addEntry(path::parent_path(Project.Path).str(), Source, std::move(Arguments),
             precompiledHeaderName(Config.Compile));
  }

  void addEntry(std::string Directory, const std::string &Source,
                std::vector<std::string> Arguments,
                std::optional<std::string> ProjectHeader = std::nullopt) {
    std::string Leading = leadingHeader(Source, Arguments).value_or("");
    if (!Leading.empty() && ProjectHeader && namesPrecompiledHeader(*ProjectHeader, Leading))
      ProjectPrecompiled.insert(Leading);
    Arguments.insert(Arguments.end(), {"-fsyntax-only", Source});
    Result.Entries.push_back({std::move(Directory), Source, std::move(Arguments), Leading});
  }

  // A header that only one source reads first is worth precompiling only
  // when a project says so.
  void keepSharedPrecompiledHeaders() {
    llvm::StringMap<unsigned> Readers;
    for (const CompileEntry &Entry : Result.Entries)
      ++Readers[Entry.PrecompiledHeader];
    for (CompileEntry &Entry : Result.Entries)
      if (Readers[Entry.PrecompiledHeader] < 2 &&
          !ProjectPrecompiled.contains(Entry.PrecompiledHeader))
        Entry.PrecompiledHeader.clear();
  }

  // A folder: its Visual Studio projects; a legacy .vcproj only for sources
  // no .vcxproj lists; without projects, its sources on their own.
  llvm::Error folder(const std::string &Directory) {
    std::vector<std::string> Files = filesUnder(Directory);
    std::vector<std::string> Solutions, Current, Legacy;
    for (const std::string &File : Files) {
      if (hasExtension(File, ".sln"))
        Solutions.push_back(File);
      else if (hasExtension(File, ".vcxproj"))
        Current.push_back(File);
      else if (hasExtension(File, ".vcproj"))
        Legacy.push_back(File);
    }
    for (const std::vector<std::string> *Projects : {&Current, &Legacy})
      for (const std::string &Project : *Projects) {
        std::optional<std::string> Solution = findSolutionFor(Project);
        if (llvm::Error Failed = project(Project, environmentOf(Solution)))
          Result.Notes.push_back(llvm::toString(std::move(Failed)));
      }
    if (!Current.empty() || !Legacy.empty())
      return llvm::Error::success();
    std::string Lists = Directory + "/CMakeLists.txt";
    if (fs::exists(Lists))
      return cmake(Lists);
    looseSources(Files);
    return llvm::Error::success();
  }

  llvm::Error cmake(const std::string &Lists) {
    llvm::Expected<ProjectFile> Project = readCMakeLists(Lists);
    if (!Project)
      return Project.takeError();
    Result.Projects.push_back({Project->Path, "CMake"});
    std::vector<std::string> Sources;
    for (const std::string &Source : Project->Sources)
      if (isSource(Source) && fs::exists(Source))
        Sources.push_back(Source);
    if (Sources.empty())
      Sources = filesUnder(path::parent_path(Lists));
    looseSources(Sources);
    return llvm::Error::success();
  }

  // Best effort: every header folder of the tree on the include path.
  void looseSources(const std::vector<std::string> &Files) {
    std::vector<std::string> HeaderFolders;
    for (const std::string &File : filesUnder(Result.OverlayRoots.front()))
      if (isSourceOrHeader(File) && !isSource(File) &&
          !llvm::is_contained(HeaderFolders, path::parent_path(File)))
        HeaderFolders.push_back(path::parent_path(File).str());
    std::vector<std::string> Arguments{Toolchain.Compiler};
    llvm::append_range(Arguments, looseSourceArguments(HeaderFolders, Toolchain, OverlayFile));
    for (const std::string &Source : Files)
      if (isSource(Source) && Listed.insert(Source).second)
        addEntry(path::parent_path(Source).str(), Source, Arguments);
  }

  void addToolchainRoots() {
    for (const char *Triple : {"x86_64-w64-mingw32", "i686-w64-mingw32"})
      Result.OverlayRoots.push_back(("/usr/" + llvm::StringRef(Triple) + "/include").str());
    Result.OverlayRoots.push_back(Toolchain.SdkInclude);
    Result.OverlayRoots.push_back(Toolchain.CompatInclude);
  }

  std::string Configuration;
  const CompatToolchain &Toolchain;
  std::string OverlayFile;
  llvm::StringSet<> Listed;
  /// The headers a project precompiles for a source that reads them first.
  llvm::StringSet<> ProjectPrecompiled;
};

} // namespace

llvm::Expected<CompileDatabasePlan> planCompileDatabase(llvm::StringRef Input,
                                                        llvm::StringRef Configuration,
                                                        const CompatToolchain &Toolchain,
                                                        llvm::StringRef OverlayFile) {
  Planner P(Configuration, Toolchain, OverlayFile);
  if (llvm::Error Failed = P.plan(Input))
    return std::move(Failed);
  return std::move(P.Result);
}

std::string compileDatabaseJSON(const std::vector<CompileEntry> &Entries) {
  llvm::json::Array Database;
  for (const CompileEntry &Entry : Entries) {
    llvm::json::Array Arguments;
    for (const std::string &Argument : Entry.Arguments)
      Arguments.push_back(Argument);
    Database.push_back(llvm::json::Object{
        {"directory", Entry.Directory}, {"file", Entry.File}, {"arguments", std::move(Arguments)}});
  }
  return llvm::formatv("{0:2}", llvm::json::Value(std::move(Database))).str() + "\n";
}

std::string precompiledHeadersJSON(const std::vector<CompileEntry> &Entries) {
  llvm::json::Array Readers;
  for (const CompileEntry &Entry : Entries)
    if (!Entry.PrecompiledHeader.empty())
      Readers.push_back(
          llvm::json::Object{{"file", Entry.File}, {"header", Entry.PrecompiledHeader}});
  return llvm::formatv("{0:2}", llvm::json::Value(std::move(Readers))).str() + "\n";
}

} // namespace iismodel
