//===--- IISCheck.cpp - What every iis-* check does -----------------------===//

#include "IISCheck.h"
#include "SummaryCollector.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Mutex.h"
#include <atomic>
#include <cstdlib>

namespace clang::tidy::iis {

namespace {

// The units that already skip missing headers. clangd builds units on
// several threads; an entry leaves with its unit's preprocessor.
llvm::sys::SmartMutex<true> AttachedLock;
llvm::DenseSet<const Preprocessor *> &attached() {
  static llvm::DenseSet<const Preprocessor *> Units;
  return Units;
}

class MissingHeaderSkipper : public PPCallbacks {
public:
  MissingHeaderSkipper(const Preprocessor &PP, ClangTidyContext &Context)
      : PP(PP), Context(Context) {}
  ~MissingHeaderSkipper() override {
    llvm::sys::SmartScopedLock<true> Guard(AttachedLock);
    attached().erase(&PP);
  }

  bool FileNotFound(StringRef FileName) override {
    Skipped.insert(FileName);
    return true;
  }

  void InclusionDirective(SourceLocation, const Token &, StringRef FileName, bool,
                          CharSourceRange FilenameRange, OptionalFileEntryRef File, StringRef,
                          StringRef, const Module *, bool, SrcMgr::CharacteristicKind) override {
    if (File || !Skipped.contains(FileName) || !Reported.insert(FileName).second)
      return;
    Context.diag(TolerantParsingName, FilenameRange.getBegin(),
                 "'%0' not found: skipped, and the code that needs it is analysed in part",
                 DiagnosticIDs::Remark)
        << FileName;
  }

private:
  const Preprocessor &PP;
  ClangTidyContext &Context;
  llvm::StringSet<> Skipped, Reported;
};

bool tolerantByEnvironment() {
  const char *Value = std::getenv("IIS_TIDY_TOLERANT_PARSING");
  return Value && *Value && StringRef(Value) != "0";
}

} // namespace

void enableTolerantParsing(Preprocessor &PP, ClangTidyContext &Context) {
  {
    llvm::sys::SmartScopedLock<true> Guard(AttachedLock);
    if (!attached().insert(&PP).second)
      return;
  }
  PP.addPPCallbacks(std::make_unique<MissingHeaderSkipper>(PP, Context));
}

// The iis-* checks enabled for the unit, and the iis-* options its
// configuration sets: what a whole-module summary records.
static std::vector<std::string> enabledIISChecks(const ClangTidyContext &Context) {
  std::vector<std::string> Enabled;
  for (llvm::StringLiteral Name : iisCheckNames())
    if (Context.isCheckEnabled(Name))
      Enabled.push_back(Name.str());
  return Enabled;
}

static std::map<std::string, std::string> configuredIISOptions(const ClangTidyContext &Context) {
  std::map<std::string, std::string> Configured;
  for (const auto &[Name, Value] : Context.getOptions().CheckOptions)
    if (Name.starts_with("iis-"))
      Configured[Name.str()] = Value.Value;
  return Configured;
}

// The collector of the unit's summary, for the first enabled iis-* check
// when a summary directory is set; null otherwise.
static std::unique_ptr<SummaryCollector> summaryOwnedBy(StringRef Check,
                                                        ClangTidyContext &Context) {
  std::vector<std::string> Enabled = enabledIISChecks(Context);
  if (Enabled.empty() || Enabled.front() != Check)
    return nullptr;
  std::string Output = summaryOutput(
      RequestHeapOptions(ClangTidyCheck::OptionsView(RequestHeapAllocationName,
                                                     Context.getOptions().CheckOptions, &Context),
                         /*Report=*/nullptr));
  if (Output.empty())
    return nullptr;
  return std::make_unique<SummaryCollector>(Context, std::move(Output), std::move(Enabled),
                                            configuredIISOptions(Context));
}

static void reportBadValue(ClangTidyContext *Report, const Twine &Option, StringRef Value,
                           StringRef Expected) {
  if (Report)
    Report->configurationDiag("invalid value '%0' for option '%1': expected %2",
                              DiagnosticIDs::Error)
        << Value << Option.str() << Expected;
}

unsigned readUnsignedOption(const ClangTidyCheck::OptionsView &Options, StringRef CheckName,
                            StringRef LocalName, unsigned Default, ClangTidyContext *Report) {
  std::optional<StringRef> Value = Options.get(LocalName);
  unsigned Parsed = Default;
  if (Value && Value->trim().getAsInteger(10, Parsed)) {
    reportBadValue(Report, CheckName + "." + LocalName, *Value, "a non-negative integer");
    return Default;
  }
  return Parsed;
}

bool readBoolOption(const ClangTidyCheck::OptionsView &Options, StringRef CheckName,
                    StringRef LocalName, bool Default, ClangTidyContext *Report,
                    bool LocalOrGlobal) {
  std::optional<StringRef> Value = Options.get(LocalName);
  std::string Option = (CheckName + "." + LocalName).str();
  if (!Value && LocalOrGlobal) {
    // A global option: reported once per unit, by the first enabled check.
    Value = Options.getLocalOrGlobal(LocalName);
    Option = LocalName.str();
    if (Report) {
      std::vector<std::string> Enabled = enabledIISChecks(*Report);
      if (Enabled.empty() || Enabled.front() != CheckName)
        Report = nullptr;
    }
  }
  if (!Value)
    return Default;
  std::optional<bool> Parsed = llvm::StringSwitch<std::optional<bool>>(Value->trim())
                                   .Cases("true", "True", "TRUE", "1", true)
                                   .Cases("false", "False", "FALSE", "0", false)
                                   .Default(std::nullopt);
  // As clang-tidy reads a bool: any integer, non-zero for true.
  if (long long Integer = 0; !Parsed && !Value->trim().getAsInteger(10, Integer))
    Parsed = Integer != 0;
  if (!Parsed)
    reportBadValue(Report, Option, *Value, "true, false or an integer");
  return Parsed.value_or(Default);
}

IISCheck::IISCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Context(*Context),
      TolerantParsing(tolerantByEnvironment() ||
                      readBoolOption(Options, Name, "TolerantParsing", false, Context,
                                     /*LocalOrGlobal=*/true)),
      Summaries(summaryOwnedBy(Name, *Context)) {}

IISCheck::~IISCheck() = default;

void IISCheck::reportUnknownOptions() {
  ClangTidyOptions::OptionMap Known;
  storeOptions(Known);
  std::string Prefix = (getID() + ".").str();
  for (const auto &[Name, Value] : Context.getOptions().CheckOptions)
    if (Name.starts_with(Prefix) && !Known.count(Name))
      configurationDiag("unknown option '%0': %1 has no option '%2'", DiagnosticIDs::Error)
          << Name << getID() << Name.substr(Prefix.size());
  // An option under a check name iis-tidy does not have (a misspelt check).
  if (enabledIISChecks(Context).front() != getID())
    return;
  for (const auto &[Name, Value] : Context.getOptions().CheckOptions) {
    auto [Check, Local] = Name.split('.');
    if (Check.starts_with("iis-") && !Local.empty() && !llvm::is_contained(iisCheckNames(), Check))
      configurationDiag("unknown option '%0': iis-tidy has no check '%1'", DiagnosticIDs::Error)
          << Name << Check;
  }
}

void IISCheck::registerMatchers(ast_matchers::MatchFinder *Finder) {
  reportUnknownOptions();
  registerCheckMatchers(Finder);
  if (Summaries)
    Summaries->registerMatchers(*Finder);
}

void IISCheck::registerPPCallbacks(const SourceManager &, Preprocessor *PP, Preprocessor *) {
  if (TolerantParsing)
    enableTolerantParsing(*PP, Context);
  if (Summaries)
    Summaries->noteCompilation(*PP);
}

void IISCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "TolerantParsing", TolerantParsing);
}

} // namespace clang::tidy::iis

namespace clang::tidy::iis {

llvm::ArrayRef<llvm::StringLiteral> iisCheckNames() {
  static constexpr llvm::StringLiteral Names[] = {
      "iis-handler-signature-mismatch", "iis-notification-mask-mismatch",
      "iis-pool-placement-delete",      "iis-registermodule-export",
      "iis-request-heap-allocation",    "iis-request-memory-escape",
      "iis-request-memory-free"};
  return Names;
}

static std::atomic<bool> FixesOnNotes{false};

void setMultiEditFixesOnNotes(bool OnNotes) { FixesOnNotes = OnNotes; }

bool multiEditFixesOnNotes() { return FixesOnNotes; }

} // namespace clang::tidy::iis
