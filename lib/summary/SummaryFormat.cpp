//===--- SummaryFormat.cpp - Summaries as JSON ----------------------------===//
//
// One mapping per summary type (llvm::json's toJSON/fromJSON), so that the
// writer and the reader cannot drift apart. Objects print with sorted keys:
// the same summary always gives the same text.
//
//===----------------------------------------------------------------------===//

#include "summary/ModuleSummary.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace iismodel {

namespace json = llvm::json;

static constexpr llvm::StringLiteral FormatName = "iis-tidy-summary";

// Locations are [file, line, column, offset], compact in large summaries.
json::Value toJSON(const SummaryLocation &L) {
  return json::Array{L.File, L.Line, L.Column, L.Offset};
}
bool fromJSON(const json::Value &V, SummaryLocation &L, json::Path P) {
  const json::Array *A = V.getAsArray();
  if (!A || A->size() != 4) {
    P.report("a location is not [file, line, column, offset]");
    return false;
  }
  unsigned *Fields[] = {&L.File, &L.Line, &L.Column, &L.Offset};
  for (unsigned I = 0; I < 4; ++I) {
    std::optional<int64_t> N = (*A)[I].getAsInteger();
    if (!N || *N < 0) {
      P.report("a location is not [file, line, column, offset]");
      return false;
    }
    *Fields[I] = static_cast<unsigned>(*N);
  }
  return true;
}

static constexpr std::pair<HandlerTiming, llvm::StringLiteral> TimingNames[] = {
    {HandlerTiming::OncePerRequest, "once-per-request"},
    {HandlerTiming::DuringRequest, "during-request"},
    {HandlerTiming::StartOfRequest, "start-of-request"}};

json::Value toJSON(const HandlerTiming &T) {
  for (const auto &[Timing, Name] : TimingNames)
    if (Timing == T)
      return Name;
  return nullptr;
}
bool fromJSON(const json::Value &V, HandlerTiming &T, json::Path P) {
  for (const auto &[Timing, Name] : TimingNames)
    if (V.getAsString() == llvm::StringRef(Name)) {
      T = Timing;
      return true;
    }
  P.report("unknown handler timing");
  return false;
}

json::Value toJSON(const SummaryAllocation &A) {
  return json::Object{{"spelling", A.Spelling}, {"advice", A.Advice}, {"at", A.Where}};
}
bool fromJSON(const json::Value &V, SummaryAllocation &A, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("spelling", A.Spelling) && O.map("advice", A.Advice) && O.map("at", A.Where);
}

json::Value toJSON(const SummaryCall &C) {
  json::Object O{{"callee", C.Callee}, {"name", C.CalleeName}, {"at", C.Where}};
  if (C.IsConstruction)
    O["construction"] = true;
  return O;
}
bool fromJSON(const json::Value &V, SummaryCall &C, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("callee", C.Callee) && O.mapOptional("name", C.CalleeName) &&
         O.mapOptional("construction", C.IsConstruction) && O.map("at", C.Where);
}

json::Value toJSON(const SummaryFunction &F) {
  json::Object O{{"usr", F.Usr}, {"name", F.Name}, {"at", F.Where}};
  if (!F.Handler.empty()) {
    O["handler"] = F.Handler;
    O["timing"] = F.Timing;
    if (F.Stub)
      O["stub"] = true;
    else if (!F.Effect.empty())
      O["effect"] = F.Effect;
  }
  if (!F.Allocations.empty())
    O["allocations"] = F.Allocations;
  if (!F.Calls.empty())
    O["calls"] = F.Calls;
  return O;
}
bool fromJSON(const json::Value &V, SummaryFunction &F, json::Path P) {
  json::ObjectMapper O(V, P);
  if (!O || !O.map("usr", F.Usr) || !O.mapOptional("name", F.Name) || !O.map("at", F.Where) ||
      !O.mapOptional("handler", F.Handler) || !O.mapOptional("timing", F.Timing) ||
      !O.mapOptional("stub", F.Stub) || !O.mapOptional("effect", F.Effect) ||
      !O.mapOptional("allocations", F.Allocations) || !O.mapOptional("calls", F.Calls))
    return false;
  if (F.Usr.empty()) {
    P.report("a function has no USR");
    return false;
  }
  return true;
}

