//===--- IISSarif.cpp - clang-tidy --export-fixes YAML to SARIF 2.1.0 -----===//
//
// For code-scanning dashboards: reads the YAML that clang-tidy writes with
// --export-fixes (a file, or a directory of them as run-clang-tidy leaves)
// and writes one SARIF 2.1.0 log. Notes become related locations; the call
// chains of iis-request-heap-allocation become code flows; fix-its become
// SARIF fixes; byte offsets become lines and columns; paths are relative to
// --root; each result has a fingerprint that survives line shifts.
//
//===----------------------------------------------------------------------===//

#include "common/InputFiles.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <map>
#include <set>

using namespace llvm;
namespace tooling = clang::tooling;

static cl::OptionCategory Category("iis-sarif options");
static cl::list<std::string> Inputs(cl::Positional, cl::OneOrMore,
                                    cl::desc("<export-fixes YAML file or directory>..."),
                                    cl::cat(Category));
static cl::opt<std::string> Output("o", cl::desc("Write the SARIF log here (default: stdout)"),
                                   cl::value_desc("file"), cl::init("-"), cl::cat(Category));
static cl::opt<std::string> Root("root",
                                 cl::desc("Write paths relative to this directory "
                                          "(uriBaseId SRCROOT; default: the current directory)"),
                                 cl::value_desc("dir"), cl::cat(Category));
static cl::opt<std::string>
    DocsBase("docs-uri",
             cl::desc("Base URI of the iis-* checks' documentation pages, for each rule's "
                      "helpUri (default: none; each rule carries its page as help.markdown)"),
             cl::value_desc("uri"), cl::cat(Category));

static cl::opt<std::string>
    Coverage("coverage",
             cl::desc("What the run saw, as scripts/lint-sources.py writes it (JSON): becomes the "
                      "run's toolExecutionNotifications"),
             cl::value_desc("file"), cl::cat(Category));

namespace {

// What a rule says about itself, generated from its docs page: the page's
// opening sentence, the first paragraph of its "Why", and the page.
struct RuleText {
  const char *Short, *Full, *Markdown;
};

const std::map<std::string, RuleText> &iisRules() {
  static constexpr const char *TolerantParsing =
      "A header this machine lacks was skipped (tolerant parsing): the code that needs it is "
      "analysed in part, and verdicts that rest on absence are withheld.";
  static const std::map<std::string, RuleText> Rules = {
#include "CheckSummaries.inc"
      {"iis-tolerant-parsing", {TolerantParsing, TolerantParsing, TolerantParsing}},
  };
  return Rules;
}

// Empty for our rules without --docs-uri: a link into the machine that made
// the log helps no one who reads it elsewhere.
std::string helpUri(StringRef Check) {
  if (Check.starts_with("iis-") && DocsBase.empty())
    return "";
  if (Check == "iis-tolerant-parsing")
    return DocsBase + "../projects.md#tolerant-parsing-and-the-closing-line";
  if (Check.starts_with("iis-"))
    return (DocsBase + Check + ".md").str();
  if (Check.starts_with("clang-diagnostic-"))
    return "https://clang.llvm.org/docs/DiagnosticsReference.html";
  // Upstream pages are <group>/<rest>.html, with clang-analyzer's own group.
  auto [Group, Rest] = Check.split('-');
  if (Group == "clang" && Rest.starts_with("analyzer-"))
    return ("https://clang.llvm.org/extra/clang-tidy/checks/clang-analyzer/" + Rest.drop_front(9) +
            ".html")
        .str();
  return ("https://clang.llvm.org/extra/clang-tidy/checks/" + Group + "/" + Rest + ".html").str();
}

/// Source files, read once, for offsets -> lines and columns.
class Sources {
public:
  struct Position {
    unsigned Line = 1, Column = 1;
  };

  Position position(StringRef Path, unsigned Offset) {
    const std::string *Text = text(Path);
    Position P;
    if (!Text)
      return P;
    Offset = std::min<size_t>(Offset, Text->size());
    size_t LineStart = 0;
    for (size_t I = 0; I < Offset; ++I)
      if ((*Text)[I] == '\n') {
        ++P.Line;
        LineStart = I + 1;
      }
    // Columns count Unicode code points: skip UTF-8 continuation bytes.
    for (size_t I = LineStart; I < Offset; ++I)
      if ((static_cast<unsigned char>((*Text)[I]) & 0xC0) != 0x80)
        ++P.Column;
    return P;
  }

