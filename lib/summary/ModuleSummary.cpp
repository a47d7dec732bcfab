//===--- ModuleSummary.cpp - Whole-module analysis over TU summaries ------===//

#include "summary/ModuleSummary.h"
#include "iisapi/MaskRule.h"
#include "iisapi/Notifications.h"
#include "memory/CallChains.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <deque>

namespace iismodel {

namespace json = llvm::json;

llvm::StringRef summaryProducer() { return IIS_TIDY_PRODUCER; }

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
  J.attribute("maxCallDepth", static_cast<int64_t>(S.MaxCallDepth));
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
  auto Located = [&](llvm::StringRef Name, const SummaryLocation &L) {
    J.attributeBegin(Name);
    writeLocation(J, L);
    J.attributeEnd();
  };
  if (!S.Registrations.empty())
    J.attributeArray("registrations", [&] {
      for (const SummaryRegistration &R : S.Registrations)
        J.object([&] {
          J.attribute("factory", R.Factory);
          J.attribute("mask", R.Mask);
          J.attribute("post", R.PostMask);
          Located("at", R.Where);
          Located("maskAt", R.MaskWhere);
          Located("postAt", R.PostMaskWhere);
          auto WriteBits = [&](llvm::StringRef Name,
                               const std::vector<std::pair<uint32_t, SummaryLocation>> &Bits) {
            if (Bits.empty())
              return;
            J.attributeArray(Name, [&] {
              for (const auto &Bit : Bits) {
                J.arrayBegin();
                J.value(static_cast<int64_t>(Bit.first));
                writeLocation(J, Bit.second);
                J.arrayEnd();
              }
            });
          };
          WriteBits("bits", R.Bits);
          WriteBits("postBits", R.PostBits);
        });
    });
  if (!S.Factories.empty())
    J.attributeArray("factories", [&] {
      for (const SummaryFactory &F : S.Factories)
        J.object([&] {
          J.attribute("factory", F.Factory);
          J.attribute("module", F.Module);
          Located("at", F.Creation);
        });
    });
  if (!S.Modules.empty())
    J.attributeArray("modules", [&] {
      for (const SummaryModule &M : S.Modules)
        J.object([&] {
          J.attribute("usr", M.Usr);
          J.attribute("name", M.Name);
          Located("at", M.Where);
          J.attributeArray("overrides", [&] {
            for (const SummaryModule::Override &O : M.Overrides)
              J.object([&] {
                J.attribute("handler", O.Handler);
                J.attribute("name", O.Name);
                if (!O.Own)
                  J.attribute("inherited", true);
                Located("at", O.Where);
              });
          });
        });
    });
  if (!S.EntryPoints.empty())
    J.attributeArray("entryPoints", [&] {
      for (const SummaryLocation &L : S.EntryPoints)
        writeLocation(J, L);
    });
  if (!S.DefinitionExports.empty())
    J.attributeArray("defExports", [&] {
      for (const auto &Export : S.DefinitionExports)
        J.object([&] {
          J.attribute("file", Export.first);
          J.attribute("line", static_cast<int64_t>(Export.second));
        });
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
    if (S.Producer != summaryProducer())
      return llvm::createStringError(
          std::errc::invalid_argument,
          "'%s' was written by %s; this link step is %s: re-run the per-TU pass with "
          "this iis-tidy",
          Path.str().c_str(), S.Producer.empty() ? "an unknown producer" : S.Producer.c_str(),
          summaryProducer().str().c_str());
    S.MainFile = O->getString("main").value_or("").str();
    S.CompileKey = O->getString("key").value_or("").str();
    S.MaxCallDepth = static_cast<unsigned>(O->getInteger("maxCallDepth").value_or(8));
    if (const json::Array *Inputs = O->getArray("inputs"))
      for (const json::Value &V : *Inputs)
        if (const json::Object *I = V.getAsObject())
          S.Inputs.push_back(
              {I->getString("file").value_or("").str(), I->getString("hash").value_or("").str()});
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
    if (const json::Array *Registrations = O->getArray("registrations"))
      for (const json::Value &V : *Registrations)
        if (const json::Object *R = V.getAsObject()) {
          SummaryRegistration Registration{R->getString("factory").value_or("").str(),
                                           R->getInteger("mask").value_or(-1),
                                           R->getInteger("post").value_or(-1),
                                           location(R->get("at"), S),
                                           location(R->get("maskAt"), S),
                                           location(R->get("postAt"), S),
                                           {},
                                           {}};
          for (const auto &[Name, Bits] :
               {std::pair<llvm::StringRef, std::vector<std::pair<uint32_t, SummaryLocation>> *>{
                    "bits", &Registration.Bits},
                {"postBits", &Registration.PostBits}})
            if (const json::Array *List = R->getArray(Name))
              for (const json::Value &Entry : *List)
                if (const json::Array *Pair = Entry.getAsArray(); Pair && Pair->size() == 2)
                  Bits->push_back({static_cast<uint32_t>((*Pair)[0].getAsInteger().value_or(0)),
                                   location(&(*Pair)[1], S)});
          S.Registrations.push_back(std::move(Registration));
        }
    if (const json::Array *Factories = O->getArray("factories"))
      for (const json::Value &V : *Factories)
        if (const json::Object *F = V.getAsObject())
          S.Factories.push_back({F->getString("factory").value_or("").str(),
                                 F->getString("module").value_or("").str(),
                                 location(F->get("at"), S)});
    if (const json::Array *EntryPoints = O->getArray("entryPoints"))
      for (const json::Value &V : *EntryPoints)
        S.EntryPoints.push_back(location(&V, S));
    if (const json::Array *Defs = O->getArray("defExports"))
      for (const json::Value &V : *Defs)
        if (const json::Object *D = V.getAsObject())
          S.DefinitionExports.push_back({D->getString("file").value_or("").str(),
                                         static_cast<unsigned>(D->getInteger("line").value_or(0))});
    if (const json::Array *Modules = O->getArray("modules"))
      for (const json::Value &V : *Modules)
        if (const json::Object *M = V.getAsObject()) {
          SummaryModule Module;
          Module.Usr = M->getString("usr").value_or("").str();
          Module.Name = M->getString("name").value_or("").str();
          Module.Where = location(M->get("at"), S);
          if (const json::Array *Overrides = M->getArray("overrides"))
            for (const json::Value &OV : *Overrides)
              if (const json::Object *Ov = OV.getAsObject())
                Module.Overrides.push_back({Ov->getString("handler").value_or("").str(),
                                            Ov->getString("name").value_or("").str(),
                                            !Ov->getBoolean("inherited").value_or(false),
                                            location(Ov->get("at"), S)});
          S.Modules.push_back(std::move(Module));
        }
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
                                   "'%s' is not a valid iis-tidy summary: %s", Path.str().c_str(),
                                   Why.str().c_str());
  }

