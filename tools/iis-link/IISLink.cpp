//===--- IISLink.cpp - iis-tidy's whole-module link step ------------------===//
//
// Merges the per-TU summaries that iis-request-heap-allocation writes with
// its SummaryDirectory option, walks from every request handler across
// translation units, and reports the heap allocations that no per-TU run
// could see, with the call chain across files, and the notification-mask
// mismatches between a registration in one file and a module class whose
// factory is defined in another: as clang-tidy prints them, as
// --export-fixes YAML (which iis-sarif turns into SARIF), or both.
//
//   iis-link [-p BUILD_DIR] [--export-fixes=FILE] SUMMARY_DIR|SUMMARY...
//   iis-link --plan -p BUILD_DIR SUMMARY_DIR
//
// --plan prints the sources of the compilation database whose summary is
// missing or stale (a file the TU read changed, or its compile command did):
// the per-TU pass needs to run on those only. A link with -p records the
// compile commands it linked, for the next --plan.
//
//===----------------------------------------------------------------------===//

#include "common/InputFiles.h"
#include "iisapi/MaskRule.h"
#include "memory/HeapMessages.h"
#include "summary/ModuleLink.h"
#include "support/CheckGlobs.h"
#include "support/MessageFormat.h"

#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace llvm;
namespace tooling = clang::tooling;

static cl::OptionCategory Category("iis-link options");
static cl::list<std::string> Inputs(cl::Positional, cl::desc("<summary directory or file>..."),
                                    cl::cat(Category));
static cl::opt<std::string>
    BuildDirectory("p",
                   cl::desc("Build directory with compile_commands.json: only its sources are "
                            "linked, and their compile commands are recorded for --plan"),
                   cl::cat(Category));
static cl::opt<std::string>
    ExportFixes("export-fixes", cl::desc("Write the findings as clang-tidy --export-fixes YAML"),
                cl::cat(Category));
static cl::opt<unsigned>
    MaxCallDepth("max-call-depth", cl::init(8),
                 cl::desc("Calls followed from a handler (default: the MaxCallDepth the per-TU "
                          "pass used)"),
                 cl::cat(Category));
static cl::opt<bool> Plan("plan", cl::desc("Print the sources whose summary is missing or stale"),
                          cl::cat(Category));
static cl::opt<bool>
    AllowStale("allow-stale",
               cl::desc("Link stale summaries too (by default they are left out, like missing "
                        "ones, and listed)"),
               cl::cat(Category));
static cl::opt<bool> WarningsAsErrors("warnings-as-errors",
                                      cl::desc("Exit with 1 when there are findings"),
                                      cl::cat(Category));

using iismodel::ExportCheckName;
using iismodel::HeapCheckName;
using iismodel::MaskCheckName;
static constexpr StringLiteral ManifestName = "compile-commands.iis-manifest.json";

static int error(const Twine &Message) {
  WithColor::error(errs(), "iis-link") << Message << "\n";
  return 1;
}

// The sources of a compilation database, each with a hash of its command.
static Expected<std::map<std::string, std::string>> compileCommands(StringRef Directory) {
  SmallString<256> Path(Directory);
  sys::path::append(Path, "compile_commands.json");
  ErrorOr<std::unique_ptr<MemoryBuffer>> Text = MemoryBuffer::getFile(Path);
  if (!Text)
    return createStringError(Text.getError(), "cannot read '%s': %s", Path.c_str(),
                             Text.getError().message().c_str());
  Expected<json::Value> Database = json::parse((*Text)->getBuffer());
  if (!Database)
    return createStringError(std::errc::invalid_argument, "'%s' is not JSON: %s", Path.c_str(),
                             toString(Database.takeError()).c_str());
  std::map<std::string, std::string> Commands;
  const json::Array *Entries = Database->getAsArray();
  if (!Entries)
    return createStringError(std::errc::invalid_argument, "'%s' is not a list", Path.c_str());
  for (const json::Value &V : *Entries) {
    const json::Object *Entry = V.getAsObject();
    if (!Entry)
      continue;
    SmallString<256> File(Entry->getString("file").value_or(""));
    if (!sys::path::is_absolute(File)) {
      SmallString<256> Base(Entry->getString("directory").value_or(""));
      sys::path::append(Base, File);
      File = Base;
    }
    sys::path::remove_dots(File, true);
    std::string Command;
    if (std::optional<StringRef> Text = Entry->getString("command"))
      Command = Text->str();
    else if (const json::Array *Arguments = Entry->getArray("arguments"))
      for (const json::Value &Argument : *Arguments)
        Command += Argument.getAsString().value_or("").str() + "\n";
    Commands[std::string(File)] =
        iismodel::contentHash(Command + "\n" + Entry->getString("directory").value_or("").str());
  }
  return Commands;
}

