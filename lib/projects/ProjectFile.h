//===--- ProjectFile.h - How the build links RegisterModule -----*- C++ -*-===//
//
// Most IIS modules are Visual Studio projects, and the project decides how
// RegisterModule is exported: the .def file each configuration links, the
// linker's /EXPORT options, the default calling convention (/Gz) and the
// platforms that exist. This reads those facts per configuration x platform
// from .vcxproj files (MSBuild XML, with Conditions, ItemDefinitionGroups,
// properties and imported .props next to the project), legacy .vcproj files,
// and, best effort, from a CMakeLists.txt.
//
// MSBuild is evaluated the way it evaluates these elements, in a small
// subset: properties and imports in document order, then item definitions
// with the final properties. What cannot be resolved here (SDK imports,
// property functions, registry lookups, $(SolutionDir)) is recorded, never
// guessed.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_PROJECTS_PROJECTFILE_H
#define IIS_TIDY_LIB_PROJECTS_PROJECTFILE_H

#include "exports/DefFile.h"
#include "exports/RegisterModule.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace iismodel {

/// A place in a project file (or a file it imports), for notes.
struct ProjectLocation {
  std::string File;
  unsigned Line = 0;
};

struct ProjectConfiguration {
  /// "Release|Win32".
  std::string Name;
  std::string Platform;
  /// From the platform, or the linker's TargetMachine; Unknown for ARM and
  /// platforms IIS does not run on.
  WindowsArch Arch = WindowsArch::Unknown;
  /// Where the configuration is declared.
  ProjectLocation Declared;

  /// The module-definition file the linker is given, as written and as
  /// resolved to a path here (empty when it cannot be resolved).
  std::string ModuleDefinitionFile;
  std::string ModuleDefinitionPath;
  ProjectLocation ModuleDefinitionSet;

  /// /EXPORT: switches in the linker's additional options.
  std::vector<ModuleDefinitionExport> LinkerExports;
  ProjectLocation LinkerExportsSet;

  /// The compiler's default calling convention (/Gd, /Gz, /Gr, /Gv), when the
  /// configuration sets one.
  std::optional<CallingConvention> DefaultConvention;

  /// How the configuration compiles its sources (ClCompile and the
  /// configuration's properties), for a compilation database.
  struct CompileSettings {
    /// AdditionalIncludeDirectories and IncludePath, absolute, in order.
    std::vector<std::string> IncludeDirectories;
    /// PreprocessorDefinitions, "NAME" or "NAME=VALUE".
    std::vector<std::string> Defines;
    /// ForcedIncludeFiles, as written.
    std::vector<std::string> ForcedIncludes;
    /// PrecompiledHeader ("Use", "Create", "NotUsing") and its header.
    std::string PrecompiledHeader, PrecompiledHeaderFile;
    /// LanguageStandard ("stdcpp17"), CharacterSet ("Unicode"),
    /// RuntimeLibrary ("MultiThreadedDLL"), ConfigurationType
    /// ("DynamicLibrary"), UseOfAtl ("Static"): empty when not set.
    std::string LanguageStandard, CharacterSet, RuntimeLibrary, ConfigurationType, UseOfAtl;
    /// Sources with ExcludedFromBuild in this configuration.
    std::vector<std::string> ExcludedSources;
  } Compile;
};

/// Which reader read a project.
enum class ProjectKind { Vcxproj, Vcproj, CMake };

struct ProjectFile {
  std::string Path;
  ProjectKind Kind = ProjectKind::Vcxproj;
  std::vector<ProjectConfiguration> Configurations;
  /// Source files the project compiles, as absolute paths.
  std::vector<std::string> Sources;
  /// Constructs that were not resolved, for the user: "line 12: import of
  /// '$(VCTargetsPath)\\Microsoft.Cpp.props' (MSBuild's own) skipped".
  std::vector<std::string> Unresolved;
  /// Imports of MSBuild's and the Windows SDK's own files
  /// ("$(VCTargetsPath)\\Microsoft.Cpp.props"), which every project has and
  /// no Linux machine: skipped by design, "file:line: import".
  std::vector<std::string> ToolsetImports;

  /// True when the project compiles \p SourcePath (compared as Windows
  /// does: case-insensitively).
  bool compiles(llvm::StringRef SourcePath) const;
};

/// What MSBuild knows from outside a project: the solution that builds it.
struct ProjectEnvironment {
  /// $(SolutionDir), with its trailing separator; unknown when empty.
  std::string SolutionDir;
  std::string SolutionName;
};

/// Reads a .vcxproj or a legacy .vcproj (by extension). Fails with a message
/// that names the file when it is missing, too large, or not XML.
llvm::Expected<ProjectFile> readProjectFile(llvm::StringRef Path,
                                            const ProjectEnvironment &Environment = {});

/// The projects a Visual Studio solution (.sln) lists, as absolute paths,
/// C++ projects (.vcxproj, .vcproj) only.
llvm::Expected<std::vector<std::string>> readSolution(llvm::StringRef Path);

/// A solution beside \p ProjectPath or in an ancestor directory (up to the
/// repository root) that lists the project: it gives $(SolutionDir).
std::optional<std::string> findSolutionFor(llvm::StringRef ProjectPath);

/// Reads the link settings of a CMake project, best effort: `.def` sources
/// and /DEF: options, /EXPORT: options (target_link_options, LINK_FLAGS, the
/// linker flag variables) in \p Path. One configuration, "CMake", of unknown
/// architecture.
llvm::Expected<ProjectFile> readCMakeLists(llvm::StringRef Path);

/// How far the search of a repository for project files goes: directory
/// entries visited (files and folders, outside .git, bin, obj, packages,
/// node_modules; at most 12 folders deep).
inline constexpr unsigned ProjectSearchBound = 200000;

/// Outside a repository: the source's folder and this many parents less one.
inline constexpr unsigned UnrootedSearchDepth = 3;

/// Where the project that compiles a source was looked for, and the result.
struct ProjectSearch {
  std::optional<std::string> Found;
  /// The highest folder of the walk up from the source: the repository root
  /// (then searched whole), or, outside a repository, the second parent.
  std::string Root;
  /// Inside a repository: its project files anywhere were looked at too.
  bool RepositoryWide = false;
  /// The repository search stopped at ProjectSearchBound.
  bool Truncated = false;
};

/// The project that compiles \p SourcePath: a .vcxproj (or, only when none
/// lists it, a legacy .vcproj) in the source's folder or a parent, up to the
/// repository root (.git, .hg, .svn), then anywhere in the repository; else
/// a CMakeLists.txt in those folders that names the source file.
ProjectSearch searchProjectFor(llvm::StringRef SourcePath);
std::optional<std::string> findProjectFor(llvm::StringRef SourcePath);

/// Resolves \p Path on a case-sensitive file system the way Windows finds
/// it: the exact path when it exists, else the entry that differs in case
/// only. Empty when there is none.
std::string resolvePathIgnoringCase(llvm::StringRef Path);

} // namespace iismodel

#endif // IIS_TIDY_LIB_PROJECTS_PROJECTFILE_H
