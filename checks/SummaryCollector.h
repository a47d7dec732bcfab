//===--- SummaryCollector.h - Whole-module summaries ------------*- C++ -*-===//
//
// Writes the whole-module summary of each translation unit (see
// lib/summary/ModuleSummary.h) whenever a summary directory is set, whatever
// iis-* checks are enabled: the first enabled iis-* check owns one collector
// per unit. It summarises functions with iis-request-heap-allocation's
// options, so the link step walks them as that check would.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_CHECKS_SUMMARYCOLLECTOR_H
#define IIS_TIDY_CHECKS_SUMMARYCOLLECTOR_H

#include "RequestHeapOptions.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::iis {

/// The summary directory of this run: $IIS_TIDY_SUMMARY_DIRECTORY (which
/// lets scripts/iis-lint --whole-module ask for summaries without replacing
/// the user's .clang-tidy), else the option; empty: no summaries.
std::string summaryOutput(const RequestHeapOptions &Options);

class SummaryCollector : public ast_matchers::MatchFinder::MatchCallback {
public:
  /// \p Enabled and \p Configured are what the summary records about the
  /// run: the enabled iis-* checks, and the iis-* options set.
  SummaryCollector(ClangTidyContext &Context, std::string Output, std::vector<std::string> Enabled,
                   std::map<std::string, std::string> Configured);
  ~SummaryCollector() override;

  void registerMatchers(ast_matchers::MatchFinder &Finder);
  /// Keys the summary by how the unit is compiled and checked.
  void noteCompilation(const Preprocessor &PP);

  void run(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  ClangTidyContext &TidyContext;
  const RequestHeapOptions Options;
  const std::string Output;
  const std::vector<std::string> EnabledChecks;
  const std::map<std::string, std::string> ConfiguredOptions;
  iismodel::AllocationCatalogue Catalogue;

  ASTContext *Context = nullptr;
  /// The functions this TU defines, with bodies, outside system headers.
  std::vector<const FunctionDecl *> Defined;
  std::string CompileKey;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_SUMMARYCOLLECTOR_H