struct LoadedSummary {
  iismodel::TranslationUnitSummary Summary;
  std::string Path;
  sys::TimePoint<> Modified;
  /// Of the summary's text: tells a summary written since the last link.
  std::string Hash;
};

static Error loadSummaries(std::vector<LoadedSummary> &Loaded) {
  Expected<std::vector<std::string>> Files =
      iistools::expandInputFiles(Inputs, iismodel::SummarySuffix);
  if (!Files)
    return Files.takeError();
  for (const std::string &File : *Files) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Text = MemoryBuffer::getFile(File);
    if (!Text)
      return createStringError(Text.getError(), "cannot read summary '%s': %s", File.c_str(),
                               Text.getError().message().c_str());
    Expected<iismodel::TranslationUnitSummary> Summary =
        iismodel::parseSummary((*Text)->getBuffer(), File);
    if (!Summary) {
      // --plan goes on without it: its source is listed as unsummarised.
      if (!Plan)
        return Summary.takeError();
      WithColor::warning(errs(), "iis-link") << toString(Summary.takeError()) << "\n";
      continue;
    }
    sys::fs::file_status Status;
    sys::fs::status(File, Status);
    Loaded.push_back({std::move(*Summary), File, Status.getLastModificationTime(),
                      iismodel::contentHash((*Text)->getBuffer())});
  }
  return Error::success();
}

// The newest summary per main file: an older one was written with another
// compile command.
static std::vector<const LoadedSummary *> newestPerSource(const std::vector<LoadedSummary> &All) {
  StringMap<const LoadedSummary *> Newest;
  for (const LoadedSummary &S : All) {
    const LoadedSummary *&Slot = Newest[S.Summary.MainFile];
    if (!Slot || Slot->Modified < S.Modified)
      Slot = &S;
  }
  std::vector<const LoadedSummary *> Result;
  for (const LoadedSummary &S : All)
    if (Newest[S.Summary.MainFile] == &S)
      Result.push_back(&S);
  return Result;
}

// Which compile command each summary was written under, by the summary's
// hash: recorded the first time a run with -p sees the summary (right after
// the per-TU pass that wrote it, in scripts/iis-lint --whole-module).
using CommandRecord = std::map<std::string, std::string>;

static SmallString<256> manifestPath() {
  SmallString<256> Path(Inputs.front());
  sys::path::append(Path, ManifestName);
  return Path;
}

static CommandRecord readManifest() {
  CommandRecord Manifest;
  ErrorOr<std::unique_ptr<MemoryBuffer>> Text = MemoryBuffer::getFile(manifestPath());
  if (!Text)
    return Manifest;
  if (Expected<json::Value> Value = json::parse((*Text)->getBuffer())) {
    if (const json::Object *O = Value->getAsObject())
      for (const auto &Entry : *O)
        Manifest[Entry.first.str()] = Entry.second.getAsString().value_or("").str();
  } else {
    consumeError(Value.takeError());
  }
  return Manifest;
}

// Records the current command of every summary seen for the first time, and
// forgets summaries that are gone.
static void updateManifest(CommandRecord &Manifest, const std::vector<LoadedSummary> &All,
                           const std::map<std::string, std::string> &Commands) {
  CommandRecord Updated;
  for (const LoadedSummary &S : All) {
    auto Known = Manifest.find(S.Hash);
    auto Current = Commands.find(S.Summary.MainFile);
    if (Known != Manifest.end())
      Updated[S.Hash] = Known->second;
    else if (Current != Commands.end())
      Updated[S.Hash] = Current->second;
  }
  Manifest = std::move(Updated);
  json::Object O;
  for (const auto &[Hash, Command] : Manifest)
    O[Hash] = Command;
  std::error_code EC;
  raw_fd_ostream OS(manifestPath(), EC, sys::fs::OF_None);
  if (!EC)
    OS << json::Value(std::move(O)) << "\n";
}

