//===--- ModuleSummary.cpp - Whole-module analysis over TU summaries ------===//

#include "iis/ModuleSummary.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <deque>

namespace iis {

namespace json = llvm::json;

std::string contentHash(llvm::StringRef Data) {
  return llvm::utohexstr(llvm::xxh3_64bits(Data), /*LowerCase=*/true, /*Width=*/16);
}

static void writeLocation(json::OStream &J, const SummaryLocation &L) {
  J.arrayBegin();
  J.value(static_cast<int64_t>(L.File));
  J.value(static_cast<int64_t>(L.Line));
  J.value(static_cast<int64_t>(L.Column));
  J.value(static_cast<int64_t>(L.Offset));
  J.arrayEnd();
}

std::string summaryToJSON(const TranslationUnitSummary &S) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  json::OStream J(OS, /*IndentSize=*/0);
  J.objectBegin();
  J.attribute("format", "iis-tidy-summary");
  J.attribute("version", static_cast<int64_t>(SummaryFormatVersion));
  J.attribute("producer", S.Producer);
  J.attribute("main", S.MainFile);
  J.attribute("key", S.CompileKey);
  J.attributeArray("inputs", [&] {
    for (const SummaryInput &Input : S.Inputs)
      J.object([&] {
        J.attribute("file", Input.File);
        J.attribute("hash", Input.Hash);
      });
  });
  J.attributeArray("files", [&] {
    for (const std::string &File : S.Files)
      J.value(File);
  });
  J.attributeArray("functions", [&] {
    for (const SummaryFunction &F : S.Functions)
      J.object([&] {
        J.attribute("usr", F.Usr);
        J.attribute("name", F.Name);
        J.attributeBegin("at");
        writeLocation(J, F.Where);
        J.attributeEnd();
        if (!F.Handler.empty()) {
          J.attribute("handler", F.Handler);
          J.attribute("timing", static_cast<int64_t>(F.Timing));
        }
        if (!F.Allocations.empty())
          J.attributeArray("allocations", [&] {
            for (const SummaryAllocation &A : F.Allocations)
              J.object([&] {
                J.attribute("spelling", A.Spelling);
                J.attribute("advice", A.Advice);
                J.attributeBegin("at");
                writeLocation(J, A.Where);
                J.attributeEnd();
              });
          });
        if (!F.Calls.empty())
          J.attributeArray("calls", [&] {
            for (const SummaryCall &C : F.Calls)
              J.object([&] {
                J.attribute("callee", C.Callee);
                J.attribute("name", C.CalleeName);
                if (C.IsConstruction)
                  J.attribute("construction", true);
                J.attributeBegin("at");
                writeLocation(J, C.Where);
                J.attributeEnd();
              });
          });
      });
  });
  J.attributeArray("reported", [&] {
    for (const SummaryLocation &L : S.Reported)
      writeLocation(J, L);
  });
  J.objectEnd();
  OS << "\n";
  return Text;
}

namespace {

// Reads one summary, remembering the first problem (with where it was).
class Reader {
public:
  explicit Reader(llvm::StringRef Path) : Path(Path) {}

