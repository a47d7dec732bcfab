//===--- ProjectFile.cpp - How the build links RegisterModule -------------===//

#include "iis/ProjectFile.h"
#include "iis/ExportModel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <map>
#include <memory>

namespace iis {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

/// No real project file comes near this size.
static constexpr uint64_t MaxProjectFileSize = 16 * 1024 * 1024;
/// Imports nest a few levels in real projects; more is a cycle or a trap.
static constexpr unsigned MaxImportDepth = 8;

static std::string lower(llvm::StringRef S) { return S.lower(); }

// Windows paths as written in projects ("..\\inc\\mod.def") made POSIX, and
// relative ones anchored at \p BaseDirectory.
static std::string anchorPath(llvm::StringRef Written, llvm::StringRef BaseDirectory) {
  std::string Path = Written.trim().str();
  std::replace(Path.begin(), Path.end(), '\\', '/');
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

std::string resolvePathIgnoringCase(llvm::StringRef Path) {
  if (Path.empty())
    return "";
  if (fs::exists(Path))
    return Path.str();
  llvm::SmallString<256> Resolved(path::root_path(Path));
  llvm::StringRef Relative = path::relative_path(Path);
  for (auto It = path::begin(Relative), End = path::end(Relative); It != End; ++It) {
    llvm::SmallString<256> Exact(Resolved);
    path::append(Exact, *It);
    if (fs::exists(Exact)) {
      Resolved = Exact;
      continue;
    }
    std::error_code EC;
    std::string Found;
    for (fs::directory_iterator Entry(Resolved.empty() ? "." : Resolved.str(), EC), EndEntry;
         !EC && Entry != EndEntry; Entry.increment(EC))
      if (path::filename(Entry->path()).equals_insensitive(*It)) {
        Found = Entry->path();
        break;
      }
    if (Found.empty())
      return "";
    Resolved = Found;
  }
  return std::string(Resolved);
}

bool ProjectFile::compiles(llvm::StringRef SourcePath) const {
  llvm::SmallString<256> Wanted(SourcePath);
  path::remove_dots(Wanted, true);
  return llvm::any_of(Sources, [&](const std::string &Source) {
    return llvm::StringRef(Source).equals_insensitive(Wanted);
  });
}

static llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readProjectText(llvm::StringRef Path) {
  fs::file_status Status;
  if (std::error_code EC = fs::status(Path, Status))
    return llvm::createStringError(EC, "cannot read project file '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  if (!fs::is_regular_file(Status))
    return llvm::createStringError(std::errc::invalid_argument,
                                   "'%s' is not a regular file", Path.str().c_str());
  if (Status.getSize() > MaxProjectFileSize)
    return llvm::createStringError(std::errc::file_too_large,
                                   "project file '%s' is larger than %llu bytes",
                                   Path.str().c_str(),
                                   static_cast<unsigned long long>(MaxProjectFileSize));
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read project file '%s': %s",
                                   Path.str().c_str(),
                                   Buffer.getError().message().c_str());
  return std::move(*Buffer);
}

namespace {

struct XmlDocument {
  xmlDocPtr Doc = nullptr;
  XmlDocument() = default;
  XmlDocument(const XmlDocument &) = delete;
  XmlDocument &operator=(const XmlDocument &) = delete;
  ~XmlDocument() {
    if (Doc)
      xmlFreeDoc(Doc);
  }
  xmlNodePtr root() const { return Doc ? xmlDocGetRootElement(Doc) : nullptr; }
};

llvm::Expected<std::unique_ptr<XmlDocument>> parseXml(llvm::StringRef Path) {
  auto Text = readProjectText(Path);
  if (!Text)
    return Text.takeError();
  auto Document = std::make_unique<XmlDocument>();
  // No network, no external entities, no messages on stderr.
  Document->Doc = xmlReadMemory((*Text)->getBufferStart(),
                                static_cast<int>((*Text)->getBufferSize()),
                                Path.str().c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR |
                                    XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
  if (!Document->root()) {
    const xmlError *Error = xmlGetLastError();
    return llvm::createStringError(
        std::errc::invalid_argument, "'%s' is not an XML project file%s",
        Path.str().c_str(),
        Error && Error->message
            ? llvm::formatv(" (line {0}: {1})", Error->line,
                            llvm::StringRef(Error->message).trim())
                  .str()
                  .c_str()
            : "");
  }
  return std::move(Document);
}

llvm::StringRef nameOf(xmlNodePtr Node) {
  return reinterpret_cast<const char *>(Node->name);
}

std::vector<xmlNodePtr> elements(xmlNodePtr Parent) {
  std::vector<xmlNodePtr> Result;
  for (xmlNodePtr Child = Parent ? Parent->children : nullptr; Child; Child = Child->next)
    if (Child->type == XML_ELEMENT_NODE)
      Result.push_back(Child);
  return Result;
}

std::optional<std::string> attribute(xmlNodePtr Node, const char *Name) {
  xmlChar *Value = xmlGetProp(Node, reinterpret_cast<const xmlChar *>(Name));
  if (!Value)
    return std::nullopt;
  std::string Result(reinterpret_cast<const char *>(Value));
  xmlFree(Value);
  return Result;
}

std::string content(xmlNodePtr Node) {
  xmlChar *Value = xmlNodeGetContent(Node);
  std::string Result = Value ? reinterpret_cast<const char *>(Value) : "";
  xmlFree(Value);
  return llvm::StringRef(Result).trim().str();
}

unsigned lineOf(xmlNodePtr Node) { return static_cast<unsigned>(xmlGetLineNo(Node)); }

// MSBuild properties, by case-insensitive name. A property whose value this
// evaluation cannot know (the solution's directory, SDK locations) is
// Unknowable: expanding it fails rather than yielding a wrong path.
class Properties {
public:
  void set(llvm::StringRef Name, std::string Value) {
    Values[lower(Name)] = std::move(Value);
    Unknowable.erase(lower(Name));
  }
  void setUnknowable(llvm::StringRef Name) {
    Values.erase(lower(Name));
    Unknowable.insert(lower(Name));
  }

  /// Expands $(Name) and, in item metadata, %(Name) (the value so far of
  /// \p Metadata). Fails on property functions, item lists and unknowable
  /// properties.
  std::optional<std::string> expand(llvm::StringRef Text,
                                    llvm::StringRef Metadata = "",
                                    llvm::StringRef Previous = "") const {
    std::string Result;
    while (!Text.empty()) {
      size_t At = Text.find_first_of("$%@");
      if (At == llvm::StringRef::npos || At + 1 >= Text.size() || Text[At + 1] != '(') {
        size_t Take = At == llvm::StringRef::npos ? Text.size() : At + 1;
        Result += Text.take_front(Take);
        Text = Text.drop_front(Take);
        continue;
      }
      Result += Text.take_front(At);
      char Kind = Text[At];
      size_t Close = Text.find(')', At);
      if (Close == llvm::StringRef::npos)
        return std::nullopt;
      llvm::StringRef Name = Text.slice(At + 2, Close).trim();
      Text = Text.drop_front(Close + 1);
      if (Kind == '@' || Name.empty() || Name.contains_insensitive("::") ||
          Name.starts_with("[") || Name.contains(':') || Name.contains('.') ||
          Name.contains('('))
        return std::nullopt;
      if (Kind == '%') {
        if (Name.equals_insensitive(Metadata))
          Result += Previous;
        continue;
      }
      // A property this evaluation never saw defined is most often one that
      // MSBuild's own imports (skipped here) define: not known, not empty.
      auto It = Values.find(lower(Name));
      if (It == Values.end())
        return std::nullopt;
      Result += It->second;
    }
    return Result;
  }

private:
  llvm::StringMap<std::string> Values;
  llvm::StringSet<> Unknowable;
};

// MSBuild conditions: 'a' == 'b', 'a' != 'b' (case-insensitive), and, or,
// !, parentheses, Exists('path'), HasTrailingSlash('path'), true, false.
class ConditionParser {
public:
  ConditionParser(llvm::StringRef Text, const Properties &Props,
                  llvm::StringRef BaseDirectory)
      : Text(Text), Props(Props), BaseDirectory(BaseDirectory) {}

  std::optional<bool> evaluate() {
    std::optional<bool> Value = parseOr();
    skipSpace();
    if (!Text.empty())
      return std::nullopt;
    return Value;
  }

private:
  void skipSpace() { Text = Text.ltrim(); }

  bool consumeWord(llvm::StringRef Word) {
    skipSpace();
    if (!Text.starts_with_insensitive(Word))
      return false;
    llvm::StringRef Rest = Text.drop_front(Word.size());
    if (!Rest.empty() && (llvm::isAlnum(Rest.front()) || Rest.front() == '_'))
      return false;
    Text = Rest;
    return true;
  }

  bool consume(llvm::StringRef Token) {
    skipSpace();
    return Text.consume_front(Token);
  }

  std::optional<bool> parseOr() {
    std::optional<bool> Left = parseAnd();
    while (Left && consumeWord("or")) {
      std::optional<bool> Right = parseAnd();
      if (!Right)
        return std::nullopt;
      Left = *Left || *Right;
    }
    return Left;
  }

  std::optional<bool> parseAnd() {
    std::optional<bool> Left = parseNot();
    while (Left && consumeWord("and")) {
      std::optional<bool> Right = parseNot();
      if (!Right)
        return std::nullopt;
      Left = *Left && *Right;
    }
    return Left;
  }

  std::optional<bool> parseNot() {
    skipSpace();
    if (Text.starts_with("!") && !Text.starts_with("!=")) {
      Text = Text.drop_front();
      std::optional<bool> Value = parseNot();
      return Value ? std::optional<bool>(!*Value) : std::nullopt;
    }
    return parsePrimary();
  }

  // A quoted string or a bare word, expanded.
  std::optional<std::string> parseOperand() {
    skipSpace();
    if (Text.consume_front("'")) {
      size_t Close = Text.find('\'');
      if (Close == llvm::StringRef::npos)
        return std::nullopt;
      llvm::StringRef Raw = Text.take_front(Close);
      Text = Text.drop_front(Close + 1);
      return Props.expand(Raw);
    }
    size_t End = 0;
    while (End < Text.size() && !llvm::isSpace(Text[End]) &&
           !llvm::StringRef("=!()'").contains(Text[End]))
      ++End;
    // $(Name) may hold the characters above only in its name, which does not.
    if (Text.starts_with("$(")) {
      size_t Close = Text.find(')');
      if (Close == llvm::StringRef::npos)
        return std::nullopt;
      End = std::max(End, Close + 1);
    }
    if (End == 0)
      return std::nullopt;
    llvm::StringRef Raw = Text.take_front(End);
    Text = Text.drop_front(End);
    return Props.expand(Raw);
  }

  std::optional<bool> parsePrimary() {
    if (consume("(")) {
      std::optional<bool> Value = parseOr();
      if (!Value || !consume(")"))
        return std::nullopt;
      return Value;
    }
    for (llvm::StringRef Function : {"Exists", "HasTrailingSlash"}) {
      llvm::StringRef Saved = Text;
      if (consumeWord(Function) && consume("(")) {
        std::optional<std::string> Argument = parseOperand();
        if (!Argument || !consume(")"))
          return std::nullopt;
        if (Function == "HasTrailingSlash")
          return llvm::StringRef(*Argument).ends_with("/") ||
                 llvm::StringRef(*Argument).ends_with("\\");
        std::string Path = anchorPath(*Argument, BaseDirectory);
        return !Path.empty() && !resolvePathIgnoringCase(Path).empty();
      }
      Text = Saved;
    }
    std::optional<std::string> Left = parseOperand();
    if (!Left)
      return std::nullopt;
    bool Equal;
    if (consume("=="))
      Equal = true;
    else if (consume("!="))
      Equal = false;
    else if (llvm::StringRef(*Left).equals_insensitive("true"))
      return true;
    else if (llvm::StringRef(*Left).equals_insensitive("false"))
      return false;
    else
      return std::nullopt;
    std::optional<std::string> Right = parseOperand();
    if (!Right)
      return std::nullopt;
    return llvm::StringRef(*Left).equals_insensitive(*Right) == Equal;
  }

  llvm::StringRef Text;
  const Properties &Props;
  llvm::StringRef BaseDirectory;
};

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
    if (Switch.size() > 8 && (Switch.starts_with_insensitive("/export:") ||
                              Switch.starts_with_insensitive("-export:")))
      if (std::optional<ModuleDefinitionExport> Export = parseExportSwitch(Switch)) {
        Config.LinkerExports.push_back(std::move(*Export));
        Config.LinkerExportsSet = Where;
      }
    if (Switch.size() > 5 && (Switch.starts_with_insensitive("/def:") ||
                              Switch.starts_with_insensitive("-def:"))) {
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

// One MSBuild evaluation of a .vcxproj for one configuration.
class MSBuildEvaluation {
public:
  MSBuildEvaluation(ProjectFile &Project,
                    std::map<std::string, std::unique_ptr<XmlDocument>> &Imports)
      : Project(Project), Imports(Imports) {}

  void evaluate(xmlNodePtr Root, ProjectConfiguration &Config) {
    llvm::StringRef File = Project.Path;
    llvm::StringRef Directory = path::parent_path(File);
    Props.set("Configuration", Config.Name.substr(0, Config.Name.find('|')));
    Props.set("Platform", Config.Platform);
    Props.set("ProjectDir", (Directory + "/").str());
    Props.set("ProjectName", path::stem(File).str());
    Props.set("TargetName", path::stem(File).str());
    Props.set("ProjectFileName", path::filename(File).str());
    Props.set("ProjectPath", File.str());
    Props.set("MSBuildProjectDirectory", Directory.str());
    Props.set("MSBuildProjectName", path::stem(File).str());
    Props.set("MSBuildProjectFile", path::filename(File).str());
    Props.set("MSBuildProjectFullPath", File.str());
    for (const char *Name : {"SolutionDir", "SolutionName", "SolutionPath",
                             "SolutionFileName", "VCTargetsPath", "VCInstallDir",
                             "WindowsSdkDir", "UserRootDir", "MSBuildExtensionsPath",
                             "MSBuildToolsPath", "MSBuildBinPath"})
      Props.setUnknowable(Name);
    walk(Root, File, 0, /*ItemDefinitions=*/false, Config);
    walk(Root, File, 0, /*ItemDefinitions=*/true, Config);
  }

private:
  bool holds(xmlNodePtr Node, llvm::StringRef File) {
    std::optional<std::string> Condition = attribute(Node, "Condition");
    if (!Condition)
      return true;
    std::optional<bool> Value =
        ConditionParser(*Condition, Props, path::parent_path(File)).evaluate();
    if (!Value) {
      note(File, lineOf(Node), "condition \"" + *Condition + "\" not evaluated; "
                               "the element is skipped");
      return false;
    }
    return *Value;
  }

  void note(llvm::StringRef File, unsigned Line, const std::string &What) {
    std::string Text = llvm::formatv("{0}:{1}: {2}", path::filename(File), Line, What);
    if (!llvm::is_contained(Project.Unresolved, Text))
      Project.Unresolved.push_back(std::move(Text));
  }

  void walk(xmlNodePtr Parent, llvm::StringRef File, unsigned Depth,
            bool ItemDefinitions, ProjectConfiguration &Config) {
    Props.set("MSBuildThisFileDirectory", (path::parent_path(File) + "/").str());
    Props.set("MSBuildThisFile", path::filename(File).str());
    Props.set("MSBuildThisFileFullPath", File.str());
    for (xmlNodePtr Node : elements(Parent)) {
      llvm::StringRef Name = nameOf(Node);
      if (Name == "Import") {
        if (holds(Node, File))
          import(Node, File, Depth, ItemDefinitions, Config);
      } else if (Name == "ImportGroup") {
        if (holds(Node, File))
          walk(Node, File, Depth, ItemDefinitions, Config);
      } else if (Name == "PropertyGroup" && !ItemDefinitions) {
        if (holds(Node, File))
          for (xmlNodePtr Property : elements(Node))
            if (holds(Property, File)) {
              std::optional<std::string> Value = Props.expand(content(Property));
              if (Value)
                Props.set(nameOf(Property), *Value);
              else
                Props.setUnknowable(nameOf(Property));
            }
      } else if (Name == "ItemDefinitionGroup" && ItemDefinitions) {
        if (holds(Node, File))
          for (xmlNodePtr Tool : elements(Node))
            if (holds(Tool, File))
              for (xmlNodePtr Metadata : elements(Tool))
                if (holds(Metadata, File))
                  define(nameOf(Tool), Metadata, File, Config);
      } else if (Name == "Choose") {
        note(File, lineOf(Node), "<Choose> not evaluated");
      }
    }
  }

  void import(xmlNodePtr Node, llvm::StringRef File, unsigned Depth,
              bool ItemDefinitions, ProjectConfiguration &Config) {
    std::string Written = attribute(Node, "Project").value_or("");
    std::optional<std::string> Expanded = Props.expand(Written);
    std::string Path =
        Expanded ? resolvePathIgnoringCase(anchorPath(*Expanded, path::parent_path(File)))
                 : "";
    if (Path.empty()) {
      bool MSBuildOwn = llvm::any_of(
          std::initializer_list<llvm::StringRef>{"VCTargetsPath", "MSBuildExtensionsPath",
                                                 "MSBuildToolsPath", "MSBuildBinPath",
                                                 "UserRootDir", "VCInstallDir",
                                                 "WindowsSdkDir"},
          [&](llvm::StringRef Name) { return llvm::StringRef(Written).contains(Name); });
      note(File, lineOf(Node),
           "import of '" + Written + "' not resolved (" +
               (Expanded     ? "no such file"
                : MSBuildOwn ? "MSBuild or SDK location"
                             : "a property not known here") +
               "); skipped");
      return;
    }
    if (Depth >= MaxImportDepth) {
      note(File, lineOf(Node), "imports nested too deeply; '" + Written + "' skipped");
      return;
    }
    auto [It, Inserted] = Imports.try_emplace(Path);
    if (Inserted) {
      auto Parsed = parseXml(Path);
      if (!Parsed) {
        note(File, lineOf(Node), llvm::toString(Parsed.takeError()));
        return;
      }
      It->second = std::move(*Parsed);
    }
    if (!It->second || !It->second->root())
      return;
    walk(It->second->root(), Path, Depth + 1, ItemDefinitions, Config);
    // Back in the importing file.
    Props.set("MSBuildThisFileDirectory", (path::parent_path(File) + "/").str());
    Props.set("MSBuildThisFile", path::filename(File).str());
    Props.set("MSBuildThisFileFullPath", File.str());
  }

  void define(llvm::StringRef Tool, xmlNodePtr Metadata, llvm::StringRef File,
              ProjectConfiguration &Config) {
    llvm::StringRef Name = nameOf(Metadata);
    std::string &Previous = Definitions[(Tool + "." + Name).str()];
    std::optional<std::string> Value = Props.expand(content(Metadata), Name, Previous);
    ProjectLocation Where{File.str(), lineOf(Metadata)};
    if (!Value) {
      note(File, Where.Line, (Tool + " " + Name + " '" + content(Metadata) +
                              "' not resolved; ignored")
                                 .str());
      return;
    }
    Previous = *Value;
    if (Tool == "Link" && Name == "ModuleDefinitionFile") {
      Config.ModuleDefinitionFile = *Value;
      Config.ModuleDefinitionSet = Where;
    } else if (Tool == "Link" && Name == "AdditionalOptions") {
      // Replaced, not added to: %(AdditionalOptions) already carried the old
      // value into *Value.
      Config.LinkerExports.clear();
      addLinkerOptions(Config, *Value, Where);
    } else if (Tool == "Link" && Name == "TargetMachine") {
      llvm::StringRef Machine(*Value);
      if (Machine.equals_insensitive("MachineX86"))
        Config.Arch = WindowsArch::X86;
      else if (Machine.equals_insensitive("MachineX64"))
        Config.Arch = WindowsArch::X64;
      else if (Machine.equals_insensitive("MachineARM64"))
        Config.Arch = WindowsArch::Arm64;
    } else if (Tool == "ClCompile" && Name == "CallingConvention") {
      llvm::StringRef Convention(*Value);
      if (Convention.equals_insensitive("Cdecl"))
        Config.DefaultConvention = CallingConvention::Cdecl;
      else if (Convention.equals_insensitive("StdCall"))
        Config.DefaultConvention = CallingConvention::Stdcall;
      else if (Convention.equals_insensitive("FastCall"))
        Config.DefaultConvention = CallingConvention::Fastcall;
      else if (Convention.equals_insensitive("VectorCall"))
        Config.DefaultConvention = CallingConvention::Vectorcall;
    } else if (Tool == "ClCompile" && Name == "AdditionalOptions") {
      addCompilerOptions(Config, *Value);
    }
  }

  ProjectFile &Project;
  std::map<std::string, std::unique_ptr<XmlDocument>> &Imports;
  Properties Props;
  llvm::StringMap<std::string> Definitions;
};

void addSources(ProjectFile &Project, llvm::StringRef Written) {
  for (llvm::StringRef Item : llvm::split(Written, ';')) {
    std::string Path = anchorPath(Item, path::parent_path(Project.Path));
    if (!Path.empty())
      Project.Sources.push_back(Path);
  }
}

llvm::Expected<ProjectFile> readVcxproj(llvm::StringRef Path, xmlNodePtr Root) {
  ProjectFile Project;
  Project.Path = Path.str();
  std::map<std::string, std::unique_ptr<XmlDocument>> Imports;
  std::vector<std::pair<ProjectConfiguration, xmlNodePtr>> Declared;
  for (xmlNodePtr Group : elements(Root)) {
    if (nameOf(Group) != "ItemGroup")
      continue;
    for (xmlNodePtr Item : elements(Group)) {
      llvm::StringRef Kind = nameOf(Item);
      std::optional<std::string> Include = attribute(Item, "Include");
      if (!Include)
        continue;
      if (Kind == "ClCompile") {
        addSources(Project, *Include);
      } else if (Kind == "ProjectConfiguration") {
        ProjectConfiguration Config;
        Config.Name = *Include;
        Config.Platform = llvm::StringRef(*Include).split('|').second.str();
        for (xmlNodePtr Child : elements(Item))
          if (nameOf(Child) == "Platform")
            Config.Platform = content(Child);
        Config.Arch = archOfPlatform(Config.Platform);
        Config.Declared = {Project.Path, lineOf(Item)};
        Declared.push_back({std::move(Config), Item});
      }
    }
  }
  for (auto &[Config, Item] : Declared) {
    MSBuildEvaluation(Project, Imports).evaluate(Root, Config);
    Project.Configurations.push_back(std::move(Config));
  }
  return Project;
}

// Visual Studio 2008 and earlier: attributes on <Tool> elements.
llvm::Expected<ProjectFile> readVcproj(llvm::StringRef Path, xmlNodePtr Root) {
  ProjectFile Project;
  Project.Path = Path.str();
  llvm::StringRef Directory = path::parent_path(Path);
  std::vector<xmlNodePtr> Pending{Root};
  while (!Pending.empty()) {
    xmlNodePtr Node = Pending.back();
    Pending.pop_back();
    for (xmlNodePtr Child : elements(Node)) {
      if (nameOf(Child) == "File") {
        if (std::optional<std::string> Relative = attribute(Child, "RelativePath"))
          addSources(Project, *Relative);
      } else if (nameOf(Child) != "Configurations") {
        Pending.push_back(Child);
      }
    }
  }
  for (xmlNodePtr Group : elements(Root)) {
    if (nameOf(Group) != "Configurations")
      continue;
    for (xmlNodePtr Node : elements(Group)) {
      std::optional<std::string> Name = attribute(Node, "Name");
      if (nameOf(Node) != "Configuration" || !Name)
        continue;
      ProjectConfiguration Config;
      Config.Name = *Name;
      Config.Platform = llvm::StringRef(*Name).split('|').second.str();
      Config.Arch = archOfPlatform(Config.Platform);
      Config.Declared = {Project.Path, lineOf(Node)};
      Properties Props;
      Props.set("ConfigurationName", llvm::StringRef(*Name).split('|').first.str());
      Props.set("PlatformName", Config.Platform);
      Props.set("ProjectDir", (Directory + "/").str());
      Props.set("InputDir", (Directory + "/").str());
      Props.set("ProjectName", path::stem(Path).str());
      Props.set("TargetName", path::stem(Path).str());
      Props.setUnknowable("SolutionDir");
      Props.setUnknowable("SolutionName");
      if (std::optional<std::string> Sheets = attribute(Node, "InheritedPropertySheets"))
        Project.Unresolved.push_back(
            llvm::formatv("{0}:{1}: property sheets '{2}' not read", path::filename(Path),
                          lineOf(Node), *Sheets));
      for (xmlNodePtr Tool : elements(Node)) {
        std::optional<std::string> ToolName = attribute(Tool, "Name");
        if (nameOf(Tool) != "Tool" || !ToolName)
          continue;
        ProjectLocation Where{Project.Path, lineOf(Tool)};
        auto Expanded = [&](const char *Attribute) -> std::optional<std::string> {
          std::optional<std::string> Raw = attribute(Tool, Attribute);
          if (!Raw)
            return std::nullopt;
          std::optional<std::string> Value = Props.expand(*Raw);
          if (!Value)
            Project.Unresolved.push_back(
                llvm::formatv("{0}:{1}: {2} '{3}' not resolved; ignored",
                              path::filename(Path), Where.Line, Attribute, *Raw));
          return Value;
        };
        if (*ToolName == "VCLinkerTool") {
          if (std::optional<std::string> Def = Expanded("ModuleDefinitionFile")) {
            Config.ModuleDefinitionFile = *Def;
            Config.ModuleDefinitionSet = Where;
          }
          if (std::optional<std::string> Options = Expanded("AdditionalOptions"))
            addLinkerOptions(Config, *Options, Where);
        } else if (*ToolName == "VCCLCompilerTool") {
          // 0 __cdecl, 1 __fastcall, 2 __stdcall.
          if (std::optional<std::string> Convention = attribute(Tool, "CallingConvention")) {
            if (*Convention == "0")
              Config.DefaultConvention = CallingConvention::Cdecl;
            else if (*Convention == "1")
              Config.DefaultConvention = CallingConvention::Fastcall;
            else if (*Convention == "2")
              Config.DefaultConvention = CallingConvention::Stdcall;
          }
          if (std::optional<std::string> Options = Expanded("AdditionalOptions"))
            addCompilerOptions(Config, *Options);
        }
      }
      Project.Configurations.push_back(std::move(Config));
    }
  }
  return Project;
}

} // namespace

static void resolveModuleDefinitionFiles(ProjectFile &Project) {
  for (ProjectConfiguration &Config : Project.Configurations)
    if (!Config.ModuleDefinitionFile.empty())
      Config.ModuleDefinitionPath =
          anchorPath(Config.ModuleDefinitionFile, path::parent_path(Project.Path));
}

llvm::Expected<ProjectFile> readProjectFile(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  fs::make_absolute(Absolute);
  path::remove_dots(Absolute, true);
  auto Document = parseXml(Absolute);
  if (!Document)
    return Document.takeError();
  xmlNodePtr Root = (*Document)->root();
  llvm::Expected<ProjectFile> Project =
      nameOf(Root) == "VisualStudioProject" ? readVcproj(Absolute, Root)
      : nameOf(Root) == "Project"
          ? readVcxproj(Absolute, Root)
          : llvm::Expected<ProjectFile>(llvm::createStringError(
                std::errc::invalid_argument,
                "'%s' is not a Visual Studio project (root element <%s>)",
                Absolute.c_str(), nameOf(Root).str().c_str()));
  if (Project)
    resolveModuleDefinitionFiles(*Project);
  return Project;
}

llvm::Expected<ProjectFile> readCMakeLists(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  fs::make_absolute(Absolute);
  auto Text = readProjectText(Absolute);
  if (!Text)
    return Text.takeError();
  ProjectFile Project;
  Project.Path = std::string(Absolute);
  llvm::StringRef Directory = path::parent_path(Absolute);
  ProjectConfiguration Config;
  Config.Name = "CMake";
  Config.Declared = {Project.Path, 1};
  unsigned LineNumber = 0;
  for (llvm::StringRef Line : llvm::split((*Text)->getBuffer(), '\n')) {
    ++LineNumber;
    Line = Line.split('#').first;
    for (llvm::StringRef Word :
         llvm::split(Line, ' ')) {
      Word = Word.trim(" \t\r\"()");
      if (Word.empty())
        continue;
      std::string Expanded = Word.str();
      for (const char *Variable : {"${CMAKE_CURRENT_SOURCE_DIR}", "${CMAKE_CURRENT_LIST_DIR}"})
        for (size_t At; (At = Expanded.find(Variable)) != std::string::npos;)
          Expanded.replace(At, strlen(Variable), Directory.str());
      llvm::StringRef Token(Expanded);
      ProjectLocation Where{Project.Path, LineNumber};
      if (Token.starts_with_insensitive("/export:") ||
          Token.starts_with_insensitive("-export:") ||
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

} // namespace iis