  llvm::StringRef Path;
  std::string Problem;
};

} // namespace

llvm::Expected<TranslationUnitSummary> parseSummary(llvm::StringRef Text, llvm::StringRef Path) {
  llvm::Expected<json::Value> Root = json::parse(Text);
  if (!Root)
    return llvm::createStringError(std::errc::invalid_argument,
                                   "'%s' is not a valid iis-tidy summary: %s", Path.str().c_str(),
                                   llvm::toString(Root.takeError()).c_str());
  return Reader(Path).read(*Root);
}

std::string summaryFileName(const TranslationUnitSummary &Summary) {
  return (llvm::sys::path::stem(Summary.MainFile) + "-" +
          contentHash(Summary.MainFile + "\n" + Summary.CompileKey) + SummarySuffix)
      .str();
}

llvm::Error writeSummary(const TranslationUnitSummary &Summary, llvm::StringRef Directory) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Directory))
    return llvm::createStringError(EC, "cannot create summary directory '%s': %s",
                                   Directory.str().c_str(), EC.message().c_str());
  llvm::SmallString<256> Final(Directory);
  llvm::sys::path::append(Final, summaryFileName(Summary));
  llvm::SmallString<256> Temporary;
  int FD;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Final + ".tmp-%%%%%%%%", FD, Temporary))
    return llvm::createStringError(EC, "cannot write summary '%s': %s", Final.c_str(),
                                   EC.message().c_str());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << summaryToJSON(Summary);
    if (OS.has_error()) {
      llvm::sys::fs::remove(Temporary);
      return llvm::createStringError(OS.error(), "cannot write summary '%s'", Final.c_str());
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temporary, Final)) {
    llvm::sys::fs::remove(Temporary);
    return llvm::createStringError(EC, "cannot write summary '%s': %s", Final.c_str(),
                                   EC.message().c_str());
  }
  // Another compile command of the same source left its own summary: it is
  // not this source's any more.
  std::string Prefix = (llvm::sys::path::stem(Summary.MainFile) + "-").str();
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End; !EC && It != End;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (!Name.starts_with(Prefix) || !Name.ends_with(SummarySuffix) || It->path() == Final)
      continue;
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Other =
        llvm::MemoryBuffer::getFile(It->path());
    if (!Other)
      continue;
    // Also one of another version or producer: only its main file matters.
    llvm::Expected<json::Value> Parsed = json::parse((*Other)->getBuffer());
    if (!Parsed) {
      llvm::consumeError(Parsed.takeError());
      continue;
    }
    const json::Object *O = Parsed->getAsObject();
    if (O && O->getString("main") == llvm::StringRef(Summary.MainFile))
      llvm::sys::fs::remove(It->path());
  }
  return llvm::Error::success();
}

