//===--- FileAccess.cpp - Reading the user's build files safely -----------===//

#include "support/FileAccess.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readBoundedFile(llvm::StringRef Path, llvm::StringRef Kind, uint64_t MaxSize) {
  auto CannotRead = [&](std::error_code EC) {
    return llvm::createStringError(EC, "cannot read " + Kind + " '" + Path + "': " + EC.message());
  };
  fs::file_status Status;
  if (std::error_code EC = fs::status(Path, Status))
    return CannotRead(EC);
  if (Status.type() != fs::file_type::regular_file)
    return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                   Kind + " '" + Path + "' is not a regular file; not read");
  if (Status.getSize() > MaxSize)
    return llvm::createStringError(std::make_error_code(std::errc::file_too_large),
                                   Kind + " '" + Path + "' is " + llvm::Twine(Status.getSize()) +
                                       " bytes, larger than the " + llvm::Twine(MaxSize) +
                                       " bytes a " + Kind + " can plausibly be; not read");
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return CannotRead(Buffer.getError());
  return std::move(*Buffer);
}

std::optional<std::string> findRepositoryRoot(llvm::StringRef Directory, unsigned MaxLevels) {
  std::string Start = absolutePath(Directory);
  unsigned Level = 0;
  for (llvm::StringRef Dir = Start; !Dir.empty() && Level <= MaxLevels;
       Dir = path::parent_path(Dir), ++Level) {
    for (llvm::StringRef Marker : {".git", ".hg", ".svn"}) {
      llvm::SmallString<256> Candidate(Dir);
      path::append(Candidate, Marker);
      if (fs::exists(Candidate))
        return Dir.str();
    }
  }
  return std::nullopt;
}

std::string contentHash(llvm::StringRef Data) {
  return llvm::utohexstr(llvm::xxh3_64bits(Data), /*LowerCase=*/true, /*Width=*/16);
}

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  fs::make_absolute(Absolute);
  path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return std::string(Absolute);
}

llvm::Error writeFileIfChanged(llvm::StringRef Path, llvm::StringRef Text) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Old =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false);
  if (Old && (*Old)->getBuffer() == Text)
    return llvm::Error::success();
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC);
  if (!EC) {
    Out << Text;
    Out.close();
    EC = Out.error();
  }
  if (EC)
    return llvm::createStringError(EC, "cannot write '" + Path + "': " + EC.message());
  return llvm::Error::success();
}

} // namespace iismodel
