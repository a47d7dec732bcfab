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
#include <deque>

namespace iismodel {

namespace json = llvm::json;

llvm::StringRef summaryProducer() { return IIS_TIDY_PRODUCER; }

llvm::StringRef TranslationUnitSummary::option(llvm::StringRef Name,
                                               llvm::StringRef Default) const {
  auto It = CheckOptions.find(Name.str());
  return It == CheckOptions.end() ? Default : llvm::StringRef(It->second);
}

bool TranslationUnitSummary::enabled(llvm::StringRef Check) const {
  return llvm::is_contained(EnabledChecks, Check);
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

void addConfigurationInputs(TranslationUnitSummary &Summary) {
  llvm::SmallString<256> Directory(Summary.MainFile);
  llvm::sys::path::remove_filename(Directory);
  for (unsigned Level = 0; !Directory.empty() && Level < 64; ++Level) {
    llvm::SmallString<256> Config(Directory);
    llvm::sys::path::append(Config, ".clang-tidy");
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        llvm::MemoryBuffer::getFile(Config, /*IsText=*/false);
    Summary.Inputs.push_back({std::string(Config), Text ? contentHash((*Text)->getBuffer()) : ""});
    llvm::StringRef Parent = llvm::sys::path::parent_path(Directory);
    if (Parent == Directory)
      break;
    Directory = Parent;
  }
}

std::optional<StaleInput> staleInput(const TranslationUnitSummary &Summary) {
  for (const SummaryInput &Input : Summary.Inputs) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
        llvm::MemoryBuffer::getFile(Input.File, /*IsText=*/false);
    if (Input.Hash.empty()) {
      if (Buffer) // A configuration file that appeared since.
        return StaleInput{Input.File, false};
      continue;
    }
    if (!Buffer)
      return StaleInput{Input.File, true};
    if (contentHash((*Buffer)->getBuffer()) != Input.Hash)
      return StaleInput{Input.File, false};
  }
  return std::nullopt;
}

} // namespace iismodel
