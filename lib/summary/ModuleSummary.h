//===--- ModuleSummary.h - Whole-module analysis over TU summaries -*- C++ -*-===//
//
// clang-tidy sees one translation unit at a time, but modules keep their
// handlers thin and do the per-request work in other files. Each TU writes a
// summary of what whole-module analysis needs (the functions it defines, by
// USR, with their allocation sites and calls, and which of them are request
// handlers); a link step merges the summaries of a module, walks from every
// handler across files and reports the allocations no per-TU run could see.
//
// The format is versioned JSON, written deterministically and atomically, one
// file per TU keyed by its main file and compile settings, with the content
// hashes of the files the TU read, so that stale summaries are detected.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_SUMMARY_MODULESUMMARY_H
#define IIS_TIDY_LIB_SUMMARY_MODULESUMMARY_H

#include "iisapi/Handlers.h"
#include "support/FileAccess.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace iismodel {

/// Bumped whenever the meaning or layout of a summary changes: a link step
/// refuses summaries of another version.
constexpr unsigned SummaryFormatVersion = 2;
/// The file name suffix of summaries in a summary directory.
constexpr llvm::StringLiteral SummarySuffix = ".iis-summary.json";

struct SummaryLocation {
  /// Index into TranslationUnitSummary::Files.
  unsigned File = 0;
  unsigned Line = 0, Column = 0;
  /// Byte offset in the file, for --export-fixes.
  unsigned Offset = 0;
};

struct SummaryAllocation {
  /// "new[]", "malloc", ...
  std::string Spelling;
  /// The advice sentence of the per-TU message, already worded for the
  /// allocating function.
  std::string Advice;
  SummaryLocation Where;
};

struct SummaryCall {
  std::string Callee; // USR
  std::string CalleeName;
  bool IsConstruction = false;
  SummaryLocation Where;
};

struct SummaryFunction {
  std::string Usr;
  /// As messages name it: "CModule::OnBeginRequest", "FormatLogLine".
  std::string Name;
  SummaryLocation Where;
  /// For a request handler: the SDK method it overrides
  /// ("CHttpModule::OnBeginRequest") and when IIS calls it (0 once per
  /// request, 1 while it serves a request, 2 at the start of every request).
  std::string Handler;
  HandlerTiming Timing = HandlerTiming::OncePerRequest;
  /// For a handler: its body is a stub, or what it does first ("its call to
  /// 'X' never runs"; see iisapi/HandlerEffect.h).
  bool Stub = false;
  std::string Effect;
  std::vector<SummaryAllocation> Allocations;
  std::vector<SummaryCall> Calls;
};

/// A SetRequestNotifications call whose factory's module class this TU could
/// not tell (GetHttpModule is defined in another TU).
struct SummaryRegistration {
  std::string Factory; // USR of the factory class
  /// The request and post-request masks; -1 when not a constant.
  int64_t Mask = -1, PostMask = -1;
  SummaryLocation Where, MaskWhere, PostMaskWhere;
  /// Where single bits are written in the masks ('|' operands), to point at
  /// the bit a finding is about.
  std::vector<std::pair<uint32_t, SummaryLocation>> Bits, PostBits;
};

/// A factory class whose GetHttpModule this TU defines, and the one module
/// class it creates.
struct SummaryFactory {
  std::string Factory, Module; // USRs
  SummaryLocation Creation;
};

/// A CHttpModule subclass this TU defines, with the SDK handlers it (or a
/// base below CHttpModule) overrides.
struct SummaryModule {
  std::string Usr, Name;
  SummaryLocation Where;
  struct Override {
    std::string Handler; // "OnBeginRequest"
    std::string Name;    // "CModule::OnBeginRequest"
    std::string Usr;     // Of the overriding method: its definition may be in another TU.
    /// Declared in this class itself, not inherited from a shared base.
    bool Own = true;
    SummaryLocation Where;
  };
  std::vector<Override> Overrides;
};

struct DefinitionExport {
  std::string File;
  unsigned Line = 0;
};

struct SummaryInput {
  std::string File;
  /// xxh3 of the contents, hex; empty for a file that did not exist (a
  /// .clang-tidy that, once created, changes how the TU is checked).
  std::string Hash;
};

/// This build of iis-tidy, as summaries name their producer:
/// "iis-tidy 0.1.0 with LLVM 22.1.8".
llvm::StringRef summaryProducer();

struct TranslationUnitSummary {
  std::string Producer;
  std::string MainFile;
  /// Hash of what else decides the summary: target, language standard,
  /// defines, include paths, the check's options.
  std::string CompileKey;
  /// The MaxCallDepth the per-TU walk used; the link step walks as far.
  unsigned MaxCallDepth = 8;
  /// The main file and the non-system headers the TU read.
  std::vector<SummaryInput> Inputs;
  std::vector<std::string> Files;
  std::vector<SummaryFunction> Functions;
  /// Allocation sites the per-TU run already reported.
  std::vector<SummaryLocation> Reported;
  std::vector<SummaryRegistration> Registrations;
  std::vector<SummaryFactory> Factories;
  std::vector<SummaryModule> Modules;
  /// Definitions of the DLL's RegisterModule in this TU.
  std::vector<SummaryLocation> EntryPoints;
  /// .def files near the TU's source that export RegisterModule, with the
  /// line of the entry.
  std::vector<DefinitionExport> DefinitionExports;
  /// The iis-* checks the per-TU run had enabled, and the iis-* options in
  /// effect ("iis-notification-mask-mismatch.ReportUnregisteredHandlers"):
  /// the link step applies them to the findings in this TU's files.
  std::vector<std::string> EnabledChecks;
  /// False when the TU had compile errors (a header skipped, code MSVC
  /// accepts and clang does not): what it lacks may be anywhere.
  bool Complete = true;
  std::map<std::string, std::string> CheckOptions;
  /// The configuration's WarningsAsErrors globs ("iis-*"): the link step
  /// reports those checks' findings in this TU's files as errors.
  std::string WarningsAsErrors;

  /// The value of option \p Name, or \p Default.
  llvm::StringRef option(llvm::StringRef Name, llvm::StringRef Default) const;
  bool enabled(llvm::StringRef Check) const;
};

/// The summary as JSON; the same summary always gives the same text.
std::string summaryToJSON(const TranslationUnitSummary &Summary);

/// Parses a summary. Fails, naming \p Path, on malformed input and on a
/// summary of another format version.
llvm::Expected<TranslationUnitSummary> parseSummary(llvm::StringRef Text, llvm::StringRef Path);

/// The file name of \p Summary in a summary directory:
/// "<main file stem>-<hash of main file and compile key>.iis-summary.json".
std::string summaryFileName(const TranslationUnitSummary &Summary);

/// Writes \p Summary into \p Directory through a temporary file and a rename,
/// so that a reader never sees half a summary, and removes the summaries of
/// the same main file that other compile settings left there.
llvm::Error writeSummary(const TranslationUnitSummary &Summary, llvm::StringRef Directory);

/// An input of \p Summary whose file changed (or vanished) since the summary
/// was written, and which of the two; empty when none did.
struct StaleInput {
  std::string File;
  bool Vanished = false;
};
std::optional<StaleInput> staleInput(const TranslationUnitSummary &Summary);

/// Adds the .clang-tidy files that may configure \p Summary's main file
/// (its folder and every folder above it, present or not) to its inputs:
/// another configuration makes the summary stale.
void addConfigurationInputs(TranslationUnitSummary &Summary);

} // namespace iismodel

#endif // IIS_TIDY_LIB_SUMMARY_MODULESUMMARY_H
