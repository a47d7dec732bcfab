//===--- IISCheck.h - What every iis-* check does ---------------*- C++ -*-===//
//
// The base of the iis-* checks: tolerant parsing (below), and the facts the
// whole-module link step needs about how the unit was checked.
//
// Tolerant parsing.
//
// A CI machine lacks the third-party headers of many modules (boost, curl,
// a vendor SDK, a generated config.h), and a missing header is a fatal
// error: clang stops instantiating templates and reporting its own errors,
// and what a template reaches is lost. With tolerant parsing on, a header that cannot be found is
// skipped instead; it is reported once per translation unit, as a remark of the pseudo-check
// 'iis-tolerant-parsing' at the #include, and the rest of the unit is
// analysed with what parsed. Every iis-* check turns it on for the unit
// (once); the option TolerantParsing, or IIS_TIDY_TOLERANT_PARSING=1 in the
// environment (which scripts/iis-lint --project sets), enables it.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_CHECKS_IISCHECK_H
#define IIS_TIDY_CHECKS_IISCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::iis {

/// The name missing-header remarks carry.
inline constexpr llvm::StringLiteral TolerantParsingName = "iis-tolerant-parsing";

/// The names of the iis-* checks, as IISTidyModule registers them.
llvm::ArrayRef<llvm::StringLiteral> iisCheckNames();

/// Skips and reports missing headers in the unit \p PP preprocesses; a
/// second call for the same unit does nothing.
void enableTolerantParsing(Preprocessor &PP, ClangTidyContext &Context);

class SummaryCollector;

/// Whether a fix of several edits goes on a note of its own. An editor titles
/// a quick fix with its note's text, and a warning's own fix of several edits
/// with the whole warning (clangd); clang-tidy's --fix applies a note's fixes
/// only with --fix-notes. So off by default; iis-clangd turns it on.
void setMultiEditFixesOnNotes(bool OnNotes);
bool multiEditFixesOnNotes();

/// Reads the option \p LocalName of \p Options strictly: a value that does
/// not parse is a configuration error naming the option and the value (when
/// \p Report is set; clang-tidy's own reading only warns), and gives
/// \p Default. Every iis-* check reads its integer and boolean options so.
unsigned readUnsignedOption(const ClangTidyCheck::OptionsView &Options, StringRef CheckName,
                            StringRef LocalName, unsigned Default, ClangTidyContext *Report);
bool readBoolOption(const ClangTidyCheck::OptionsView &Options, StringRef CheckName,
                    StringRef LocalName, bool Default, ClangTidyContext *Report,
                    bool LocalOrGlobal = false);

/// The base of the iis-* checks: reads the TolerantParsing option and turns
/// tolerant parsing on for the unit; the first enabled iis-* check also
/// writes the unit's whole-module summary when a summary directory is set.
class IISCheck : public ClangTidyCheck {
public:
  IISCheck(StringRef Name, ClangTidyContext *Context);
  ~IISCheck() override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  /// The check's own matchers.
  virtual void registerCheckMatchers(ast_matchers::MatchFinder *Finder) = 0;
  unsigned unsignedOption(StringRef LocalName, unsigned Default) {
    return readUnsignedOption(Options, getID(), LocalName, Default, &Context);
  }
  bool boolOption(StringRef LocalName, bool Default) {
    return readBoolOption(Options, getID(), LocalName, Default, &Context);
  }

private:
  /// Options under this check's name that it does not have, as errors.
  void reportUnknownOptions();

private:
  ClangTidyContext &Context;
  const bool TolerantParsing;
  /// Set in the owner of the unit's summary.
  std::unique_ptr<SummaryCollector> Summaries;
};

} // namespace clang::tidy::iis

#endif // IIS_TIDY_CHECKS_IISCHECK_H