  std::string lineText(StringRef Path, unsigned Offset) {
    const std::string *Text = text(Path);
    if (!Text || Offset > Text->size())
      return "";
    size_t Begin = StringRef(*Text).rfind('\n', Offset == 0 ? 0 : Offset - 1);
    Begin = (Begin == StringRef::npos || Offset == 0) ? 0 : Begin + 1;
    size_t End = StringRef(*Text).find('\n', Offset);
    return StringRef(*Text).slice(Begin, End).trim().str();
  }

private:
  const std::string *text(StringRef Path) {
    auto It = Cache.find(Path);
    if (It == Cache.end()) {
      auto Buffer = MemoryBuffer::getFile(Path);
      It = Cache
               .try_emplace(Path, Buffer ? std::optional<std::string>((*Buffer)->getBuffer().str())
                                         : std::nullopt)
               .first;
    }
    return It->second ? &*It->second : nullptr;
  }
  StringMap<std::optional<std::string>> Cache;
};

class Converter {
public:
  explicit Converter(std::string RootDir) : RootDir(std::move(RootDir)) {}

  void add(tooling::Diagnostic D) {
    // Paths in a compile command's directory, as clang-tidy exports them.
    auto Resolve = [&](std::string &Path) {
      if (!Path.empty() && !sys::path::is_absolute(Path) && !D.BuildDirectory.empty()) {
        SmallString<256> Absolute(D.BuildDirectory);
        sys::path::append(Absolute, Path);
        Path = std::string(Absolute);
      }
    };
    Resolve(D.Message.FilePath);
    for (tooling::DiagnosticMessage &Note : D.Notes)
      Resolve(Note.FilePath);
    // A finding in a header, exported by each unit that includes it: once.
    if (!Seen.insert(D.DiagnosticName + "\n" + D.Message.FilePath + "\n" +
                     std::to_string(D.Message.FileOffset) + "\n" + D.Message.Message)
             .second)
      return;
    if (!RuleIndex.count(D.DiagnosticName)) {
      RuleIndex[D.DiagnosticName] = Rules.size();
      Rules.push_back(D.DiagnosticName);
    }
    const tooling::DiagnosticMessage &M = D.Message;
    json::Object Result{
        {"ruleId", D.DiagnosticName},
        {"ruleIndex", static_cast<int64_t>(RuleIndex[D.DiagnosticName])},
        {"level", level(D.DiagLevel)},
        {"message", json::Object{{"text", M.Message}}},
        {"locations", json::Array{location(M.FilePath, M.FileOffset, rangeLength(M))}},
    };
    json::Array Related;
    for (size_t I = 0; I < D.Notes.size(); ++I) {
      json::Object Note = location(D.Notes[I].FilePath, D.Notes[I].FileOffset, 0);
      Note["id"] = static_cast<int64_t>(I);
      Note["message"] = json::Object{{"text", D.Notes[I].Message}};
      Related.push_back(std::move(Note));
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    if (std::optional<json::Value> Flow = codeFlow(D))
      Result["codeFlows"] = json::Array{std::move(*Flow)};
    if (std::optional<json::Value> Fix = fix(M))
      Result["fixes"] = json::Array{std::move(*Fix)};
    std::string Key = D.DiagnosticName + "\n" + relative(M.FilePath) + "\n" + M.Message + "\n" +
                      Files.lineText(M.FilePath, M.FileOffset);
    Result["partialFingerprints"] =
        json::Object{{"iisTidyResult/v1", utohexstr(xxh3_64bits(Key), /*LowerCase=*/true)}};
    Results.push_back(std::move(Result));
  }

  /// The closing line of a lint as a note, and each source seen only in part
  /// (a warning naming the missing headers) or not at all (an error).
  void addCoverage(const json::Object &Seen) {
    Notifications.push_back(json::Object{
        {"level", "note"},
        {"message", json::Object{{"text", Seen.getString("summary").value_or("").str()}}}});
    const json::Array *Sources = Seen.getArray("sources");
    for (size_t I = 0; Sources && I < Sources->size(); ++I) {
      const json::Object *Source = (*Sources)[I].getAsObject();
      StringRef State = Source ? Source->getString("state").value_or("") : "";
      if (!Source || State == "cleanly")
        continue;
      std::string Text = State == "in part" ? "analysed in part" : "not analysed";
      std::string Missing;
      if (const json::Array *Headers = Source->getArray("missing"))
        for (const json::Value &Header : *Headers)
          Missing += (Missing.empty() ? "" : ", ") + Header.getAsString().value_or("").str();
      if (!Missing.empty())
        Text += " (missing: " + Missing + ")";
      std::string File = Source->getString("file").value_or("").str();
      Notifications.push_back(json::Object{
          {"level", State == "in part" ? "warning" : "error"},
          {"message", json::Object{{"text", relative(File) + ": " + Text}}},
          {"locations",
           json::Array{json::Object{
               {"physicalLocation", json::Object{{"artifactLocation", artifact(File)}}}}}}});
    }
  }

  json::Value log() const {
    json::Array RuleObjects;
    for (const std::string &Id : Rules)
      RuleObjects.push_back(rule(Id));
    json::Object Driver;
    Driver["name"] = "iis-tidy";
    Driver["version"] = IIS_SARIF_VERSION;
    if (!DocsBase.empty())
      Driver["informationUri"] = DocsBase.getValue();
    Driver["rules"] = std::move(RuleObjects);
    json::Object Base;
    Base["SRCROOT"] = json::Object{{"uri", rootUri()}};
    json::Object Run;
    Run["tool"] = json::Object{{"driver", std::move(Driver)}};
    Run["originalUriBaseIds"] = std::move(Base);
    Run["columnKind"] = "unicodeCodePoints";
    Run["results"] = json::Array(Results);
    if (!Notifications.empty())
      Run["invocations"] =
          json::Array{json::Object{{"executionSuccessful", true},
                                   {"toolExecutionNotifications", json::Array(Notifications)}}};
    return json::Object{
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::Array{std::move(Run)}},
    };
  }

private:
  static json::Object rule(const std::string &Id) {
    json::Object Rule{{"id", Id}};
    auto Text = iisRules().find(Id);
    if (Text != iisRules().end()) {
      Rule["shortDescription"] = json::Object{{"text", Text->second.Short}};
      Rule["fullDescription"] = json::Object{{"text", Text->second.Full}};
      Rule["help"] =
          json::Object{{"text", Text->second.Short}, {"markdown", Text->second.Markdown}};
    } else {
      Rule["shortDescription"] = json::Object{{"text", Id}};
    }
    if (std::string Uri = helpUri(Id); !Uri.empty())
      Rule["helpUri"] = Uri;
    return Rule;
  }

