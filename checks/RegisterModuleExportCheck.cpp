//===--- RegisterModuleExportCheck.cpp - iis-tidy -------------------------===//

#include "RegisterModuleExportCheck.h"
#include "ConfigFiles.h"

#include "exports/DefFile.h"
#include "exports/ExportModel.h"
#include "exports/RegisterModule.h"

#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/Path.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral EntryPointId = "entry";
static constexpr size_t MaxDefProblems = 10;

RegisterModuleExportCheck::RegisterModuleExportCheck(StringRef Name, ClangTidyContext *Context)
    : IISCheck(Name, Context), ModuleDefinitionFiles(Options.get("ModuleDefinitionFiles", "")),
      LinkerExports(Options.get("LinkerExports", "")),
      AdditionalArchitectures(Options.get("AdditionalArchitectures", "x86")),
      ProjectFile(Options.get("ProjectFile", "")),
      FindProjectFiles(boolOption("FindProjectFiles", true)) {
  for (StringRef Arch : utils::options::parseStringList(AdditionalArchitectures))
    if (!iismodel::archByName(Arch.trim()))
      configurationDiag("invalid architecture '%0' in option "
                        "'%1.AdditionalArchitectures': expected x86, x64 or arm64",
                        DiagnosticIDs::Error)
          << Arch << Name;
  for (StringRef Spec : utils::options::parseStringList(LinkerExports))
    if (!iismodel::parseExportSwitch(Spec))
      configurationDiag("invalid entry '%0' in option '%1.LinkerExports': "
                        "expected '[/EXPORT:]name[=internal][,@ordinal]...'",
                        DiagnosticIDs::Error)
          << Spec << Name;
}

void RegisterModuleExportCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  IISCheck::storeOptions(Opts);
  Options.store(Opts, "ModuleDefinitionFiles", ModuleDefinitionFiles);
  Options.store(Opts, "LinkerExports", LinkerExports);
  Options.store(Opts, "AdditionalArchitectures", AdditionalArchitectures);
  Options.store(Opts, "ProjectFile", ProjectFile);
  Options.store(Opts, "FindProjectFiles", FindProjectFiles);
}

void RegisterModuleExportCheck::registerCheckMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      functionDecl(isDefinition(), hasName("::RegisterModule"), unless(cxxMethodDecl()))
          .bind(EntryPointId),
      this);
}

// A declaration the fix-it can change without making another one clash.
static bool isOnlyDeclaration(const FunctionDecl *F) {
  return std::next(F->redecls_begin()) == F->redecls_end();
}

// The TU's architecture first, then the others the DLL is built for.
static std::vector<iismodel::WindowsArch> architectures(iismodel::WindowsArch TUArch,
                                                        StringRef Additional) {
  std::vector<iismodel::WindowsArch> Arches;
  if (TUArch != iismodel::WindowsArch::Unknown)
    Arches.push_back(TUArch);
  for (StringRef Name : utils::options::parseStringList(Additional))
    if (std::optional<iismodel::WindowsArch> Arch = iismodel::archByName(Name.trim()))
      if (!llvm::is_contained(Arches, *Arch))
        Arches.push_back(*Arch);
  return Arches;
}

std::optional<std::vector<iismodel::ExportSpec>>
RegisterModuleExportCheck::readDefinitionFile(StringRef Path, SourceLocation Loc) {
  llvm::Expected<iismodel::ModuleDefinition> Parsed = iismodel::readModuleDefinitionFile(Path);
  if (!Parsed) {
    diag(Loc, "%0") << llvm::toString(Parsed.takeError());
    return std::nullopt;
  }
  // A few problems tell what is wrong; a garbage file would bury the rest.
  const size_t Shown = std::min<size_t>(Parsed->Problems.size(), MaxDefProblems);
  for (const iismodel::ModuleDefinitionProblem &Problem :
       ArrayRef(Parsed->Problems).take_front(Shown))
    diag(Loc, "'%0' line %1: %2") << Path << Problem.Line << Problem.Message;
  if (Parsed->Problems.size() > Shown)
    diag(Loc, "'%0' has %1 more problems; is it a module-definition file?")
        << Path << static_cast<unsigned>(Parsed->Problems.size() - Shown);
  std::vector<iismodel::ExportSpec> Specs;
  for (iismodel::ModuleDefinitionExport &Export : Parsed->Exports)
    Specs.push_back({iismodel::ExportRoute::DefFile, std::move(Export), "'" + Path.str() + "'"});
  return Specs;
}

void RegisterModuleExportCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Entry = Result.Nodes.getNodeAs<FunctionDecl>(EntryPointId);
  // A declaration the compiler already rejected has told the user enough.
  if (!iismodel::isRegisterModuleEntryPoint(Entry) || Entry->isInvalidDecl())
    return;
  ASTContext &Context = *Result.Context;
  if (!iismodel::declaresRegistrationApi(Context))
    return;
  const SourceManager &SM = *Result.SourceManager;
  const llvm::Triple &Triple = Context.getTargetInfo().getTriple();
  const SourceLocation Loc = Entry->getLocation();

  // Off Windows, the front end has already dropped dllexport and __stdcall.
  if (!Triple.isOSWindows()) {
    diag(Loc, "cannot check how 'RegisterModule' is exported for target '%0', "
              "which drops dllexport and __stdcall; compile with "
              "'--target=%select{x86_64-pc-windows-msvc|x86_64-w64-mingw32}1' (or "
              "'%select{i686-pc-windows-msvc|i686-w64-mingw32}1' for a 32-bit "
              "module%select{|; windows.h parses off Windows with mingw-w64's "
              "headers}1; with clang-tidy, '--extra-arg=--target=...')")
        << Triple.str() << IncludesWindowsHeader;
    return;
  }

  if (!iismodel::hasRegisterModuleSignature(Entry)) {
    diag(Loc, "'RegisterModule' does not have the signature IIS calls it with");
    diag(Loc, "IIS calls it as '%0'", DiagnosticIDs::Note) << iismodel::RegisterModulePrototype;
  }

  const iismodel::EntryPointFacts Facts = iismodel::entryPointFacts(Entry, Context);
  const std::vector<iismodel::WindowsArch> Arches =
      architectures(Facts.TUArch, AdditionalArchitectures);

  std::vector<iismodel::ExportSpec> Specs = exportSpecsOfTU(Context);
  // A Visual Studio project says, per configuration, how the DLL is linked.
  // The ModuleDefinitionFiles option says how the DLL is linked: it wins.
  std::optional<iismodel::ProjectFile> Project;
  ProjectSearched.reset();
  if (ModuleDefinitionFiles.empty())
    Project = projectFor(SM, Loc);
  if (Project && Project->Configurations.empty())
    Project.reset(); // A project without configurations tells nothing.
  if (Project && Project->Kind != iismodel::ProjectKind::CMake) {
    checkConfigurations(Entry, Facts, Specs, *Project, *Result.SourceManager);
    return;
  }
  // A CMake project, read best effort: its /EXPORTs join the others and its
  // .def is the one the DLL links.
  std::string ProjectDef;
  if (Project) {
    const iismodel::ProjectConfiguration &CMake = Project->Configurations.front();
    for (const iismodel::ModuleDefinitionExport &Export : CMake.LinkerExports)
      Specs.push_back(
          {iismodel::ExportRoute::LinkerOption, Export, "'/EXPORT' in '" + Project->Path + "'"});
    ProjectDef = CMake.ModuleDefinitionPath;
  }
  checkStdcallOnX86(Entry, Facts, Arches);
  iismodel::ModuleDefinitionSearch Search;
  std::vector<std::vector<iismodel::ExportSpec>> DefSpecs =
      exportCandidates(Specs, ProjectDef, SM, Loc, Search);
  bool ReportedMissing = false;
  for (iismodel::WindowsArch Arch : Arches)
    reportPrediction(Loc, Facts, Arch, DefSpecs, ProjectDef, Search, ReportedMissing);
}

namespace {
class WindowsHeaderSeen : public PPCallbacks {
public:
  explicit WindowsHeaderSeen(bool &Seen) : Seen(Seen) {}
  void InclusionDirective(SourceLocation, const Token &, StringRef FileName, bool, CharSourceRange,
                          OptionalFileEntryRef, StringRef, StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (llvm::sys::path::filename(FileName).equals_insensitive("windows.h"))
      Seen = true;
  }

private:
  bool &Seen;
};
} // namespace

void RegisterModuleExportCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                                    Preprocessor *ModuleExpanderPP) {
  IISCheck::registerPPCallbacks(SM, PP, ModuleExpanderPP);
  IncludesWindowsHeader = false;
  PP->addPPCallbacks(std::make_unique<WindowsHeaderSeen>(IncludesWindowsHeader));
}

