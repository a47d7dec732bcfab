//===--- Overlay.cpp - Windows file lookup for clang on Linux -------------===//

#include "compat/Overlay.h"
#include "support/FileAccess.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

/// Bounds the listing of a huge tree (a vendored SDK, node_modules).
static constexpr unsigned MaxOverlayFiles = 60000;
static constexpr unsigned MaxOverlayDepth = 12;

bool isSourceOrHeader(llvm::StringRef Path) {
  llvm::StringRef Extension = path::extension(Path);
  if (Extension.empty())
    return false;
  for (llvm::StringRef Known : {".h", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".ipp", ".tlh", ".tli",
                                ".inc", ".c", ".cc", ".cpp", ".cxx", ".c++"})
    if (Extension.equals_insensitive(Known))
      return true;
  return false;
}

namespace {

bool isUTF16(llvm::StringRef Text) {
  return Text.starts_with("\xFF\xFE") || Text.starts_with("\xFE\xFF");
}

class OverlayWriter {
public:
  explicit OverlayWriter(llvm::StringRef TranscodeDirectory)
      : TranscodeDirectory(TranscodeDirectory) {}

  llvm::json::Value directory(llvm::StringRef Directory, unsigned Depth) {
    llvm::json::Array Contents;
    std::vector<std::pair<std::string, fs::file_type>> Entries;
    std::error_code EC;
    for (fs::directory_iterator Entry(Directory, EC), End; !EC && Entry != End; Entry.increment(EC))
      Entries.push_back({Entry->path(), Entry->type()});
    llvm::sort(Entries);
    for (const auto &[Path, Type] : Entries) {
      llvm::StringRef Name = path::filename(Path);
      if (Statistics.Files >= MaxOverlayFiles) {
        Statistics.Truncated = true;
        break;
      }
      if (Type == fs::file_type::directory_file) {
        if (Name.starts_with(".") || Depth >= MaxOverlayDepth)
          continue;
        llvm::json::Value Sub = directory(Path, Depth + 1);
        if (!Sub.getAsObject()->getArray("contents")->empty())
          Contents.push_back(std::move(Sub));
      } else if (isSourceOrHeader(Name)) {
        Contents.push_back(file(Path));
      }
    }
    ++Statistics.Directories;
    return llvm::json::Object{{"type", "directory"},
                              {"name", (Depth == 0 ? Directory : path::filename(Directory)).str()},
                              {"contents", std::move(Contents)}};
  }

  OverlayStatistics Statistics;

private:
  llvm::json::Value file(llvm::StringRef Path) {
    ++Statistics.Files;
    llvm::json::Object Entry{
        {"type", "file"}, {"name", path::filename(Path).str()}, {"external-contents", Path.str()}};
    if (std::optional<std::string> Copy = transcoded(Path)) {
      Entry["external-contents"] = *Copy;
      // Diagnostics name the user's file, not the copy.
      Entry["use-external-name"] = false;
    }
    return std::move(Entry);
  }

  // A UTF-8 copy of a UTF-16 file, or none.
  std::optional<std::string> transcoded(llvm::StringRef Path) {
    // Two bytes tell; only a UTF-16 file is read whole.
    auto Mark = llvm::MemoryBuffer::getFileSlice(Path, 2, 0);
    if (!Mark || !isUTF16((*Mark)->getBuffer()))
      return std::nullopt;
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false);
    if (!Buffer)
      return std::nullopt;
    std::string UTF8;
    llvm::StringRef Text = (*Buffer)->getBuffer();
    if (!llvm::convertUTF16ToUTF8String(llvm::ArrayRef<char>(Text.data(), Text.size()), UTF8))
      return std::nullopt;
    llvm::SmallString<256> Copy(TranscodeDirectory);
    path::append(Copy, contentHash(Path) + "-" + path::filename(Path).str());
    if (fs::create_directories(TranscodeDirectory))
      return std::nullopt;
    if (llvm::Error Failed = writeFileIfChanged(Copy, UTF8)) {
      llvm::consumeError(std::move(Failed));
      return std::nullopt;
    }
    Statistics.Transcoded.push_back(Path.str());
    return std::string(Copy);
  }

  std::string TranscodeDirectory;
};

// The existing folders of \p Roots that no other one contains: an overlay
// lists each file once.
std::vector<std::string> outermost(const std::vector<std::string> &Roots) {
  std::vector<std::string> Sorted;
  for (const std::string &Root : Roots)
    if (fs::is_directory(Root))
      Sorted.push_back(Root);
  llvm::sort(Sorted);
  std::vector<std::string> Result;
  for (const std::string &Root : Sorted)
    if (Result.empty() ||
        !(Root == Result.back() || llvm::StringRef(Root).starts_with(Result.back() + "/")))
      Result.push_back(Root);
  return Result;
}

} // namespace

llvm::Expected<OverlayStatistics> writeCompatOverlay(const std::vector<std::string> &Roots,
                                                     llvm::StringRef OverlayPath,
                                                     llvm::StringRef TranscodeDirectory) {
  OverlayWriter Writer(TranscodeDirectory);
  llvm::json::Array Directories;
  for (const std::string &Root : outermost(Roots))
    Directories.push_back(Writer.directory(Root, 0));
  llvm::json::Object Overlay{{"version", 0},
                             {"case-sensitive", "false"},
                             {"overlay-relative", "false"},
                             {"roots", std::move(Directories)}};
  if (llvm::Error Failed = writeFileIfChanged(
          OverlayPath, llvm::formatv("{0:1}\n", llvm::json::Value(std::move(Overlay))).str()))
    return std::move(Failed);
  return Writer.Statistics;
}

} // namespace iismodel