  static StringRef level(tooling::Diagnostic::Level L) {
    switch (L) {
    case tooling::Diagnostic::Error:
      return "error";
    case tooling::Diagnostic::Warning:
      return "warning";
    default:
      return "note";
    }
  }

  static unsigned rangeLength(const tooling::DiagnosticMessage &M) {
    for (const tooling::FileByteRange &R : M.Ranges)
      if (R.FilePath == M.FilePath && R.FileOffset == M.FileOffset)
        return R.Length;
    return 0;
  }

  std::string relative(StringRef Path) const {
    SmallString<256> Rel(Path);
    if (sys::path::replace_path_prefix(Rel, RootDir + "/", ""))
      return sys::path::convert_to_slash(Rel);
    return sys::path::convert_to_slash(Path);
  }

  std::string rootUri() const {
    std::string Uri = "file://" + sys::path::convert_to_slash(RootDir);
    return StringRef(Uri).ends_with("/") ? Uri : Uri + "/";
  }

  json::Object region(StringRef Path, unsigned Offset, unsigned Length) {
    Sources::Position Begin = Files.position(Path, Offset);
    json::Object Region{{"startLine", static_cast<int64_t>(Begin.Line)},
                        {"startColumn", static_cast<int64_t>(Begin.Column)}};
    if (Length) {
      Sources::Position End = Files.position(Path, Offset + Length);
      Region["endLine"] = static_cast<int64_t>(End.Line);
      Region["endColumn"] = static_cast<int64_t>(End.Column);
    }
    return Region;
  }

  json::Object artifact(StringRef Path) const {
    std::string Rel = relative(Path);
    json::Object Artifact{{"uri", Rel}};
    if (!sys::path::is_absolute(Rel))
      Artifact["uriBaseId"] = "SRCROOT";
    else
      Artifact["uri"] = "file://" + Rel;
    return Artifact;
  }

  json::Object location(StringRef Path, unsigned Offset, unsigned Length) {
    return json::Object{
        {"physicalLocation", json::Object{{"artifactLocation", artifact(Path)},
                                          {"region", region(Path, Offset, Length)}}}};
  }