// Every export specification in the TU and the options that can name the
// function: /EXPORT options and '#pragma comment(linker, ...)' directives.
std::vector<iismodel::ExportSpec> RegisterModuleExportCheck::exportSpecsOfTU(ASTContext &Context) {
  std::vector<iismodel::ExportSpec> Specs;
  for (StringRef Spec : utils::options::parseStringList(LinkerExports))
    if (std::optional<iismodel::ModuleDefinitionExport> Export = iismodel::parseExportSwitch(Spec))
      Specs.push_back({iismodel::ExportRoute::LinkerOption, std::move(*Export),
                       "the option '" + getID().str() + ".LinkerExports'"});
  for (const Decl *D : Context.getTranslationUnitDecl()->decls())
    if (const auto *Pragma = dyn_cast<PragmaCommentDecl>(D);
        Pragma && Pragma->getCommentKind() == PCK_Linker)
      for (iismodel::ModuleDefinitionExport &Export : iismodel::directiveExports(Pragma->getArg()))
        Specs.push_back({iismodel::ExportRoute::Directive, std::move(Export),
                         "'#pragma comment(linker, \"" + Pragma->getArg().str() + "\")'"});
  return Specs;
}

void RegisterModuleExportCheck::checkStdcallOnX86(const FunctionDecl *Entry,
                                                  const iismodel::EntryPointFacts &Facts,
                                                  ArrayRef<iismodel::WindowsArch> Arches) {
  if (!llvm::is_contained(Arches, iismodel::WindowsArch::X86) ||
      Facts.Convention == iismodel::CallingConvention::Stdcall)
    return;
  const SourceLocation Loc = Entry->getLocation();
  auto Diag = diag(Loc, "'RegisterModule' must be __stdcall on x86: IIS calls "
                        "it as WINAPI, and %0 unbalances the stack")
              << iismodel::conventionName(Facts.Convention);
  // Adding __stdcall to one declaration of several would make them clash,
  // and next to another spelled convention it would not compile.
  if (isOnlyDeclaration(Entry) && Loc.isFileID() && !iismodel::spelledCallingConvention(Entry))
    Diag << FixItHint::CreateInsertion(Loc, "__stdcall ");
}

// The export routes of each .def file that may be the one the DLL links
// (one per DLL of a repository), each with the TU's own routes; the TU's
// routes alone when there is none.
std::vector<std::vector<iismodel::ExportSpec>> RegisterModuleExportCheck::exportCandidates(
    const std::vector<iismodel::ExportSpec> &Specs, StringRef ProjectDef, const SourceManager &SM,
    SourceLocation Loc, iismodel::ModuleDefinitionSearch &Search) {
  std::vector<std::string> DefPaths;
  if (!ModuleDefinitionFiles.empty()) {
    // Relative to the .clang-tidy that names them, from any working folder.
    for (StringRef Path : utils::options::parseStringList(ModuleDefinitionFiles))
      DefPaths.push_back(optionPath(SM, (getID() + ".ModuleDefinitionFiles").str(), Path.trim()));
  } else if (!ProjectDef.empty()) {
    DefPaths.push_back(ProjectDef.str());
  } else if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID())) {
    Search = iismodel::findModuleDefinitionFiles(Main->getDir().getName());
    DefPaths = Search.Files;
  }
  std::vector<std::vector<iismodel::ExportSpec>> DefSpecs;
  for (const std::string &Path : DefPaths) {
    std::optional<std::vector<iismodel::ExportSpec>> FileSpecs = readDefinitionFile(Path, Loc);
    if (!FileSpecs)
      continue;
    FileSpecs->insert(FileSpecs->begin(), Specs.begin(), Specs.end());
    DefSpecs.push_back(std::move(*FileSpecs));
  }
  if (DefSpecs.empty())
    DefSpecs.push_back(Specs);
  return DefSpecs;
}

