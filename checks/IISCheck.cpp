//===--- IISCheck.cpp - What every iis-* check does -----------------------===//

#include "IISCheck.h"
#include "SummaryCollector.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Mutex.h"
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
  std::string Output = summaryOutput(RequestHeapOptions(ClangTidyCheck::OptionsView(
      RequestHeapAllocationName, Context.getOptions().CheckOptions, &Context)));
  if (Output.empty())
    return nullptr;
  return std::make_unique<SummaryCollector>(Context, std::move(Output), std::move(Enabled),
                                            configuredIISOptions(Context));
}

IISCheck::IISCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Context(*Context),
      TolerantParsing(tolerantByEnvironment() ||
                      Options.getLocalOrGlobal("TolerantParsing", false)),
      Summaries(summaryOwnedBy(Name, *Context)) {}

IISCheck::~IISCheck() = default;

void IISCheck::registerMatchers(ast_matchers::MatchFinder *Finder) {
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

} // namespace clang::tidy::iis