  // The heap check's notes name the calls innermost first and end with the
  // handler; the flow runs from the handler to the allocation.
  std::optional<json::Value> codeFlow(const tooling::Diagnostic &D) {
    bool HasCall = llvm::any_of(D.Notes, [](const tooling::DiagnosticMessage &N) {
      return StringRef(N.Message).contains(" called here from ");
    });
    if (!HasCall)
      return std::nullopt;
    json::Array Steps;
    for (const tooling::DiagnosticMessage &N : llvm::reverse(D.Notes)) {
      json::Object Step = location(N.FilePath, N.FileOffset, 0);
      Step["message"] = json::Object{{"text", N.Message}};
      Steps.push_back(json::Object{{"location", std::move(Step)}});
    }
    json::Object Site = location(D.Message.FilePath, D.Message.FileOffset, rangeLength(D.Message));
    Site["message"] = json::Object{{"text", D.Message.Message}};
    Steps.push_back(json::Object{{"location", std::move(Site)}});
    return json::Object{
        {"threadFlows", json::Array{json::Object{{"locations", std::move(Steps)}}}}};
  }

  std::optional<json::Value> fix(const tooling::DiagnosticMessage &M) {
    std::map<std::string, json::Array> ByFile;
    for (const auto &[File, Replacements] : M.Fix)
      for (const tooling::Replacement &R : Replacements) {
        json::Object Deleted = region(R.getFilePath(), R.getOffset(), R.getLength());
        if (!R.getLength()) { // An insertion: an empty region at that point.
          Deleted["endLine"] = Deleted["startLine"];
          Deleted["endColumn"] = Deleted["startColumn"];
        }
        // json::Value keeps a StringRef without copying: hand it a string.
        ByFile[R.getFilePath().str()].push_back(json::Object{
            {"deletedRegion", std::move(Deleted)},
            {"insertedContent", json::Object{{"text", R.getReplacementText().str()}}}});
      }
    if (ByFile.empty())
      return std::nullopt;
    json::Array Changes;
    for (auto &[Path, Replacements] : ByFile)
      Changes.push_back(json::Object{{"artifactLocation", artifact(Path)},
                                     {"replacements", std::move(Replacements)}});
    return json::Object{{"description", json::Object{{"text", "Apply the fix-it"}}},
                        {"artifactChanges", std::move(Changes)}};
  }

  std::string RootDir;
  Sources Files;
  std::vector<std::string> Rules;
  std::map<std::string, size_t> RuleIndex;
  std::set<std::string> Seen;
  json::Array Results;
  json::Array Notifications;
};

bool readYaml(StringRef Path, Converter &Out) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer) {
    WithColor::error() << "cannot read '" << Path << "': " << Buffer.getError().message() << "\n";
    return false;
  }
  // run-clang-tidy leaves an empty file for a TU with no findings.
  if ((*Buffer)->getBuffer().trim().empty())
    return true;
  yaml::Input In((*Buffer)->getBuffer());
  // run-clang-tidy may concatenate several documents into one file.
  do {
    tooling::TranslationUnitDiagnostics TU;
    In >> TU;
    if (In.error()) {
      WithColor::error() << "'" << Path << "' is not clang-tidy --export-fixes YAML\n";
      return false;
    }
    for (const tooling::Diagnostic &D : TU.Diagnostics)
      Out.add(D);
  } while (In.nextDocument());
  return true;
}

} // namespace

int main(int argc, const char **argv) {
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(argc, argv,
                              "Converts clang-tidy --export-fixes YAML into SARIF 2.1.0\n");
  SmallString<256> RootDir(Root.empty() ? "." : Root.getValue());
  sys::fs::make_absolute(RootDir);
  sys::path::remove_dots(RootDir, /*remove_dot_dot=*/true);
  Converter Out(RootDir.str().str());

  Expected<std::vector<std::string>> Files = iistools::expandInputFiles(Inputs, ".yaml");
  if (!Files) {
    WithColor::error() << toString(Files.takeError()) << "\n";
    return 1;
  }
  bool Ok = true;
  for (const std::string &File : *Files)
    Ok &= readYaml(File, Out);
  if (!Coverage.empty()) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Text = MemoryBuffer::getFile(Coverage);
    Expected<json::Value> Seen =
        Text ? json::parse((*Text)->getBuffer())
             : Expected<json::Value>(createStringError(Text.getError(), "cannot read it"));
    if (!Seen || !Seen->getAsObject()) {
      WithColor::error() << "coverage file '" << Coverage
                         << "': " << (Seen ? "not a JSON object" : toString(Seen.takeError()))
                         << "\n";
      return 1;
    }
    Out.addCoverage(*Seen->getAsObject());
  }

  std::error_code EC;
  raw_fd_ostream OS(Output, EC);
  if (EC) {
    WithColor::error() << "cannot write '" << Output << "': " << EC.message() << "\n";
    return 1;
  }
  OS << formatv("{0:2}", Out.log()) << "\n";
  return Ok ? 0 : 1;
}