void RegisterModuleExportCheck::reportPrediction(
    SourceLocation Loc, const iismodel::EntryPointFacts &Facts, iismodel::WindowsArch Arch,
    const std::vector<std::vector<iismodel::ExportSpec>> &DefSpecs, StringRef ProjectDef,
    const iismodel::ModuleDefinitionSearch &Search, bool &ReportedMissing) {
  // The first .def that works wins; otherwise the first one's story is told.
  std::optional<iismodel::ExportPrediction> Prediction;
  for (const std::vector<iismodel::ExportSpec> &Candidate : DefSpecs) {
    iismodel::ExportPrediction Try = iismodel::predictExports(Facts, Arch, Candidate);
    if (Try.Unknown || Try.exportsPlainName())
      return;
    if (!Prediction)
      Prediction = std::move(Try);
  }
  StringRef ArchName = iismodel::archName(Arch);
  for (const auto &[Spec, Reason] : Prediction->LinkFailures)
    diag(Loc, "the export of '%0' in %1 fails to link on %2: %3")
        << Spec->Export.Name << Spec->Origin << ArchName << Reason;
  if (!Prediction->LinkFailures.empty())
    return;
  if (!Prediction->ExportedNames.empty()) {
    diag(Loc, "'RegisterModule' is exported as '%0' on %1, but IIS looks up "
              "the plain name 'RegisterModule': the module will not load")
        << llvm::join(Prediction->ExportedNames, "' and '") << ArchName;
    diag(Loc,
         "export the plain name with a .def file listing 'EXPORTS "
         "RegisterModule' or the linker option '/EXPORT:RegisterModule'%select{|"
         ", or declare the function extern \"C\"}0",
         DiagnosticIDs::Note)
        << (!Facts.ExternC && Arch != iismodel::WindowsArch::X86);
    return;
  }
  if (Prediction->OrdinalOnly) {
    diag(Loc, "'RegisterModule' is exported by ordinal only (NONAME) on %0, "
              "so IIS, which looks it up by name, will not find it")
        << ArchName;
    return;
  }
  if (ReportedMissing)
    return;
  ReportedMissing = true;
  if (ProjectSearched && ProjectSearched->Truncated) {
    // A verdict from part of the repository would rest on what was not seen.
    diag(Loc,
         "whether 'RegisterModule' is exported is not checked: the search of '%0' for the "
         "project file that compiles this file stopped after %1 entries; name it in "
         "'%2.ProjectFile'",
         DiagnosticIDs::Remark)
        << ProjectSearched->Root << iismodel::ProjectSearchBound << getID();
    return;
  }
  if (ModuleDefinitionFiles.empty() && ProjectDef.empty())
    diag(Loc, "'RegisterModule' is not exported: it is not dllexport, and no "
              ".def file in '%0' or its parent directories up to '%1' exports "
              "it%2, so IIS will not find it")
        << Search.From << Search.Root << projectSearchClause();
  else
    diag(Loc, "'RegisterModule' is not exported: it is not dllexport and no "
              ".def file among '%0' exports it, so IIS will not find it")
        << (ModuleDefinitionFiles.empty() ? ProjectDef : StringRef(ModuleDefinitionFiles));
  diag(Loc,
       "if a .def file elsewhere or the linker option /EXPORT:RegisterModule "
       "exports it, name it in '%0.ModuleDefinitionFiles' or '%0.LinkerExports'",
       DiagnosticIDs::Note)
      << getID();
}

std::optional<iismodel::ProjectFile> RegisterModuleExportCheck::projectFor(const SourceManager &SM,
                                                                           SourceLocation Loc) {
  std::string Path = optionPath(SM, (getID() + ".ProjectFile").str(), ProjectFile.trim());
  if (Path.empty()) {
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    if (!FindProjectFiles || !Main)
      return std::nullopt;
    ProjectSearched = iismodel::searchProjectFor(Main->getName());
    if (!ProjectSearched->Found)
      return std::nullopt;
    Path = *ProjectSearched->Found;
  }
  llvm::Expected<iismodel::ProjectFile> Project =
      llvm::sys::path::filename(Path).equals_insensitive("CMakeLists.txt")
          ? iismodel::readCMakeLists(Path)
          : iismodel::readProjectFile(Path);
  if (!Project) {
    diag(Loc, "%0") << llvm::toString(Project.takeError());
    return std::nullopt;
  }
  return std::move(*Project);
}

// Where the project search looked, for the message that rests on it.
std::string RegisterModuleExportCheck::projectSearchClause() const {
  if (!ProjectSearched)
    return "";
  std::string Clause =
      ", nor does a project file in the folders up to '" + ProjectSearched->Root + "'";
  if (ProjectSearched->RepositoryWide)
    Clause += " or elsewhere in the repository";
  return Clause + " compile it";
}

