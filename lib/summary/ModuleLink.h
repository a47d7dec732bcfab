//===--- ModuleLink.h - Whole-module analysis over TU summaries -*- C++ -*-===//
//
// The link step's rules: what only the whole module shows. Allocations a
// handler reaches through calls into other translation units (the walk of
// memory/CallChains.h, over every summary), registrations whose module class
// another translation unit defines (the rule of iisapi/MaskRule.h), and the
// entry point paired with the module's .def files. Each applies the options
// and enabled checks the summaries recorded.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_SUMMARY_MODULELINK_H
#define IIS_TIDY_LIB_SUMMARY_MODULELINK_H

#include "summary/ModuleSummary.h"

namespace iismodel {

/// The checks whose findings the link step extends across files.
inline constexpr llvm::StringLiteral HeapCheckName = "iis-request-heap-allocation";
inline constexpr llvm::StringLiteral MaskCheckName = "iis-notification-mask-mismatch";
inline constexpr llvm::StringLiteral ExportCheckName = "iis-registermodule-export";

inline constexpr llvm::StringLiteral ReportUnregisteredHandlersOption =
    "iis-notification-mask-mismatch.ReportUnregisteredHandlers";

/// One finding of the link step: an allocation reached from a request handler
/// only through a call into another translation unit.
struct CrossFinding {
  struct Step {
    std::string CallerName, CalleeName;
    bool IsConstruction;
    std::string File;
    SummaryLocation Where;
  };
  std::string Spelling, Advice;
  std::string FunctionName; // The allocating function.
  std::string File;
  SummaryLocation Where;
  /// From the handler inwards.
  std::vector<Step> Chain;
  std::string HandlerName, HandlerBase;
  std::string HandlerFile;
  SummaryLocation HandlerWhere;
  HandlerTiming Timing = HandlerTiming::OncePerRequest;
};

/// A notification-mask mismatch that needs two TUs to see: the registration
/// in one, the factory's GetHttpModule (and so the module class) in another.
struct CrossMaskFinding {
  /// A registered event with no override (at the mask), or an override whose
  /// event is not registered (at the override).
  bool MissingHandler;
  /// The module class; the SDK handler's name ("OnEndRequest") for a missing
  /// handler, the override's ("CModule::OnLogRequest") for an unregistered one.
  std::string Module, Constant, Handler;
  bool Post;
  std::string File;
  SummaryLocation Where;
  /// The other side: the creation in GetHttpModule for a missing handler,
  /// the registration for an unregistered one.
  std::string NoteFile;
  SummaryLocation NoteWhere;
  /// For an unregistered override: MaskMismatch::EffectClause.
  std::string EffectClause;
};

/// True when \p AllSourcesSeen and every summary is of a source that
/// compiled: only then may a verdict rest on what no source shows.
bool moduleSeenWhole(const std::vector<TranslationUnitSummary> &Summaries, bool AllSourcesSeen);

/// Resolves the registrations no TU could resolve alone and calls \p Found
/// for each mismatch, as iis-notification-mask-mismatch would report it.
/// Overrides whose event is not registered are reported when the module
/// class's own translation unit had ReportUnregisteredHandlers on. Each
/// such verdict rests on absence (of a registration, of an override), so
/// none is given, and false returned, unless the module was seen whole.
bool linkRegistrations(const std::vector<TranslationUnitSummary> &Summaries, bool AllSourcesSeen,
                       const std::function<void(const CrossMaskFinding &)> &Found);

/// What only the whole module shows about its entry point: no TU defines
/// RegisterModule (while a .def exports it, the link fails; without one, the
/// DLL lacks it), or more than one does (the link fails).
struct EntryPointFinding {
  enum Kind { ExportedButUndefined, Undefined, DefinedTwice } What;
  std::string File;
  SummaryLocation Where; // Line only for a .def.
  std::string OtherFile;
  SummaryLocation Other; // The first definition, for DefinedTwice.
};
/// The verdicts that rest on absence (defined nowhere) are withheld unless
/// \p AllSourcesSeen and every summary is of a translation unit that
/// compiled without errors. False when they were withheld.
bool linkEntryPoints(const std::vector<TranslationUnitSummary> &Summaries, bool AllSourcesSeen,
                     const std::function<void(const EntryPointFinding &)> &Found);

/// Merges \p Summaries (one per TU of a module) and calls \p Found for every
/// allocation reachable from a request handler within \p MaxCallDepth calls
/// that no per-TU run reported, once per site, with its shortest chain.
/// Functions defined in several TUs (inline, templates) count once.
void linkModule(const std::vector<TranslationUnitSummary> &Summaries, unsigned MaxCallDepth,
                const std::function<void(const CrossFinding &)> &Found);

} // namespace iismodel

#endif // IIS_TIDY_LIB_SUMMARY_MODULELINK_H