  llvm::Expected<TranslationUnitSummary> read(const json::Value &Root) {
    TranslationUnitSummary S;
    const json::Object *O = Root.getAsObject();
    if (!O || O->getString("format") != llvm::StringRef("iis-tidy-summary"))
      return fail("not an iis-tidy summary");
    std::optional<int64_t> Version = O->getInteger("version");
    if (!Version || *Version != SummaryFormatVersion)
      return llvm::createStringError(
          std::errc::invalid_argument,
          "'%s' is a summary of format version %lld, written by %s; this link step "
          "reads version %u: re-run the per-TU pass with this iis-tidy",
          Path.str().c_str(), static_cast<long long>(Version.value_or(-1)),
          O->getString("producer").value_or("an unknown producer").str().c_str(),
          SummaryFormatVersion);
    S.Producer = O->getString("producer").value_or("").str();
    S.MainFile = O->getString("main").value_or("").str();
    S.CompileKey = O->getString("key").value_or("").str();
    if (const json::Array *Inputs = O->getArray("inputs"))
      for (const json::Value &V : *Inputs)
        if (const json::Object *I = V.getAsObject())
          S.Inputs.push_back({I->getString("file").value_or("").str(),
                              I->getString("hash").value_or("").str()});
    if (const json::Array *Files = O->getArray("files"))
      for (const json::Value &V : *Files)
        S.Files.push_back(V.getAsString().value_or("").str());
    if (const json::Array *Functions = O->getArray("functions"))
      for (const json::Value &V : *Functions) {
        const json::Object *F = V.getAsObject();
        if (!F)
          return fail("a function is not an object");
        SummaryFunction Function;
        Function.Usr = F->getString("usr").value_or("").str();
        Function.Name = F->getString("name").value_or("").str();
        Function.Where = location(F->get("at"), S);
        Function.Handler = F->getString("handler").value_or("").str();
        Function.Timing = static_cast<unsigned>(F->getInteger("timing").value_or(0));
        if (const json::Array *Allocations = F->getArray("allocations"))
          for (const json::Value &A : *Allocations)
            if (const json::Object *AO = A.getAsObject())
              Function.Allocations.push_back({AO->getString("spelling").value_or("").str(),
                                              AO->getString("advice").value_or("").str(),
                                              location(AO->get("at"), S)});
        if (const json::Array *Calls = F->getArray("calls"))
          for (const json::Value &C : *Calls)
            if (const json::Object *CO = C.getAsObject())
              Function.Calls.push_back({CO->getString("callee").value_or("").str(),
                                        CO->getString("name").value_or("").str(),
                                        CO->getBoolean("construction").value_or(false),
                                        location(CO->get("at"), S)});
        if (Function.Usr.empty())
          return fail("a function has no USR");
        S.Functions.push_back(std::move(Function));
      }
    if (const json::Array *Reported = O->getArray("reported"))
      for (const json::Value &V : *Reported)
        S.Reported.push_back(location(&V, S));
    if (!Problem.empty())
      return fail(Problem);
    return S;
  }

private:
  SummaryLocation location(const json::Value *V, const TranslationUnitSummary &S) {
    const json::Array *A = V ? V->getAsArray() : nullptr;
    if (!A || A->size() != 4) {
      Problem = "a location is not [file, line, column, offset]";
      return {};
    }
    SummaryLocation L;
    unsigned *Fields[] = {&L.File, &L.Line, &L.Column, &L.Offset};
    for (unsigned I = 0; I < 4; ++I)
      *Fields[I] = static_cast<unsigned>((*A)[I].getAsInteger().value_or(0));
    if (L.File >= S.Files.size())
      Problem = "a location names a file that is not in 'files'";
    return L;
  }

  llvm::Error fail(llvm::StringRef Why) {
    return llvm::createStringError(std::errc::invalid_argument,
                                   "'%s' is not a valid iis-tidy summary: %s",
                                   Path.str().c_str(), Why.str().c_str());
  }

  llvm::StringRef Path;
  std::string Problem;
};

} // namespace

llvm::Expected<TranslationUnitSummary> parseSummary(llvm::StringRef Text,
                                                    llvm::StringRef Path) {
  llvm::Expected<json::Value> Root = json::parse(Text);
  if (!Root)
    return llvm::createStringError(std::errc::invalid_argument,
                                   "'%s' is not a valid iis-tidy summary: %s",
                                   Path.str().c_str(),
                                   llvm::toString(Root.takeError()).c_str());
  return Reader(Path).read(*Root);
}

std::string summaryFileName(const TranslationUnitSummary &Summary) {
  return (llvm::sys::path::stem(Summary.MainFile) + "-" +
          contentHash(Summary.MainFile + "\n" + Summary.CompileKey) + SummarySuffix)
      .str();
}

llvm::Error writeSummary(const TranslationUnitSummary &Summary,
                         llvm::StringRef Directory) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Directory))
    return llvm::createStringError(EC, "cannot create summary directory '%s': %s",
                                   Directory.str().c_str(), EC.message().c_str());
  llvm::SmallString<256> Final(Directory);
  llvm::sys::path::append(Final, summaryFileName(Summary));
  llvm::SmallString<256> Temporary;
  int FD;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          Final + ".tmp-%%%%%%%%", FD, Temporary))
    return llvm::createStringError(EC, "cannot write summary '%s': %s",
                                   Final.c_str(), EC.message().c_str());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << summaryToJSON(Summary);
    if (OS.has_error()) {
      llvm::sys::fs::remove(Temporary);
      return llvm::createStringError(OS.error(), "cannot write summary '%s'",
                                     Final.c_str());
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temporary, Final)) {
    llvm::sys::fs::remove(Temporary);
    return llvm::createStringError(EC, "cannot write summary '%s': %s", Final.c_str(),
                                   EC.message().c_str());
  }
  return llvm::Error::success();
}