// Bits of a mask with where they are written: [bit, location].
using MaskBits = std::vector<std::pair<uint32_t, SummaryLocation>>;
static json::Value bitsToJSON(const MaskBits &Bits) {
  json::Array A;
  for (const auto &[Bit, Where] : Bits)
    A.push_back(json::Array{Bit, Where});
  return A;
}
static bool bitsFromJSON(const json::Object &O, llvm::StringRef Key, MaskBits &Bits, json::Path P) {
  const json::Array *A = O.getArray(Key);
  for (size_t I = 0; A && I < A->size(); ++I) {
    const json::Array *Pair = (*A)[I].getAsArray();
    std::optional<int64_t> Bit =
        Pair && Pair->size() == 2 ? (*Pair)[0].getAsInteger() : std::nullopt;
    SummaryLocation Where;
    if (!Bit || !fromJSON((*Pair)[1], Where, P.field(Key).index(I)))
      return false;
    Bits.push_back({static_cast<uint32_t>(*Bit), Where});
  }
  return true;
}

json::Value toJSON(const SummaryRegistration &R) {
  json::Object O{{"factory", R.Factory}, {"mask", R.Mask},        {"post", R.PostMask},
                 {"at", R.Where},        {"maskAt", R.MaskWhere}, {"postAt", R.PostMaskWhere}};
  if (!R.Bits.empty())
    O["bits"] = bitsToJSON(R.Bits);
  if (!R.PostBits.empty())
    O["postBits"] = bitsToJSON(R.PostBits);
  return O;
}
bool fromJSON(const json::Value &V, SummaryRegistration &R, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("factory", R.Factory) && O.map("mask", R.Mask) && O.map("post", R.PostMask) &&
         O.map("at", R.Where) && O.map("maskAt", R.MaskWhere) && O.map("postAt", R.PostMaskWhere) &&
         bitsFromJSON(*V.getAsObject(), "bits", R.Bits, P) &&
         bitsFromJSON(*V.getAsObject(), "postBits", R.PostBits, P);
}

json::Value toJSON(const SummaryFactory &F) {
  return json::Object{{"factory", F.Factory}, {"module", F.Module}, {"at", F.Creation}};
}
bool fromJSON(const json::Value &V, SummaryFactory &F, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("factory", F.Factory) && O.map("module", F.Module) && O.map("at", F.Creation);
}

json::Value toJSON(const SummaryModule::Override &Ov) {
  json::Object O{{"handler", Ov.Handler}, {"name", Ov.Name}, {"usr", Ov.Usr}, {"at", Ov.Where}};
  if (!Ov.Own)
    O["inherited"] = true;
  return O;
}
bool fromJSON(const json::Value &V, SummaryModule::Override &Ov, json::Path P) {
  json::ObjectMapper O(V, P);
  bool Inherited = false;
  if (!O || !O.map("handler", Ov.Handler) || !O.map("name", Ov.Name) ||
      !O.mapOptional("usr", Ov.Usr) || !O.mapOptional("inherited", Inherited) ||
      !O.map("at", Ov.Where))
    return false;
  Ov.Own = !Inherited;
  return true;
}

json::Value toJSON(const SummaryModule &M) {
  return json::Object{
      {"usr", M.Usr}, {"name", M.Name}, {"at", M.Where}, {"overrides", M.Overrides}};
}
bool fromJSON(const json::Value &V, SummaryModule &M, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("usr", M.Usr) && O.map("name", M.Name) && O.map("at", M.Where) &&
         O.mapOptional("overrides", M.Overrides);
}

json::Value toJSON(const SummaryInput &I) {
  return json::Object{{"file", I.File}, {"hash", I.Hash}};
}
bool fromJSON(const json::Value &V, SummaryInput &I, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("file", I.File) && O.map("hash", I.Hash);
}

json::Value toJSON(const DefinitionExport &D) {
  return json::Object{{"file", D.File}, {"line", D.Line}};
}
bool fromJSON(const json::Value &V, DefinitionExport &D, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("file", D.File) && O.map("line", D.Line);
}

json::Value toJSON(const TranslationUnitSummary &S) {
  json::Object Options;
  for (const auto &[Name, Value] : S.CheckOptions)
    Options[Name] = Value;
  return json::Object{{"format", FormatName},
                      {"version", SummaryFormatVersion},
                      {"producer", S.Producer},
                      {"main", S.MainFile},
                      {"key", S.CompileKey},
                      {"maxCallDepth", S.MaxCallDepth},
                      {"checks", S.EnabledChecks},
                      {"options", std::move(Options)},
                      {"warningsAsErrors", S.WarningsAsErrors},
                      {"complete", S.Complete},
                      {"inputs", S.Inputs},
                      {"files", S.Files},
                      {"functions", S.Functions},
                      {"reported", S.Reported},
                      {"registrations", S.Registrations},
                      {"factories", S.Factories},
                      {"modules", S.Modules},
                      {"entryPoints", S.EntryPoints},
                      {"defExports", S.DefinitionExports}};
}
// Lenient about what is absent, as the first reader was: what a link needs
// is checked after reading (locationsInRange).
bool fromJSON(const json::Value &V, TranslationUnitSummary &S, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.mapOptional("producer", S.Producer) && O.mapOptional("main", S.MainFile) &&
         O.mapOptional("key", S.CompileKey) && O.mapOptional("maxCallDepth", S.MaxCallDepth) &&
         O.mapOptional("checks", S.EnabledChecks) && O.mapOptional("options", S.CheckOptions) &&
         O.mapOptional("warningsAsErrors", S.WarningsAsErrors) &&
         O.mapOptional("complete", S.Complete) && O.mapOptional("inputs", S.Inputs) &&
         O.mapOptional("files", S.Files) && O.mapOptional("functions", S.Functions) &&
         O.mapOptional("reported", S.Reported) && O.mapOptional("registrations", S.Registrations) &&
         O.mapOptional("factories", S.Factories) && O.mapOptional("modules", S.Modules) &&
         O.mapOptional("entryPoints", S.EntryPoints) &&
         O.mapOptional("defExports", S.DefinitionExports);
}

