//===--- RegisterModuleExportCheck.cpp - iis-tidy -------------------------===//

#include "RegisterModuleExportCheck.h"

#include "iis/DefFile.h"
#include "iis/RegisterModule.h"

#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang::ast_matchers;

namespace clang::tidy::iis {

static constexpr llvm::StringLiteral EntryPointId = "entry";

RegisterModuleExportCheck::RegisterModuleExportCheck(StringRef Name,
                                                     ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ModuleDefinitionFiles(Options.get("ModuleDefinitionFiles", "")),
      LinkerExports(Options.get("LinkerExports", "")) {}

void RegisterModuleExportCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModuleDefinitionFiles", ModuleDefinitionFiles);
  Options.store(Opts, "LinkerExports", LinkerExports);
}

void RegisterModuleExportCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      functionDecl(isDefinition(), hasName("::RegisterModule"),
                   unless(cxxMethodDecl()))
          .bind(EntryPointId),
      this);
}

namespace {
/// A .def file that was read, or the reason it could not be.
struct DefFileResult {
  std::string Path;
  std::optional<::iis::ModuleDefinition> Definition;
  std::string Error;
};
} // namespace

static std::vector<std::string> defFilesInDirectory(StringRef Directory) {
  std::vector<std::string> Paths;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End;
       It != End && !EC; It.increment(EC))
    if (llvm::sys::path::extension(It->path()).equals_insensitive(".def") &&
        It->type() != llvm::sys::fs::file_type::directory_file)
      Paths.push_back(It->path());
  llvm::sort(Paths);
  return Paths;
}

static std::vector<DefFileResult> readDefFiles(ArrayRef<std::string> Paths) {
  std::vector<DefFileResult> Results;
  for (const std::string &Path : Paths) {
    DefFileResult R{Path, std::nullopt, ""};
    llvm::Expected<::iis::ModuleDefinition> Parsed =
        ::iis::readModuleDefinitionFile(Path);
    if (Parsed)
      R.Definition = std::move(*Parsed);
    else
      R.Error = llvm::toString(Parsed.takeError());
    Results.push_back(std::move(R));
  }
  return Results;
}

// Entries are what follows /EXPORT: on a link command line, with or without
// the switch: "name[=internal][,@ordinal[,NONAME]][,DATA][,PRIVATE]". NONAME
// leaves the name out of the export table.
static bool linkerExportsName(StringRef LinkerExports, StringRef Name) {
  for (StringRef Entry : utils::options::parseStringList(LinkerExports)) {
    Entry = Entry.trim();
    if (Entry.size() > 8 && (Entry[0] == '/' || Entry[0] == '-') &&
        Entry.substr(1, 7).equals_insensitive("export:"))
      Entry = Entry.drop_front(8);
    SmallVector<StringRef, 4> Parts;
    Entry.split(Parts, ',');
    bool NoName = llvm::any_of(llvm::drop_begin(Parts), [](StringRef Part) {
      return Part.trim() == "NONAME";
    });
    if (!NoName && Parts.front().split('=').first.trim() == Name)
      return true;
  }
  return false;
}

// A declaration the fix-it can change without making another one clash.
static bool isOnlyDeclaration(const FunctionDecl *F) {
  return std::next(F->redecls_begin()) == F->redecls_end();
}

void RegisterModuleExportCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Entry = Result.Nodes.getNodeAs<FunctionDecl>(EntryPointId);
  if (!::iis::isRegisterModuleEntryPoint(Entry))
    return;
  ASTContext &Context = *Result.Context;
  const SourceManager &SM = *Result.SourceManager;
  const llvm::Triple &Triple = Context.getTargetInfo().getTriple();

  // Off Windows, the front end has already dropped dllexport and __stdcall.
  if (!Triple.isOSWindows()) {
    diag(Entry->getLocation(),
         "cannot check how 'RegisterModule' is exported for target '%0', "
         "which drops dllexport and __stdcall; compile with "
         "'--target=x86_64-pc-windows-msvc' (or 'i686-pc-windows-msvc' for a "
         "32-bit module; with clang-tidy, '--extra-arg=--target=...')")
        << Triple.str();
    return;
  }
  const ::iis::WindowsArch Arch = ::iis::windowsArch(Triple);
  const StringRef ArchName = ::iis::archName(Arch);

  if (!::iis::hasRegisterModuleSignature(Entry)) {
    diag(Entry->getLocation(),
         "'RegisterModule' does not have the signature IIS calls it with");
    diag(Entry->getLocation(), "IIS calls it as '%0'", DiagnosticIDs::Note)
        << ::iis::RegisterModulePrototype;
  }

  if (Arch == ::iis::WindowsArch::X86 && !::iis::isStdCall(Entry)) {
    auto Diag = diag(Entry->getLocation(),
                     "'RegisterModule' must be __stdcall on x86: IIS calls it "
                     "as WINAPI, and any other calling convention unbalances "
                     "the stack");
    // Adding __stdcall to one declaration of several would make them clash.
    if (isOnlyDeclaration(Entry) && Entry->getLocation().isFileID())
      Diag << FixItHint::CreateInsertion(Entry->getLocation(), "__stdcall ");
  }

  // Every route by which the plain name can reach the export table.
  if (linkerExportsName(LinkerExports, ::iis::RegisterModuleName))
    return;

  std::vector<std::string> DefPaths;
  std::string SearchedDirectory;
  if (!ModuleDefinitionFiles.empty()) {
    for (StringRef Path : utils::options::parseStringList(ModuleDefinitionFiles))
      DefPaths.push_back(Path.trim().str());
  } else if (OptionalFileEntryRef Main =
                 SM.getFileEntryRefForID(SM.getMainFileID())) {
    SearchedDirectory = Main->getDir().getName().str();
    DefPaths = defFilesInDirectory(SearchedDirectory);
  }
  std::vector<DefFileResult> DefFiles = readDefFiles(DefPaths);

  bool ExportedByDef = false;
  for (const DefFileResult &Def : DefFiles) {
    if (!Def.Definition) {
      diag(Entry->getLocation(), "%0") << Def.Error;
      continue;
    }
    for (const ::iis::ModuleDefinitionProblem &Problem : Def.Definition->Problems)
      diag(Entry->getLocation(), "'%0' line %1: %2")
          << Def.Path << Problem.Line << Problem.Message;
    const ::iis::ModuleDefinitionExport *Export =
        Def.Definition->findExport(::iis::RegisterModuleName);
    if (Export && !Export->NoName)
      ExportedByDef = true;
  }
  if (ExportedByDef)
    return;

  std::optional<std::string> Exported =
      ::iis::dllexportName(Entry, Context, Arch);
  if (Exported && *Exported == ::iis::RegisterModuleName)
    return;

  if (Exported) {
    diag(Entry->getLocation(),
         "'RegisterModule' is exported as '%0' on %1, but IIS looks up the "
         "plain name 'RegisterModule': the module will not load")
        << *Exported << ArchName;
    diag(Entry->getLocation(),
         "export the plain name with a .def file listing 'EXPORTS "
         "RegisterModule' or the linker option '/EXPORT:RegisterModule'%select{|"
         ", or declare the function extern \"C\"}0",
         DiagnosticIDs::Note)
        << (!Entry->isExternC() && Arch != ::iis::WindowsArch::X86);
    return;
  }

  diag(Entry->getLocation(),
       "'RegisterModule' is not exported: it is not dllexport and no .def file "
       "%select{in '%1'|among '%2'}0 exports it, so IIS will not find it")
      << !ModuleDefinitionFiles.empty() << SearchedDirectory
      << ModuleDefinitionFiles;
  diag(Entry->getLocation(),
       "if a .def file elsewhere or the linker option /EXPORT:RegisterModule "
       "exports it, name it in '%0.ModuleDefinitionFiles' or "
       "'%0.LinkerExports'",
       DiagnosticIDs::Note)
      << getID();
}

} // namespace clang::tidy::iis