// True when \p S was written under another compile command than its
// source has now.
static bool commandChanged(const LoadedSummary &S, const CommandRecord &Manifest,
                           const std::map<std::string, std::string> &Commands) {
  auto Recorded = Manifest.find(S.Hash);
  auto Current = Commands.find(S.Summary.MainFile);
  return Recorded != Manifest.end() && Current != Commands.end() &&
         Recorded->second != Current->second;
}

// True when clang-tidy's NOLINT comments turn \p Check off at \p Line:
// NOLINT on the line, NOLINTNEXTLINE on the line before, or inside a
// NOLINTBEGIN/NOLINTEND region; each with no check list, or one naming it.
static bool suppressed(StringRef File, unsigned Line, StringRef Check) {
  // Many findings share a file: split each file into lines once.
  static StringMap<std::pair<std::unique_ptr<MemoryBuffer>, SmallVector<StringRef, 0>>> Cache;
  auto [Entry, Inserted] = Cache.try_emplace(File);
  if (Inserted)
    if (ErrorOr<std::unique_ptr<MemoryBuffer>> Text = MemoryBuffer::getFile(File)) {
      Entry->second.first = std::move(*Text);
      Entry->second.first->getBuffer().split(Entry->second.second, '\n');
    }
  const SmallVector<StringRef, 0> &Lines = Entry->second.second;
  if (Line == 0 || Line > Lines.size())
    return false;
  // The comment "NOLINT<Kind>" in \p Text, when it names the check.
  auto Says = [&](StringRef Text, StringRef Kind) {
    for (size_t At = Text.find("NOLINT"); At != StringRef::npos; At = Text.find("NOLINT", At + 6)) {
      StringRef Rest = Text.substr(At + 6);
      if (!Rest.consume_front(Kind))
        continue;
      if (Kind.empty() &&
          (Rest.starts_with("NEXTLINE") || Rest.starts_with("BEGIN") || Rest.starts_with("END")))
        continue;
      if (!Rest.consume_front("("))
        return true;
      SmallVector<StringRef, 4> Globs;
      Rest.split(')').first.split(Globs, ',');
      return any_of(Globs, [&](StringRef Glob) {
        Expected<GlobPattern> Pattern = GlobPattern::create(Glob.trim());
        if (!Pattern) {
          consumeError(Pattern.takeError());
          return false;
        }
        return Pattern->match(Check);
      });
    }
    return false;
  };
  if (Says(Lines[Line - 1], "") || (Line >= 2 && Says(Lines[Line - 2], "NEXTLINE")))
    return true;
  int Depth = 0;
  for (unsigned L = 0; L + 1 < Line; ++L) {
    if (Says(Lines[L], "BEGIN"))
      ++Depth;
    if (Says(Lines[L], "END") && Depth > 0)
      --Depth;
  }
  return Depth > 0;
}

// The byte offset where \p Line of \p File starts.
static unsigned lineOffset(StringRef File, unsigned Line) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Text = MemoryBuffer::getFile(File);
  if (!Text)
    return 0;
  StringRef Buffer = (*Text)->getBuffer();
  size_t Offset = 0;
  for (unsigned L = 1; L < Line && Offset != StringRef::npos; ++L) {
    Offset = Buffer.find('\n', Offset);
    if (Offset != StringRef::npos)
      ++Offset;
  }
  return Offset == StringRef::npos ? 0 : static_cast<unsigned>(Offset);
}

namespace {

// Prints findings as clang-tidy does and keeps them for --export-fixes.
class FindingPrinter {
public:
  /// \p ErrorGlobs: the WarningsAsErrors of the linked units' configurations.
  explicit FindingPrinter(std::vector<std::string> ErrorGlobs)
      : ErrorGlobs(std::move(ErrorGlobs)) {}

