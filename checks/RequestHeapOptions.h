//===--- RequestHeapOptions.h - iis-request-heap-allocation's options -*- C++ -*-===//
//
// The options of iis-request-heap-allocation, read in one place: the check
// walks handlers with them, and the whole-module summary (written whatever
// checks are enabled) summarises functions with the same catalogue and depth.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_CHECKS_REQUESTHEAPOPTIONS_H
#define IIS_TIDY_CHECKS_REQUESTHEAPOPTIONS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "memory/AllocationCatalogue.h"
#include "memory/RequestReach.h"
#include "summary/ModuleLink.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::iis {

inline constexpr llvm::StringLiteral RequestHeapAllocationName = iismodel::HeapCheckName;

struct RequestHeapOptions {
  /// Values that do not parse are reported through \p Report, when set.
  RequestHeapOptions(const ClangTidyCheck::OptionsView &Options, ClangTidyContext *Report);
  void store(const ClangTidyCheck::OptionsView &Options, ClangTidyOptions::OptionMap &Opts) const;

  /// The built-in catalogue with AllocationFunctions added and
  /// IgnoredFunctions removed; \p OnInvalidEntry gets each entry of
  /// AllocationFunctions that does not parse.
  iismodel::AllocationCatalogue
  catalogue(llvm::function_ref<void(StringRef Entry)> OnInvalidEntry) const;
  iismodel::ReachOptions reachOptions() const;

  /// Calls followed from a handler into the functions it calls.
  unsigned MaxCallDepth;
  /// Extra allocation functions, "name" or "name:family" (family: new, crt,
  /// aligned, heap, local, global, virtual, cotaskmem, bstr; default crt).
  StringRef AllocationFunctions;
  /// Allocation functions not to report, built-in or added.
  StringRef IgnoredFunctions;
  /// Also report owning containers and strings built or grown per request.
  bool IncludeContainers;
  /// The container and string class templates of that tier.
  StringRef ContainerTypes;
  /// Also check IHttpModuleFactory::GetHttpModule, including its `new Module`.
  bool CheckGetHttpModule;
  /// Where to write each TU's summary for whole-module analysis; empty: none.
  StringRef SummaryDirectory;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_REQUESTHEAPOPTIONS_H