std::optional<StaleInput> staleInput(const TranslationUnitSummary &Summary) {
  for (const SummaryInput &Input : Summary.Inputs) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
        llvm::MemoryBuffer::getFile(Input.File, /*IsText=*/false);
    if (!Buffer)
      return StaleInput{Input.File, true};
    if (contentHash((*Buffer)->getBuffer()) != Input.Hash)
      return StaleInput{Input.File, false};
  }
  return std::nullopt;
}

void linkModule(const std::vector<TranslationUnitSummary> &Summaries, unsigned MaxCallDepth,
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

  CallChainWalker<unsigned, SummaryCall> Walker(MaxCallDepth);
  using Step = CallChainWalker<unsigned, SummaryCall>::Step;
  for (unsigned Handler : Handlers) {
    const Node &Root = Nodes[Handler];
    Walker.walk(
        Handler,
        [&](unsigned N) -> const std::vector<SummaryCall> & { return Nodes[N].Function->Calls; },
        [&](const SummaryCall &Call) -> std::optional<unsigned> {
          auto Callee = ByUsr.find(Call.Callee);
          return Callee == ByUsr.end() ? std::nullopt : std::optional<unsigned>(Callee->second);
        },
        [&](unsigned Current, llvm::ArrayRef<Step> Chain) {
          const Node &N = Nodes[Current];
          for (const SummaryAllocation &A : N.Function->Allocations) {
            if (!Reported.insert(Key(*N.TU, A.Where)).second)
              continue;
            CrossFinding Finding;
            Finding.Spelling = A.Spelling;
            Finding.Advice = A.Advice;
            Finding.FunctionName = N.Function->Name;
            Finding.File = N.TU->Files[A.Where.File];
            Finding.Where = A.Where;
            for (const Step &S : Chain) {
              const Node &Caller = Nodes[S.Caller];
              Finding.Chain.push_back({Caller.Function->Name, Nodes[S.Callee].Function->Name,
                                       S.Edge->IsConstruction, Caller.TU->Files[S.Edge->Where.File],
                                       S.Edge->Where});
            }
            Finding.HandlerName = Root.Function->Name;
            Finding.HandlerBase = Root.Function->Handler;
            Finding.HandlerFile = Root.TU->Files[Root.Function->Where.File];
            Finding.HandlerWhere = Root.Function->Where;
            Finding.Timing = Root.Function->Timing;
            Found(Finding);
          }
        });
  }
}

void linkEntryPoints(const std::vector<TranslationUnitSummary> &Summaries,
                     const std::function<void(const EntryPointFinding &)> &Found) {
  std::vector<std::pair<std::string, SummaryLocation>> Definitions;
  llvm::StringSet<> SeenDefinitions;
  std::vector<std::pair<std::string, unsigned>> Exports;
  llvm::StringSet<> SeenExports;
  const SummaryModule *AnyModule = nullptr;
  const TranslationUnitSummary *ModuleTU = nullptr;
  for (const TranslationUnitSummary &TU : Summaries) {
    for (const SummaryLocation &L : TU.EntryPoints)
      if (SeenDefinitions.insert(TU.Files[L.File] + ":" + std::to_string(L.Offset)).second)
        Definitions.push_back({TU.Files[L.File], L});
    for (const auto &Export : TU.DefinitionExports)
      if (SeenExports.insert(Export.first).second)
        Exports.push_back(Export);
    if (!AnyModule && !TU.Modules.empty()) {
      AnyModule = &TU.Modules.front();
      ModuleTU = &TU;
    }
  }
  if (Definitions.empty()) {
    for (const auto &[File, Line] : Exports)
      Found({EntryPointFinding::ExportedButUndefined, File, {0, Line, 1, 0}, "", {}});
    // A module with handlers but no entry point at all.
    if (Exports.empty() && AnyModule)
      Found({EntryPointFinding::Undefined,
             ModuleTU->Files[AnyModule->Where.File],
             AnyModule->Where,
             "",
             {}});
    return;
  }
  for (size_t I = 1; I < Definitions.size(); ++I)
    Found({EntryPointFinding::DefinedTwice, Definitions[I].first, Definitions[I].second,
           Definitions[0].first, Definitions[0].second});
}

