//===--- RequestHeapOptions.cpp - iis-request-heap-allocation's options ---===//

#include "RequestHeapOptions.h"
#include "IISCheck.h"
#include "SourceEdits.h"
#include "clang-tidy/utils/OptionsUtils.h"

namespace clang::tidy::iis {

static constexpr unsigned DefaultMaxCallDepth = 8;

RequestHeapOptions::RequestHeapOptions(const ClangTidyCheck::OptionsView &Options,
                                       ClangTidyContext *Report)
    : MaxCallDepth(readUnsignedOption(Options, RequestHeapAllocationName, "MaxCallDepth",
                                      DefaultMaxCallDepth, Report)),
      AllocationFunctions(Options.get("AllocationFunctions", "")),
      IgnoredFunctions(Options.get("IgnoredFunctions", "")),
      IncludeContainers(
          readBoolOption(Options, RequestHeapAllocationName, "IncludeContainers", false, Report)),
      ContainerTypes(Options.get("ContainerTypes", iismodel::DefaultContainerTypes)),
      CheckGetHttpModule(
          readBoolOption(Options, RequestHeapAllocationName, "CheckGetHttpModule", false, Report)),
      SummaryDirectory(Options.get("SummaryDirectory", "")) {}

void RequestHeapOptions::store(const ClangTidyCheck::OptionsView &Options,
                               ClangTidyOptions::OptionMap &Opts) const {
  Options.store(Opts, "SummaryDirectory", SummaryDirectory);
  Options.store(Opts, "MaxCallDepth", MaxCallDepth);
  Options.store(Opts, "AllocationFunctions", AllocationFunctions);
  Options.store(Opts, "IgnoredFunctions", IgnoredFunctions);
  Options.store(Opts, "IncludeContainers", IncludeContainers);
  Options.store(Opts, "ContainerTypes", ContainerTypes);
  Options.store(Opts, "CheckGetHttpModule", CheckGetHttpModule);
}

iismodel::AllocationCatalogue
RequestHeapOptions::catalogue(llvm::function_ref<void(StringRef Entry)> OnInvalidEntry) const {
  iismodel::AllocationCatalogue Catalogue;
  for (StringRef Entry : utils::options::parseStringList(AllocationFunctions)) {
    auto [FunctionName, FamilyName] = splitOptionEntry(Entry);
    FunctionName = FunctionName.trim();
    FamilyName = FamilyName.trim();
    std::optional<iismodel::AllocationFamily> Family =
        FamilyName.empty() ? iismodel::AllocationFamily::CRuntime
                           : iismodel::familyByOptionName(FamilyName);
    if (FunctionName.empty() || FunctionName == "::" || !Family) {
      OnInvalidEntry(Entry);
      continue;
    }
    Catalogue.add(FunctionName, *Family);
  }
  for (StringRef Entry : utils::options::parseStringList(IgnoredFunctions))
    Catalogue.ignore(Entry);
  return Catalogue;
}

iismodel::ReachOptions RequestHeapOptions::reachOptions() const {
  iismodel::ReachOptions Reach;
  Reach.MaxCallDepth = MaxCallDepth;
  Reach.IncludeContainers = IncludeContainers;
  for (StringRef Type : utils::options::parseStringList(ContainerTypes))
    Reach.ContainerTypes.push_back(Type.str());
  return Reach;
}

} // namespace clang::tidy::iis