// A line of a project file (or of a .props it imports), as a location that
// notes can point at.
static SourceLocation locationIn(SourceManager &SM, const iismodel::ProjectLocation &Where) {
  if (Where.File.empty() || Where.Line == 0)
    return {};
  OptionalFileEntryRef File = SM.getFileManager().getOptionalFileRef(Where.File);
  if (!File)
    return {};
  FileID ID = SM.translateFile(*File);
  if (ID.isInvalid())
    ID = SM.createFileID(*File, SourceLocation(), SrcMgr::C_User);
  SourceLocation Line = SM.translateLineCol(ID, Where.Line, 1);
  // At the element, past the indentation.
  bool Invalid = false;
  const char *Text = SM.getCharacterData(Line, &Invalid);
  unsigned Indent = 0;
  while (!Invalid && (Text[Indent] == ' ' || Text[Indent] == '\t'))
    ++Indent;
  return Line.getLocWithOffset(Indent);
}

// What the configuration does with RegisterModule, for the message: "dllexport
// on an extern "C" __stdcall function, no .def, no /EXPORT".
static std::string exportRoutes(const iismodel::EntryPointFacts &Facts,
                                const iismodel::ProjectConfiguration &Config) {
  std::string Routes;
  if (!Facts.DllExport)
    Routes = "not dllexport";
  else if (!Facts.ExternC)
    Routes = "dllexport on a C++ function";
  else
    Routes =
        ("dllexport on an extern \"C\" " + iismodel::conventionName(Facts.Convention) + " function")
            .str();
  Routes += Config.ModuleDefinitionFile.empty()
                ? ", no .def"
                : ", '" + Config.ModuleDefinitionFile + "' does not export it";
  Routes += Config.LinkerExports.empty() ? ", no /EXPORT" : ", no /EXPORT of it";
  return Routes;
}

// .def files near the source that export RegisterModule but that no
// configuration links: the likely fix for a configuration that fails.
static std::vector<std::string> unwiredDefinitionFiles(const iismodel::ProjectFile &Project,
                                                       const SourceManager &SM) {
  std::vector<std::string> Unwired;
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return Unwired;
  for (const std::string &Def :
       iismodel::findModuleDefinitionFiles(Main->getDir().getName()).Files) {
    bool Linked = llvm::any_of(Project.Configurations, [&](const auto &Config) {
      return iismodel::resolvePathIgnoringCase(Config.ModuleDefinitionPath) == Def;
    });
    llvm::Expected<iismodel::ModuleDefinition> Parsed = iismodel::readModuleDefinitionFile(Def);
    if (!Parsed) {
      llvm::consumeError(Parsed.takeError());
      continue;
    }
    if (!Linked && Parsed->findExport("RegisterModule"))
      Unwired.push_back(Def);
  }
  return Unwired;
}

// Reports what configuration \p Config exports; false when it exports the
// plain name (or cannot be told).
bool RegisterModuleExportCheck::reportConfigurationPrediction(
    SourceLocation Loc, const iismodel::EntryPointFacts &ConfigFacts,
    const iismodel::ProjectConfiguration &Config,
    const std::vector<iismodel::ExportSpec> &ConfigSpecs, StringRef ProjectName) {
  iismodel::ExportPrediction Prediction =
      iismodel::predictExports(ConfigFacts, Config.Arch, ConfigSpecs);
  if (Prediction.Unknown || Prediction.exportsPlainName())
    return false;
  const StringRef ArchName = iismodel::archName(Config.Arch);
  if (!Prediction.LinkFailures.empty()) {
    for (const auto &[Spec, Reason] : Prediction.LinkFailures)
      diag(Loc, "configuration '%0' of '%1' does not link on %2: the export of "
                "'%3' in %4 fails: %5")
          << Config.Name << ProjectName << ArchName << Spec->Export.Name << Spec->Origin << Reason;
  } else if (!Prediction.ExportedNames.empty()) {
    diag(Loc, "configuration '%0' of '%1' exports 'RegisterModule' as '%2' (%3), "
              "but IIS looks up the plain name 'RegisterModule': the module will "
              "not load")
        << Config.Name << ProjectName << llvm::join(Prediction.ExportedNames, "' and '")
        << exportRoutes(ConfigFacts, Config);
  } else if (Prediction.OrdinalOnly) {
    diag(Loc, "configuration '%0' of '%1' exports 'RegisterModule' by ordinal only "
              "(NONAME), so IIS, which looks it up by name, will not find it")
        << Config.Name << ProjectName;
  } else {
    diag(Loc, "configuration '%0' of '%1' does not export 'RegisterModule' (%2), "
              "so IIS will not find it")
        << Config.Name << ProjectName << exportRoutes(ConfigFacts, Config);
  }
  return true;
}

