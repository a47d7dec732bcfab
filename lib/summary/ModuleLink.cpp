//===--- ModuleLink.cpp - Whole-module analysis over TU summaries ---------===//

#include "summary/ModuleLink.h"
#include "iisapi/MaskRule.h"
#include "memory/CallChains.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"

namespace iismodel {

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
          // The unit that holds the site decides, as its per-TU run would.
          if (!N.TU->enabled(HeapCheckName))
            return;
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

bool moduleSeenWhole(const std::vector<TranslationUnitSummary> &Summaries, bool AllSourcesSeen) {
  return AllSourcesSeen &&
         llvm::all_of(Summaries, [](const TranslationUnitSummary &TU) { return TU.Complete; });
}

bool linkEntryPoints(const std::vector<TranslationUnitSummary> &Summaries, bool AllSourcesSeen,
                     const std::function<void(const EntryPointFinding &)> &Found) {
  std::vector<std::pair<std::string, SummaryLocation>> Definitions;
  llvm::StringSet<> SeenDefinitions;
  std::vector<DefinitionExport> Exports;
  llvm::StringSet<> SeenExports;
  const SummaryModule *AnyModule = nullptr;
  const TranslationUnitSummary *ModuleTU = nullptr;
  for (const TranslationUnitSummary &TU : Summaries) {
    for (const SummaryLocation &L : TU.EntryPoints)
      if (SeenDefinitions.insert(TU.Files[L.File] + ":" + std::to_string(L.Offset)).second)
        Definitions.push_back({TU.Files[L.File], L});
    for (const auto &Export : TU.DefinitionExports)
      if (SeenExports.insert(Export.File).second)
        Exports.push_back(Export);
    if (!AnyModule && !TU.Modules.empty()) {
      AnyModule = &TU.Modules.front();
      ModuleTU = &TU;
    }
  }
  if (llvm::none_of(Summaries,
                    [](const TranslationUnitSummary &TU) { return TU.enabled(ExportCheckName); }))
    return true;
  if (Definitions.empty()) {
    // "Defined nowhere" is only as good as what was seen.
    if (!moduleSeenWhole(Summaries, AllSourcesSeen))
      return false;
    for (const auto &[File, Line] : Exports)
      Found({EntryPointFinding::ExportedButUndefined, File, {0, Line, 1, 0}, "", {}});
    // A module with handlers but no entry point at all.
    if (Exports.empty() && AnyModule)
      Found({EntryPointFinding::Undefined,
             ModuleTU->Files[AnyModule->Where.File],
             AnyModule->Where,
             "",
             {}});
    return true;
  }
  for (size_t I = 1; I < Definitions.size(); ++I)
    Found({EntryPointFinding::DefinedTwice, Definitions[I].first, Definitions[I].second,
           Definitions[0].first, Definitions[0].second});
  return true;
}

// The override as the rule needs it; whether its body is a stub comes from
// the summary of the TU that defines it, when one does.
static OverrideFacts overrideFacts(const SummaryModule::Override &O,
                                   const llvm::StringMap<const SummaryFunction *> &Definitions) {
  OverrideFacts Facts;
  Facts.Own = O.Own;
  if (const SummaryFunction *Definition = Definitions.lookup(O.Usr)) {
    Facts.Stub = Definition->Stub;
    Facts.Effect = Definition->Effect;
  }
  return Facts;
}

bool linkRegistrations(const std::vector<TranslationUnitSummary> &Summaries, bool AllSourcesSeen,
                       const std::function<void(const CrossMaskFinding &)> &Found) {
  // Registrations add up, and an unseen source may hold one more: each
  // verdict here rests on what no source showed.
  if (!moduleSeenWhole(Summaries, AllSourcesSeen))
    return false;
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
  llvm::StringMap<const SummaryFunction *> Definitions;
  for (const TranslationUnitSummary &TU : Summaries) {
    for (const SummaryFunction &F : TU.Functions)
      if (!F.Handler.empty())
        Definitions.try_emplace(F.Usr, &F);
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
        Overrides[O.Handler] = overrideFacts(O, Definitions);
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
        if (!TU->enabled(MaskCheckName))
          continue;
        for (const MaskMismatch &Missing : missingHandlers(Registration, Overrides)) {
          SummaryLocation At = Post ? R->PostMaskWhere : R->MaskWhere;
          for (const auto &[Bit, L] : Post ? R->PostBits : R->Bits)
            if (Bit == Missing.Event->Bit)
              At = L;
          Found({true, Def.Module->Name, Missing.Event->Constant.str(), Missing.Handler.str(), Post,
                 TU->Files[At.File], At, CreationFile, Made.Factory->Creation, ""});
        }
      }
    // The option as the module class's own translation unit was checked.
    if (!Def.TU->enabled(MaskCheckName) ||
        Def.TU->option(ReportUnregisteredHandlersOption, "true") != "true")
      continue;
    // An override of the class itself whose event no registration includes.
    const auto &[FirstTU, First] = Reg.All.front();
    for (const MaskMismatch &Unregistered : unregisteredOverrides(Masks, Overrides)) {
      const SummaryModule::Override *O = ByHandler.lookup(Unregistered.Handler);
      Found({false, Def.Module->Name, Unregistered.Event->Constant.str(), O->Name,
             Unregistered.Post, Def.TU->Files[O->Where.File], O->Where,
             FirstTU->Files[First->Where.File], First->Where, Unregistered.EffectClause});
    }
  }
  return true;
}

} // namespace iismodel