void linkRegistrations(const std::vector<TranslationUnitSummary> &Summaries,
                       bool ReportUnregisteredHandlers,
                       const std::function<void(const CrossMaskFinding &)> &Found) {
  struct Creation {
    const TranslationUnitSummary *TU;
    const SummaryFactory *Factory;
  };
  struct ModuleDef {
    const TranslationUnitSummary *TU;
    const SummaryModule *Module;
  };
  llvm::StringMap<Creation> Factories;
  llvm::StringMap<ModuleDef> Modules;
  for (const TranslationUnitSummary &TU : Summaries) {
    for (const SummaryFactory &F : TU.Factories)
      Factories.try_emplace(F.Factory, Creation{&TU, &F});
    for (const SummaryModule &M : TU.Modules)
      Modules.try_emplace(M.Usr, ModuleDef{&TU, &M});
  }

  // Registrations of one module class add up, as in the per-TU check.
  struct Registered {
    std::vector<std::pair<const TranslationUnitSummary *, const SummaryRegistration *>> All;
    bool Unknown = false;
    uint32_t Mask = 0, PostMask = 0;
  };
  llvm::StringMap<Registered> ByModule;
  std::vector<std::string> Order;
  for (const TranslationUnitSummary &TU : Summaries)
    for (const SummaryRegistration &R : TU.Registrations) {
      auto Factory = Factories.find(R.Factory);
      if (Factory == Factories.end() || !Modules.count(Factory->second.Factory->Module))
        continue; // Not resolved in the whole module either: not guessed.
      const std::string &Module = Factory->second.Factory->Module;
      auto [It, Inserted] = ByModule.try_emplace(Module);
      if (Inserted)
        Order.push_back(Module);
      It->second.All.push_back({&TU, &R});
      if (R.Mask < 0 || R.PostMask < 0)
        It->second.Unknown = true;
      else {
        It->second.Mask |= static_cast<uint32_t>(R.Mask);
        It->second.PostMask |= static_cast<uint32_t>(R.PostMask);
      }
    }

  for (const std::string &ModuleUsr : Order) {
    const Registered &Reg = ByModule[ModuleUsr];
    const ModuleDef &Def = Modules[ModuleUsr];
    const Creation &Made = Factories[Reg.All.front().second->Factory];
    HandlerOverrides Overrides;
    llvm::StringMap<const SummaryModule::Override *> ByHandler;
    for (const SummaryModule::Override &O : Def.Module->Overrides)
      if (ByHandler.try_emplace(O.Handler, &O).second)
        Overrides[O.Handler] = O.Own;
    const std::string CreationFile = Made.TU->Files[Made.Factory->Creation.File];
    // A registered event whose handler is missing, at each registration.
    std::vector<RegisteredMask> Masks;
    for (const auto &[TU, R] : Reg.All)
      for (bool Post : {false, true}) {
        int64_t Mask = Post ? R->PostMask : R->Mask;
        RegisteredMask Registration{Mask < 0 ? std::nullopt
                                             : std::optional<uint32_t>(static_cast<uint32_t>(Mask)),
                                    Post, /*Global=*/false};
        Masks.push_back(Registration);
        for (const MaskMismatch &Missing : missingHandlers(Registration, Overrides)) {
          SummaryLocation At = Post ? R->PostMaskWhere : R->MaskWhere;
          for (const auto &[Bit, L] : Post ? R->PostBits : R->Bits)
            if (Bit == Missing.Event->Bit)
              At = L;
          Found({true, Def.Module->Name, Missing.Event->Constant.str(), Missing.Handler.str(), Post,
                 TU->Files[At.File], At, CreationFile, Made.Factory->Creation});
        }
      }
    if (!ReportUnregisteredHandlers)
      continue;
    // An override of the class itself whose event no registration includes.
    const auto &[FirstTU, First] = Reg.All.front();
    for (const MaskMismatch &Unregistered : unregisteredOverrides(Masks, Overrides)) {
      const SummaryModule::Override *O = ByHandler.lookup(Unregistered.Handler);
      Found({false, Def.Module->Name, Unregistered.Event->Constant.str(), O->Name,
             Unregistered.Post, Def.TU->Files[O->Where.File], O->Where,
             FirstTU->Files[First->Where.File], First->Where});
    }
  }
}

} // namespace iismodel