  /// One finding; null when a NOLINT comment suppresses it.
  tooling::Diagnostic *warn(StringRef Check, const std::string &File, iismodel::SummaryLocation L,
                            const std::string &Message) {
    if (suppressed(File, L.Line, Check))
      return nullptr;
    ++Findings;
    if (L.Offset == 0 && L.Line > 1)
      L.Offset = lineOffset(File, L.Line); // A .def line, for --export-fixes.
    bool AsError = WarningsAsErrors || llvm::any_of(ErrorGlobs, [&](const std::string &Globs) {
                     return iismodel::globsMatch(Globs, Check);
                   });
    Errors += AsError;
    outs() << File << ":" << L.Line << ":" << L.Column << (AsError ? ": error: " : ": warning: ")
           << Message << " [" << Check << "]\n";
    tooling::Diagnostic D(Check, tooling::Diagnostic::Warning, BuildDirectory);
    D.Message.Message = Message;
    D.Message.FilePath = File;
    D.Message.FileOffset = L.Offset;
    Exported.Diagnostics.push_back(std::move(D));
    return &Exported.Diagnostics.back();
  }

  void note(tooling::Diagnostic *D, const std::string &File, const iismodel::SummaryLocation &L,
            const std::string &Text) {
    if (!D)
      return;
    outs() << File << ":" << L.Line << ":" << L.Column << ": note: " << Text << "\n";
    tooling::DiagnosticMessage N;
    N.Message = Text;
    N.FilePath = File;
    N.FileOffset = L.Offset;
    D->Notes.push_back(N);
  }

  Error exportFixes(StringRef Path) {
    std::error_code EC;
    raw_fd_ostream OS(Path, EC, sys::fs::OF_None);
    if (EC)
      return createStringError(EC, "cannot write '" + Path + "': " + EC.message());
    yaml::Output YAML(OS);
    YAML << Exported;
    return Error::success();
  }

  unsigned Findings = 0;
  /// Findings printed as errors (--warnings-as-errors, or WarningsAsErrors).
  unsigned Errors = 0;

private:
  std::vector<std::string> ErrorGlobs;
  tooling::TranslationUnitDiagnostics Exported;
};

} // namespace

// --plan: the sources whose summary is missing or stale.
static int planSources(const std::vector<LoadedSummary> &All,
                       const std::vector<const LoadedSummary *> &Summaries,
                       const std::map<std::string, std::string> &Commands) {
  CommandRecord Manifest = readManifest();
  updateManifest(Manifest, All, Commands);
  StringMap<const LoadedSummary *> BySource;
  for (const LoadedSummary *S : Summaries)
    BySource[S->Summary.MainFile] = S;
  for (const auto &Entry : Commands) {
    const LoadedSummary *S = BySource.lookup(Entry.first);
    // A source that did not compile cleanly is tried again: what it lacked
    // (a header) is in no summary input, and may be there now.
    if (!S || !S->Summary.Complete || iismodel::staleInput(S->Summary) ||
        commandChanged(*S, Manifest, Commands))
      outs() << Entry.first << "\n";
  }
  return 0;
}

// The summaries to link: only the module's own sources, and none whose
// inputs or compile command changed since (with --allow-stale, those too).
// \p Unseen lists the sources not seen whole, and why: stale, without a
// summary (with -p), or analysed in part.
static std::vector<iismodel::TranslationUnitSummary>
summariesToLink(const std::vector<LoadedSummary> &All,
                const std::vector<const LoadedSummary *> &Summaries,
                const std::optional<std::map<std::string, std::string>> &Commands,
                std::vector<std::string> &Unseen) {
  CommandRecord Manifest;
  if (Commands) {
    Manifest = readManifest();
    updateManifest(Manifest, All, *Commands);
  }
  std::vector<iismodel::TranslationUnitSummary> Linked;
  StringSet<> Summarised;
  for (const LoadedSummary *S : Summaries) {
    if (Commands && !Commands->count(S->Summary.MainFile))
      continue;
    Summarised.insert(S->Summary.MainFile);
    std::string Why;
    if (std::optional<iismodel::StaleInput> Changed = iismodel::staleInput(S->Summary))
      Why = "'" + Changed->File +
            (Changed->Vanished ? "' no longer exists" : "' changed since it was written");
    else if (Commands && commandChanged(*S, Manifest, *Commands))
      Why = "its compile command changed";
    if (!Why.empty()) {
      Unseen.push_back("'" + S->Summary.MainFile + "': its summary is stale (" + Why + ")" +
                       (AllowStale ? ", linked anyway (--allow-stale)" : ""));
      if (!AllowStale)
        continue;
    } else if (!S->Summary.Complete) {
      Unseen.push_back("'" + S->Summary.MainFile +
                       "': analysed in part (it did not compile "
                       "cleanly)");
    }
    Linked.push_back(S->Summary);
  }
  if (Commands)
    for (const auto &[File, Hash] : *Commands)
      if (!Summarised.count(File))
        Unseen.push_back("'" + File +
                         "': no summary (it did not compile, or the per-TU pass "
                         "did not run on it)");
  return Linked;
}