void RegisterModuleExportCheck::checkConfigurations(const FunctionDecl *Entry,
                                                    const iismodel::EntryPointFacts &Facts,
                                                    const std::vector<iismodel::ExportSpec> &Specs,
                                                    const iismodel::ProjectFile &Project,
                                                    SourceManager &SM) {
  const SourceLocation Loc = Entry->getLocation();
  const StringRef ProjectName = llvm::sys::path::filename(Project.Path);
  const bool ConventionWritten = iismodel::spelledCallingConvention(Entry) ||
                                 Facts.Convention != iismodel::CallingConvention::Cdecl;

  const std::vector<std::string> Unwired = unwiredDefinitionFiles(Project, SM);

  auto NoteConfiguration = [&](const iismodel::ProjectConfiguration &Config,
                               const iismodel::ProjectLocation &Where) {
    SourceLocation At = locationIn(SM, Where.Line ? Where : Config.Declared);
    if (At.isValid())
      diag(At, "configuration '%0' of '%1' is set here", DiagnosticIDs::Note)
          << Config.Name << ProjectName;
    for (const std::string &Def : Unwired)
      diag(Loc, "'%0' exports RegisterModule, but no configuration of '%1' links it",
           DiagnosticIDs::Note)
          << Def << ProjectName;
    // What was not evaluated may be what links RegisterModule: say so. The
    // imports of MSBuild's own files, in every project, are left out.
    const std::vector<std::string> &Unresolved = Project.Unresolved;
    if (!Unresolved.empty())
      diag(Loc, "iis-tidy did not evaluate %0 construct%s0 of '%1' (first: %2)",
           DiagnosticIDs::Note)
          << static_cast<unsigned>(Unresolved.size()) << ProjectName << Unresolved.front();
  };

  bool ConventionReported = false;
  for (const iismodel::ProjectConfiguration &Config : Project.Configurations) {
    if (Config.Arch == iismodel::WindowsArch::Unknown)
      continue;
    // /Gz makes an unannotated function __stdcall in this configuration.
    iismodel::EntryPointFacts ConfigFacts = Facts;
    if (!ConventionWritten && Config.DefaultConvention && Config.Arch == iismodel::WindowsArch::X86)
      ConfigFacts.Convention = *Config.DefaultConvention;

    if (Config.Arch == iismodel::WindowsArch::X86 &&
        ConfigFacts.Convention != iismodel::CallingConvention::Stdcall) {
      auto Diag = diag(Loc, "'RegisterModule' must be __stdcall on x86, but "
                            "configuration '%0' of '%1' compiles it as %2, "
                            "which unbalances the stack when IIS calls it as WINAPI")
                  << Config.Name << ProjectName << iismodel::conventionName(ConfigFacts.Convention);
      if (!ConventionReported && isOnlyDeclaration(Entry) && Loc.isFileID() &&
          !iismodel::spelledCallingConvention(Entry))
        Diag << FixItHint::CreateInsertion(Loc, "__stdcall ");
      ConventionReported = true;
    }

    std::vector<iismodel::ExportSpec> ConfigSpecs = Specs;
    for (const iismodel::ModuleDefinitionExport &Export : Config.LinkerExports)
      ConfigSpecs.push_back({iismodel::ExportRoute::LinkerOption, Export,
                             "'/EXPORT' of configuration '" + Config.Name + "'"});
    if (!Config.ModuleDefinitionFile.empty()) {
      std::string Def = iismodel::resolvePathIgnoringCase(Config.ModuleDefinitionPath);
      if (Def.empty()) {
        diag(Loc, "configuration '%0' of '%1' names the module-definition file "
                  "'%2', which does not exist: the DLL does not link")
            << Config.Name << ProjectName << Config.ModuleDefinitionFile;
        NoteConfiguration(Config, Config.ModuleDefinitionSet);
        continue;
      }
      std::optional<std::vector<iismodel::ExportSpec>> DefSpecs = readDefinitionFile(Def, Loc);
      if (DefSpecs)
        ConfigSpecs.insert(ConfigSpecs.end(), DefSpecs->begin(), DefSpecs->end());
    }

    if (!reportConfigurationPrediction(Loc, ConfigFacts, Config, ConfigSpecs, ProjectName))
      continue;
    NoteConfiguration(Config, Config.ModuleDefinitionFile.empty() ? Config.LinkerExportsSet
                                                                  : Config.ModuleDefinitionSet);
  }
}

} // namespace clang::tidy::iis