std::string staleInput(const TranslationUnitSummary &Summary) {
  for (const SummaryInput &Input : Summary.Inputs) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
        llvm::MemoryBuffer::getFile(Input.File, /*IsText=*/false);
    if (!Buffer || contentHash((*Buffer)->getBuffer()) != Input.Hash)
      return Input.File;
  }
  return "";
}

void linkModule(const std::vector<TranslationUnitSummary> &Summaries,
                unsigned MaxCallDepth,
                const std::function<void(const CrossFinding &)> &Found) {
  struct Node {
    const TranslationUnitSummary *TU;
    const SummaryFunction *Function;
  };
  std::vector<Node> Nodes;
  llvm::StringMap<unsigned> ByUsr;
  llvm::StringSet<> Reported;
  auto Key = [](const TranslationUnitSummary &TU, const SummaryLocation &L) {
    return (TU.Files[L.File] + ":" + llvm::Twine(L.Offset)).str();
  };
  std::vector<unsigned> Handlers;
  for (const TranslationUnitSummary &TU : Summaries) {
    for (const SummaryFunction &F : TU.Functions)
      if (ByUsr.try_emplace(F.Usr, Nodes.size()).second) {
        if (!F.Handler.empty())
          Handlers.push_back(Nodes.size());
        Nodes.push_back({&TU, &F});
      }
    for (const SummaryLocation &L : TU.Reported)
      Reported.insert(Key(TU, L));
  }
  // Handlers in a stable order, so that each site gets the same chain on
  // every run.
  llvm::sort(Handlers, [&](unsigned A, unsigned B) {
    const Node &NA = Nodes[A], &NB = Nodes[B];
    return std::make_tuple(NA.TU->Files[NA.Function->Where.File], NA.Function->Where.Offset) <
           std::make_tuple(NB.TU->Files[NB.Function->Where.File], NB.Function->Where.Offset);
  });

  // The largest remaining depth each function was expanded with, as per TU.
  llvm::DenseMap<unsigned, unsigned> ExpandedDepth;
  struct Visit {
    unsigned Node, Depth;
    int Parent;
    const SummaryCall *Call;
  };
  std::vector<Visit> Visits;
  llvm::DenseSet<unsigned> Seen;
  for (unsigned Handler : Handlers) {
    Visits.assign({{Handler, 0, -1, nullptr}});
    Seen.clear();
    Seen.insert(Handler);
    for (size_t I = 0; I < Visits.size(); ++I) {
      const Visit Current = Visits[I];
      unsigned Remaining = MaxCallDepth - Current.Depth;
      auto [It, Inserted] = ExpandedDepth.try_emplace(Current.Node, Remaining);
      if (!Inserted) {
        if (It->second >= Remaining)
          continue;
        It->second = Remaining;
      }
      const Node &N = Nodes[Current.Node];
      for (const SummaryAllocation &A : N.Function->Allocations) {
        if (!Reported.insert(Key(*N.TU, A.Where)).second)
          continue;
        CrossFinding Finding;
        Finding.Spelling = A.Spelling;
        Finding.Advice = A.Advice;
        Finding.FunctionName = N.Function->Name;
        Finding.File = N.TU->Files[A.Where.File];
        Finding.Where = A.Where;
        for (int V = static_cast<int>(I); Visits[V].Call; V = Visits[V].Parent) {
          const Node &Caller = Nodes[Visits[Visits[V].Parent].Node];
          const SummaryCall &Call = *Visits[V].Call;
          Finding.Chain.push_back({Caller.Function->Name, Nodes[Visits[V].Node].Function->Name,
                                   Call.IsConstruction, Caller.TU->Files[Call.Where.File],
                                   Call.Where});
        }
        std::reverse(Finding.Chain.begin(), Finding.Chain.end());
        const Node &Root = Nodes[Handler];
        Finding.HandlerName = Root.Function->Name;
        Finding.HandlerBase = Root.Function->Handler;
        Finding.HandlerFile = Root.TU->Files[Root.Function->Where.File];
        Finding.HandlerWhere = Root.Function->Where;
        Finding.Timing = Root.Function->Timing;
        Found(Finding);
      }
      if (Remaining == 0)
        continue;
      for (const SummaryCall &Call : N.Function->Calls) {
        auto Callee = ByUsr.find(Call.Callee);
        if (Callee != ByUsr.end() && Seen.insert(Callee->second).second)
          Visits.push_back({Callee->second, Current.Depth + 1, static_cast<int>(I), &Call});
      }
    }
  }
}

} // namespace iis