// Allocations a handler reaches through calls into other translation units.
static void reportAllocations(const std::vector<iismodel::TranslationUnitSummary> &Linked,
                              unsigned Depth, FindingPrinter &Out) {
  iismodel::linkModule(Linked, Depth, [&](const iismodel::CrossFinding &F) {
    auto Quoted = [](const std::string &Name) { return "'" + Name + "'"; };
    std::string Root = iismodel::rootForMessage(F.HandlerName, F.HandlerBase);
    tooling::Diagnostic *D =
        Out.warn(HeapCheckName, F.File, F.Where,
                 iismodel::formatMessage(iismodel::ReachedAllocationMessage,
                                         {F.Spelling, Quoted(F.FunctionName), Root, F.Advice}));
    // Innermost call first, as the per-TU check and bugprone-signal-handler.
    for (auto It = F.Chain.rbegin(); It != F.Chain.rend(); ++It)
      Out.note(D, It->File, It->Where,
               iismodel::formatMessage(It->IsConstruction ? iismodel::ConstructionNote
                                                          : iismodel::CallNote,
                                       {Quoted(It->CalleeName), Quoted(It->CallerName)}));
    Out.note(
        D, F.HandlerFile, F.HandlerWhere,
        iismodel::formatMessage(iismodel::RootNote, {Quoted(F.HandlerName), Quoted(F.HandlerBase),
                                                     iismodel::timingText(F.Timing).str()}));
  });
}

// Registrations whose module class only another TU could tell; false when
// withheld.
static bool reportMasks(const std::vector<iismodel::TranslationUnitSummary> &Linked,
                        bool AllSourcesSeen, FindingPrinter &Out) {
  return iismodel::linkRegistrations(
      Linked, AllSourcesSeen, [&](const iismodel::CrossMaskFinding &F) {
        std::string Mask = iismodel::maskKind(/*Global=*/false, F.Post).str();
        if (F.MissingHandler) {
          tooling::Diagnostic *D = Out.warn(
              MaskCheckName, F.File, F.Where,
              iismodel::formatMessage(iismodel::MissingHandlerMessage,
                                      {F.Module, F.Constant, Mask, F.Handler, "CHttpModule"}));
          Out.note(D, F.NoteFile, F.NoteWhere,
                   iismodel::formatMessage(iismodel::CreationNote, {F.Module}));
        } else {
          tooling::Diagnostic *D = Out.warn(
              MaskCheckName, F.File, F.Where,
              iismodel::formatMessage(iismodel::UnregisteredOverrideMessage,
                                      {F.Handler, Mask, F.Module, F.Constant, F.EffectClause}));
          Out.note(D, F.NoteFile, F.NoteWhere,
                   iismodel::formatMessage(iismodel::RegistrationNote, {F.Module}));
        }
      });
}