std::string summaryToJSON(const TranslationUnitSummary &Summary) {
  return llvm::formatv("{0}", toJSON(Summary)).str() + "\n";
}

// Every location names one of the summary's files.
static bool locationsInRange(const TranslationUnitSummary &S) {
  auto In = [&](const SummaryLocation &L) { return L.File < S.Files.size(); };
  for (const SummaryFunction &F : S.Functions) {
    if (!In(F.Where))
      return false;
    for (const SummaryAllocation &A : F.Allocations)
      if (!In(A.Where))
        return false;
    for (const SummaryCall &C : F.Calls)
      if (!In(C.Where))
        return false;
  }
  for (const SummaryRegistration &R : S.Registrations) {
    if (!In(R.Where) || !In(R.MaskWhere) || !In(R.PostMaskWhere))
      return false;
    for (const auto *Bits : {&R.Bits, &R.PostBits})
      for (const auto &Bit : *Bits)
        if (!In(Bit.second))
          return false;
  }
  for (const SummaryFactory &F : S.Factories)
    if (!In(F.Creation))
      return false;
  for (const SummaryModule &M : S.Modules) {
    if (!In(M.Where))
      return false;
    for (const SummaryModule::Override &O : M.Overrides)
      if (!In(O.Where))
        return false;
  }
  return llvm::all_of(S.Reported, In) && llvm::all_of(S.EntryPoints, In);
}

static llvm::Error invalidSummary(llvm::StringRef Path, const llvm::Twine &Why) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                 "'" + Path + "' is not a valid iis-tidy summary: " + Why);
}

// The format, version and producer first: a summary of another iis-tidy is
// refused with that reason, not with the first field it lacks.
static llvm::Error checkProducer(const json::Object &O, llvm::StringRef Path) {
  if (O.getString("format") != llvm::StringRef(FormatName))
    return invalidSummary(Path, "not an iis-tidy summary");
  std::optional<int64_t> Version = O.getInteger("version");
  llvm::StringRef Producer = O.getString("producer").value_or("");
  if (!Version || *Version != SummaryFormatVersion)
    return llvm::createStringError(
        std::make_error_code(std::errc::invalid_argument),
        llvm::formatv("'{0}' is a summary of format version {1}, written by {2}; this link step "
                      "reads version {3}: re-run the per-TU pass with this iis-tidy",
                      Path, Version.value_or(-1),
                      Producer.empty() ? "an unknown producer" : Producer, SummaryFormatVersion)
            .str());
  if (Producer != summaryProducer())
    return llvm::createStringError(
        std::make_error_code(std::errc::invalid_argument),
        llvm::formatv("'{0}' was written by {1}; this link step is {2}: re-run the per-TU pass "
                      "with this iis-tidy",
                      Path, Producer.empty() ? "an unknown producer" : Producer, summaryProducer())
            .str());
  return llvm::Error::success();
}

llvm::Expected<TranslationUnitSummary> parseSummary(llvm::StringRef Text, llvm::StringRef Path) {
  llvm::Expected<json::Value> Root = json::parse(Text);
  if (!Root)
    return invalidSummary(Path, llvm::toString(Root.takeError()));
  const json::Object *O = Root->getAsObject();
  if (!O)
    return invalidSummary(Path, "not an iis-tidy summary");
  if (llvm::Error Refused = checkProducer(*O, Path))
    return std::move(Refused);
  TranslationUnitSummary Summary;
  json::Path::Root Problem("summary");
  if (!fromJSON(*Root, Summary, Problem))
    return invalidSummary(Path, llvm::toString(Problem.getError()));
  if (!locationsInRange(Summary))
    return invalidSummary(Path, "a location names a file that is not in 'files'");
  return Summary;
}

} // namespace iismodel
