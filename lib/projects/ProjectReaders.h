//===--- ProjectReaders.h - The pieces of the project readers ---*- C++ -*-===//
//
// Internal to lib/projects: the XML access, MSBuild evaluation, tool-switch
// model and path handling that the .vcxproj, .vcproj and CMake readers share.
// ProjectFile.h is the interface the rest of iis-tidy uses.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_PROJECTS_PROJECTREADERS_H
#define IIS_TIDY_LIB_PROJECTS_PROJECTREADERS_H

#include "projects/ProjectFile.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include <libxml/tree.h>
#include <map>
#include <memory>

namespace iismodel {
namespace projects {

/// No real project file comes near this size.
constexpr uint64_t MaxProjectFileSize = 16 * 1024 * 1024;
/// Imports nest a few levels in real projects; more is a cycle or a trap.
constexpr unsigned MaxImportDepth = 8;

// --- Paths (ProjectPaths.cpp)

/// Windows paths as written in projects ("..\\inc\\mod.def") made POSIX,
/// and relative ones anchored at \p BaseDirectory; empty for a drive letter.
std::string anchorPath(llvm::StringRef Written, llvm::StringRef BaseDirectory);

/// A project file's text, bounded in size.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> readProjectText(llvm::StringRef Path);

// --- XML (Xml.cpp)

struct XmlDocument {
  xmlDocPtr Doc = nullptr;
  XmlDocument() = default;
  XmlDocument(const XmlDocument &) = delete;
  XmlDocument &operator=(const XmlDocument &) = delete;
  ~XmlDocument();
  xmlNodePtr root() const;
};
/// Parsed imports by path, shared by the configurations of one project.
using XmlCache = std::map<std::string, std::unique_ptr<XmlDocument>>;

llvm::Expected<std::unique_ptr<XmlDocument>> parseXml(llvm::StringRef Path);
llvm::StringRef nameOf(xmlNodePtr Node);
std::vector<xmlNodePtr> elements(xmlNodePtr Parent);
std::optional<std::string> attribute(xmlNodePtr Node, const char *Name);
/// The element's text, trimmed.
std::string content(xmlNodePtr Node);
unsigned lineOf(xmlNodePtr Node);

// --- Tool switches (ToolOptions.cpp)

WindowsArch archOfPlatform(llvm::StringRef Platform);
/// /Gd, /Gz, /Gr, /Gv.
std::optional<CallingConvention> conventionOfSwitch(llvm::StringRef Switch);
/// Splits a command line as the linker does: blanks separate, quotes group.
std::vector<std::string> splitCommandLine(llvm::StringRef Line);
/// /EXPORT: and /DEF: switches in a linker command line.
void addLinkerOptions(ProjectConfiguration &Config, llvm::StringRef Options,
                      const ProjectLocation &Where);
/// The calling-convention switch in a compiler command line.
void addCompilerOptions(ProjectConfiguration &Config, llvm::StringRef Options);
/// Adds the ';'-separated \p Written sources, anchored at the project.
void addSources(ProjectFile &Project, llvm::StringRef Written);

// --- MSBuild (MSBuild.cpp)

/// MSBuild properties, by case-insensitive name. A property whose value this
/// evaluation cannot know (the solution's directory, SDK locations) is
/// Unknowable: expanding it fails rather than yielding a wrong path.
class Properties {
public:
  void set(llvm::StringRef Name, std::string Value);
  void setUnknowable(llvm::StringRef Name);
  /// Expands $(Name) and, in item metadata, %(Name) (the value so far of
  /// \p Metadata). Fails on property functions, item lists and unknowable
  /// properties.
  std::optional<std::string> expand(llvm::StringRef Text, llvm::StringRef Metadata = "",
                                    llvm::StringRef Previous = "") const;

private:
  llvm::StringMap<std::string> Values;
  llvm::StringSet<> Unknowable;
};

/// Evaluates \p Root (a .vcxproj) for \p Config as MSBuild does, in the
/// subset ProjectFile.h describes; what it cannot evaluate is noted in
/// Project.Unresolved.
void evaluateConfiguration(ProjectFile &Project, XmlCache &Imports,
                           const ProjectEnvironment &Environment, xmlNodePtr Root,
                           ProjectConfiguration &Config);

// --- The readers (Vcxproj.cpp, Vcproj.cpp, ProjectFile.cpp)

/// Anchors each configuration's module-definition file at the project.
void resolveModuleDefinitionFiles(ProjectFile &Project);

llvm::Expected<ProjectFile> readVcxproj(llvm::StringRef Path, xmlNodePtr Root,
                                        const ProjectEnvironment &Environment);
llvm::Expected<ProjectFile> readVcproj(llvm::StringRef Path, xmlNodePtr Root,
                                       const ProjectEnvironment &Environment);

} // namespace projects
} // namespace iismodel

#endif // IIS_TIDY_LIB_PROJECTS_PROJECTREADERS_H
