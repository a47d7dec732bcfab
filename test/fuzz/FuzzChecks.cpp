//===--- FuzzChecks.cpp - libFuzzer harness for the iis-* checks ----------===//
//
// Parses a mutated source as a Windows C++ TU, with sdk/include/httpserv.h and
// the test mocks on the include path, and runs every iis-* check on it. The
// checks must never crash, hang or trip a sanitizer, whatever the input.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace clang;

// Set by CMake: the repository's sdk/include and test/Inputs.
#ifndef IIS_FUZZ_SDK_INCLUDE
#error "IIS_FUZZ_SDK_INCLUDE must name sdk/include"
#endif

static const char *Target() {
  // IIS_FUZZ_TARGET lets a run cover x86 (the __stdcall and export paths).
  const char *FromEnv = std::getenv("IIS_FUZZ_TARGET");
  return FromEnv ? FromEnv : "x86_64-pc-windows-msvc";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const std::string TargetFlag = std::string("--target=") + Target();
  auto InMemory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  // The compile directory must exist on the real file system too: the tool
  // changes into it on every layer of the overlay.
  InMemory->addFile("/tmp/iis-fuzz-input.cpp", 0,
                    llvm::MemoryBuffer::getMemBufferCopy(
                        llvm::StringRef(reinterpret_cast<const char *>(Data), Size)));
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(llvm::vfs::getRealFileSystem());
  FS->pushOverlay(InMemory);

  tidy::ClangTidyOptions Options = tidy::ClangTidyOptions::getDefaults();
  Options.Checks = "-*,iis-*";
  // Exercise the options too: containers, GetHttpModule, a deep walk.
  Options.CheckOptions["iis-request-heap-allocation.IncludeContainers"] = {"true"};
  Options.CheckOptions["iis-request-heap-allocation.CheckGetHttpModule"] = {"true"};
  Options.CheckOptions["iis-request-heap-allocation.MaxCallDepth"] = {"32"};
  tidy::ClangTidyContext Context(
      std::make_unique<tidy::DefaultOptionsProvider>(tidy::ClangTidyGlobalOptions(), Options));

  tooling::FixedCompilationDatabase Database(
      "/tmp", {TargetFlag, "-std=c++17", "-fms-extensions", "-fcxx-exceptions",
               "-I" IIS_FUZZ_SDK_INCLUDE, "-I" IIS_FUZZ_TEST_INPUTS, "-ferror-limit=0"});
  tidy::runClangTidy(Context, Database, {"/tmp/iis-fuzz-input.cpp"}, FS,
                     /*ApplyAnyFix=*/false, /*EnableCheckProfile=*/false,
                     /*StoreCheckProfile=*/"", /*Quiet=*/true);
  return 0;
}