// The entry point, which only the whole module can pair with its .def;
// false when withheld.
static bool reportEntryPoints(const std::vector<iismodel::TranslationUnitSummary> &Linked,
                              bool AllSourcesSeen, FindingPrinter &Out) {
  return iismodel::linkEntryPoints(
      Linked, AllSourcesSeen, [&](const iismodel::EntryPointFinding &F) {
        switch (F.What) {
        case iismodel::EntryPointFinding::ExportedButUndefined:
          Out.warn(ExportCheckName, F.File, F.Where,
                   "'" + sys::path::filename(F.File).str() +
                       "' exports RegisterModule, but no "
                       "translation unit of the module defines it: the link fails with an "
                       "unresolved external");
          break;
        case iismodel::EntryPointFinding::Undefined:
          Out.warn(ExportCheckName, F.File, F.Where,
                   "no translation unit of the module defines RegisterModule, which IIS calls to "
                   "load it: the module will not load");
          break;
        case iismodel::EntryPointFinding::DefinedTwice: {
          tooling::Diagnostic *D =
              Out.warn(ExportCheckName, F.File, F.Where,
                       "RegisterModule is defined in more than one translation unit of the "
                       "module: the link fails with a duplicate symbol");
          Out.note(D, F.OtherFile, F.Other, "also defined here");
          break;
        }
        }
      });
}

// The sources the link did not see whole, and what it did not conclude
// because of them.
static void reportUnseen(const std::vector<std::string> &Unseen, bool Withheld) {
  for (const std::string &What : Unseen)
    WithColor::note(errs(), "iis-link") << "not seen whole: " << What << "\n";
  if (Withheld)
    WithColor::note(errs(), "iis-link")
        << "verdicts that rest on absence are withheld while a source is not seen whole "
           "(RegisterModule defined nowhere, a .def export no source defines, a registered "
           "event without a handler, a handler whose event is never registered): the "
           "missing part may hold what they miss\n";
}

int main(int argc, const char **argv) {
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "iis-tidy's whole-module link step: heap allocations reached from IIS request "
      "handlers through calls into other translation units, notification masks whose "
      "module class is defined in another one, and RegisterModule against the module's "
      ".def files.\n");
  if (Inputs.empty())
    return error("no summary directory or file given");

  std::optional<std::map<std::string, std::string>> Commands;
  if (!BuildDirectory.empty()) {
    Expected<std::map<std::string, std::string>> Read = compileCommands(BuildDirectory);
    if (!Read)
      return error(toString(Read.takeError()));
    Commands = std::move(*Read);
  }
  std::vector<LoadedSummary> All;
  if (Error E = loadSummaries(All))
    return error(toString(std::move(E)));
  std::vector<const LoadedSummary *> Summaries = newestPerSource(All);
  if (Plan) {
    if (!Commands)
      return error("--plan needs -p BUILD_DIR");
    if (Inputs.size() != 1)
      return error("--plan takes one summary directory");
    return planSources(All, Summaries, *Commands);
  }

  std::vector<std::string> Unseen;
  std::vector<iismodel::TranslationUnitSummary> Linked =
      summariesToLink(All, Summaries, Commands, Unseen);
  // As far as the per-TU pass walked, unless told otherwise.
  unsigned Depth = MaxCallDepth;
  if (!MaxCallDepth.getNumOccurrences())
    for (size_t I = 0; I < Linked.size(); ++I)
      Depth = I == 0 ? Linked[I].MaxCallDepth : std::min(Depth, Linked[I].MaxCallDepth);

  // As the per-TU run: the WarningsAsErrors of the configuration each unit
  // was checked with (one .clang-tidy in most modules).
  std::vector<std::string> ErrorGlobs;
  for (const iismodel::TranslationUnitSummary &S : Linked)
    if (!S.WarningsAsErrors.empty() && !llvm::is_contained(ErrorGlobs, S.WarningsAsErrors))
      ErrorGlobs.push_back(S.WarningsAsErrors);
  FindingPrinter Out(std::move(ErrorGlobs));
  reportAllocations(Linked, Depth, Out);
  const bool AllSourcesSeen = Unseen.empty();
  const bool MasksChecked = reportMasks(Linked, AllSourcesSeen, Out);
  const bool EntryPointChecked = reportEntryPoints(Linked, AllSourcesSeen, Out);
  reportUnseen(Unseen, !MasksChecked || !EntryPointChecked);
  if (!ExportFixes.empty())
    if (Error Failed = Out.exportFixes(ExportFixes))
      return error(toString(std::move(Failed)));
  errs() << "iis-link: " << Linked.size() << " translation unit" << (Linked.size() == 1 ? "" : "s")
         << ", " << Out.Findings << " cross-file finding" << (Out.Findings == 1 ? "" : "s") << "\n";
  return Out.Errors ? 1 : 0;
}
