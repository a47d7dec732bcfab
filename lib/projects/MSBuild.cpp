//===--- MSBuild.cpp - MSBuild evaluation in a small subset ---------------===//

#include "projects/ProjectReaders.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

namespace iismodel {
namespace projects {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

static std::string lower(llvm::StringRef S) { return S.lower(); }

void Properties::set(llvm::StringRef Name, std::string Value) {
  Values[lower(Name)] = std::move(Value);
  Unknowable.erase(lower(Name));
}

void Properties::setUnknowable(llvm::StringRef Name) {
  Values.erase(lower(Name));
  Unknowable.insert(lower(Name));
}

std::optional<std::string> Properties::expand(llvm::StringRef Text, llvm::StringRef Metadata,
                                              llvm::StringRef Previous) const {
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
    if (Kind == '@' || Name.empty() || Name.contains_insensitive("::") || Name.starts_with("[") ||
        Name.contains(':') || Name.contains('.') || Name.contains('('))
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

namespace {

// MSBuild conditions: 'a' == 'b', 'a' != 'b' (case-insensitive), and, or,
// !, parentheses, Exists('path'), HasTrailingSlash('path'), true, false.
class ConditionParser {
public:
  ConditionParser(llvm::StringRef Text, const Properties &Props, llvm::StringRef BaseDirectory)
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

// One MSBuild evaluation of a .vcxproj for one configuration.
class MSBuildEvaluation {
public:
  MSBuildEvaluation(ProjectFile &Project, XmlCache &Imports, const ProjectEnvironment &Environment)
      : Project(Project), Imports(Imports), Environment(Environment) {}

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
    for (const char *Name : {"SolutionDir", "SolutionName", "SolutionPath", "SolutionFileName",
                             "VCTargetsPath", "VCInstallDir", "WindowsSdkDir", "UserRootDir",
                             "MSBuildExtensionsPath", "MSBuildToolsPath", "MSBuildBinPath"})
      Props.setUnknowable(Name);
    if (!Environment.SolutionDir.empty()) {
      Props.set("SolutionDir", Environment.SolutionDir);
      Props.set("SolutionName", Environment.SolutionName);
    }
    // MSBuild's own props (skipped) start the include path empty of the
    // project's folders; ours are given by the compilation database.
    Props.set("IncludePath", "");
    walk(Root, File, 0, /*ItemDefinitions=*/false, Config);
    walk(Root, File, 0, /*ItemDefinitions=*/true, Config);
    readCompileProperties(Config);
  }

private:
  bool holds(xmlNodePtr Node, llvm::StringRef File) {
    std::optional<std::string> Condition = attribute(Node, "Condition");
    if (!Condition)
      return true;
    std::optional<bool> Value =
        ConditionParser(*Condition, Props, path::parent_path(File)).evaluate();
    if (!Value) {
      note(File, lineOf(Node),
           "condition \"" + *Condition +
               "\" not evaluated; "
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

  void walk(xmlNodePtr Parent, llvm::StringRef File, unsigned Depth, bool ItemDefinitions,
            ProjectConfiguration &Config) {
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
              if (nameOf(Property).equals_insensitive("IncludePath")) {
                Props.set("IncludePath", expandPathList(content(Property)));
                continue;
              }
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
      } else if (Name == "ItemGroup" && ItemDefinitions) {
        if (holds(Node, File))
          readItemMetadata(Node, File, Config);
      } else if (Name == "Choose") {
        note(File, lineOf(Node), "<Choose> not evaluated");
      }
    }
  }

  void import(xmlNodePtr Node, llvm::StringRef File, unsigned Depth, bool ItemDefinitions,
              ProjectConfiguration &Config) {
    std::string Written = attribute(Node, "Project").value_or("");
    std::optional<std::string> Expanded = Props.expand(Written);
    std::string Path =
        Expanded ? resolvePathIgnoringCase(anchorPath(*Expanded, path::parent_path(File))) : "";
    if (Path.empty()) {
      bool MSBuildOwn = llvm::any_of(
          std::initializer_list<llvm::StringRef>{"VCTargetsPath", "MSBuildExtensionsPath",
                                                 "MSBuildToolsPath", "MSBuildBinPath",
                                                 "UserRootDir", "VCInstallDir", "WindowsSdkDir"},
          [&](llvm::StringRef Name) { return llvm::StringRef(Written).contains(Name); });
      if (MSBuildOwn && !Expanded) {
        std::string Text =
            llvm::formatv("{0}:{1}: {2}", path::filename(File), lineOf(Node), Written);
        if (!llvm::is_contained(Project.ToolsetImports, Text))
          Project.ToolsetImports.push_back(std::move(Text));
        return;
      }
      note(File, lineOf(Node),
           "import of '" + Written + "' not resolved (" +
               (Expanded ? "no such file" : "a property not known here") + "); skipped");
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
    if (Tool == "ClCompile" && isListMetadata(Name)) {
      defineList(Name, Metadata, File, Config);
      return;
    }
    std::string &Previous = Definitions[(Tool + "." + Name).str()];
    std::optional<std::string> Value = Props.expand(content(Metadata), Name, Previous);
    ProjectLocation Where{File.str(), lineOf(Metadata)};
    if (!Value) {
      note(File, Where.Line,
           (Tool + " " + Name + " '" + content(Metadata) + "' not resolved; ignored").str());
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
    } else if (Tool == "ClCompile" && Name == "PrecompiledHeader") {
      Config.Compile.PrecompiledHeader = *Value;
    } else if (Tool == "ClCompile" && Name == "PrecompiledHeaderFile") {
      Config.Compile.PrecompiledHeaderFile = *Value;
    } else if (Tool == "ClCompile" && Name == "LanguageStandard") {
      Config.Compile.LanguageStandard = *Value;
    } else if (Tool == "ClCompile" && Name == "RuntimeLibrary") {
      Config.Compile.RuntimeLibrary = *Value;
    }
  }

  // A ';'-separated list of folders, item by item: Visual Studio's own
  // folders ($(VC_IncludePath)) are left out, the project's kept.
  std::string expandPathList(llvm::StringRef Text) const {
    std::string Result;
    for (llvm::StringRef Item : llvm::split(Text, ';'))
      if (std::optional<std::string> Value = Props.expand(Item.trim()))
        if (!llvm::StringRef(*Value).trim().empty())
          Result += (Result.empty() ? "" : ";") + llvm::StringRef(*Value).trim().str();
    return Result;
  }

  static bool isListMetadata(llvm::StringRef Name) {
    return Name == "AdditionalIncludeDirectories" || Name == "PreprocessorDefinitions" ||
           Name == "ForcedIncludeFiles";
  }

  // ';'-separated metadata, expanded item by item: one item that names a
  // location only Visual Studio knows ($(VC_IncludePath)) is left out alone.
  void defineList(llvm::StringRef Name, xmlNodePtr Metadata, llvm::StringRef File,
                  ProjectConfiguration &Config) {
    std::vector<std::string> &Previous = Lists[Name];
    std::vector<std::string> Items;
    std::string Text = content(Metadata);
    for (llvm::StringRef Written : llvm::split(Text, ';')) {
      Written = Written.trim();
      if (Written.empty())
        continue;
      if (Written.equals_insensitive(("%(" + Name + ")").str())) {
        llvm::append_range(Items, Previous);
        continue;
      }
      std::optional<std::string> Value = Props.expand(Written);
      if (!Value) {
        if (!isVisualStudioLocation(Written))
          note(File, lineOf(Metadata),
               (Name + " item '" + Written + "' not resolved; left out").str());
        continue;
      }
      if (!llvm::StringRef(*Value).trim().empty())
        Items.push_back(llvm::StringRef(*Value).trim().str());
    }
    Previous = Items;
    ProjectConfiguration::CompileSettings &Compile = Config.Compile;
    if (Name == "AdditionalIncludeDirectories")
      Compile.IncludeDirectories = anchorAll(Items);
    else if (Name == "PreprocessorDefinitions")
      Compile.Defines = Items;
    else
      Compile.ForcedIncludes = Items;
  }

  std::vector<std::string> anchorAll(const std::vector<std::string> &Written) const {
    std::vector<std::string> Paths;
    for (const std::string &Item : Written) {
      std::string Path = anchorPath(Item, path::parent_path(Project.Path));
      if (!Path.empty() && !llvm::is_contained(Paths, Path))
        Paths.push_back(Path);
    }
    return Paths;
  }

  static bool isVisualStudioLocation(llvm::StringRef Written) {
    for (llvm::StringRef Name :
         {"VC_", "WindowsSDK", "WindowsSdk", "VCInstallDir", "VCToolsInstallDir", "UniversalCRT",
          "NETFXKitsDir", "FrameworkSdkDir", "WDKContentRoot", "IncludePath"})
      if (Written.contains(Name))
        return true;
    return false;
  }

  // Per-source metadata: ExcludedFromBuild in this configuration.
  void readItemMetadata(xmlNodePtr Group, llvm::StringRef File, ProjectConfiguration &Config) {
    for (xmlNodePtr Item : elements(Group)) {
      std::optional<std::string> Include = attribute(Item, "Include");
      if (nameOf(Item) != "ClCompile" || !Include || !holds(Item, File))
        continue;
      for (xmlNodePtr Metadata : elements(Item))
        if (nameOf(Metadata) == "ExcludedFromBuild" && holds(Metadata, File) &&
            llvm::StringRef(content(Metadata)).equals_insensitive("true"))
          for (llvm::StringRef Source : llvm::split(*Include, ';'))
            Config.Compile.ExcludedSources.push_back(
                anchorPath(Source, path::parent_path(Project.Path)));
    }
  }

  // What the configuration's properties (not its item definitions) decide.
  void readCompileProperties(ProjectConfiguration &Config) {
    ProjectConfiguration::CompileSettings &Compile = Config.Compile;
    auto Get = [&](llvm::StringRef Name) {
      return Props.expand(("$(" + Name + ")").str()).value_or("");
    };
    Compile.CharacterSet = Get("CharacterSet");
    Compile.ConfigurationType = Get("ConfigurationType");
    Compile.UseOfAtl = Get("UseOfAtl");
    std::vector<std::string> IncludePath;
    std::string Text = Get("IncludePath");
    for (llvm::StringRef Item : llvm::split(Text, ';'))
      if (!Item.trim().empty())
        IncludePath.push_back(Item.trim().str());
    for (std::string &Directory : anchorAll(IncludePath))
      if (!llvm::is_contained(Compile.IncludeDirectories, Directory))
        Compile.IncludeDirectories.push_back(std::move(Directory));
  }

  ProjectFile &Project;
  XmlCache &Imports;
  const ProjectEnvironment &Environment;
  Properties Props;
  llvm::StringMap<std::string> Definitions;
  llvm::StringMap<std::vector<std::string>> Lists;
};

} // namespace

void evaluateConfiguration(ProjectFile &Project, XmlCache &Imports,
                           const ProjectEnvironment &Environment, xmlNodePtr Root,
                           ProjectConfiguration &Config) {
  MSBuildEvaluation(Project, Imports, Environment).evaluate(Root, Config);
}

} // namespace projects
} // namespace iismodel
