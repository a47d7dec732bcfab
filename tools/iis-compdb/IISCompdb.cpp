//===--- IISCompdb.cpp - A Linux compile_commands.json for a VS module ----===//
//
// Writes the compilation database of a Visual Studio solution, project or
// folder, for one configuration, with iis-tidy's Windows-compatibility layer
// in every command: clang-tidy, run-clang-tidy, clangd and iis-clangd then
// parse the module on Linux as MSVC would on Windows.
//
//   iis-compdb [--configuration='Release|x64'] -o BUILD_DIR PATH
//
//===----------------------------------------------------------------------===//

#include "compat/CompileDatabase.h"
#include "compat/Overlay.h"
#include "support/FileAccess.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace iismodel;

static cl::OptionCategory Category("iis-compdb options");
static cl::opt<std::string> Input(cl::Positional, cl::Required,
                                  cl::desc("<.sln, .vcxproj, .vcproj, CMakeLists.txt or folder>"),
                                  cl::cat(Category));
static cl::opt<std::string>
    Output("o", cl::Required,
           cl::desc("Build directory: compile_commands.json and the overlay go there"),
           cl::cat(Category));
static cl::opt<std::string>
    Configuration("configuration",
                  cl::desc("Project configuration, e.g. 'Debug|Win32' (default: Release|x64, else "
                           "Release|Win32, else the first)"),
                  cl::cat(Category));
static cl::opt<std::string> SdkDirectory("sdk", cl::init(IIS_TIDY_SDK_DIR),
                                         cl::desc("iis-tidy's sdk folder (include/ and compat/)"),
                                         cl::cat(Category));
static cl::opt<bool> Quiet("quiet", cl::desc("Print only errors"), cl::cat(Category));

static int error(const Twine &Message) {
  WithColor::error(errs(), "iis-compdb") << Message << "\n";
  return 1;
}

static void report(const CompileDatabasePlan &Plan, const OverlayStatistics &Overlay,
                   StringRef Database) {
  for (const std::string &Note : Plan.Notes)
    WithColor::note(errs(), "iis-compdb") << Note << "\n";
  for (const std::string &File : Overlay.Transcoded)
    WithColor::note(errs(), "iis-compdb") << "'" << File << "' is UTF-16: read as UTF-8\n";
  if (Overlay.Truncated)
    WithColor::warning(errs(), "iis-compdb")
        << "the header overlay stopped at its size limit: case-insensitive lookup covers part "
           "of the tree\n";
  for (const auto &[Project, Config] : Plan.Projects)
    errs() << "iis-compdb: " << Project << " (" << Config << ")\n";
  errs() << "iis-compdb: " << Plan.Entries.size() << " source(s) -> " << Database << "\n";
}

int main(int argc, const char **argv) {
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(argc, argv, "Linux compilation database for an IIS module\n");
  std::string BuildDirectory = absolutePath(Output);
  SmallString<256> CompatDirectory(BuildDirectory);
  sys::path::append(CompatDirectory, "iis-compat");
  if (std::error_code EC = sys::fs::create_directories(CompatDirectory))
    return error("cannot create '" + CompatDirectory + "': " + EC.message());
  std::string OverlayFile = (CompatDirectory + "/overlay.yaml").str();
  std::string Sdk = absolutePath(SdkDirectory);
  CompatToolchain Toolchain = findCompatToolchain(Sdk + "/include", Sdk + "/compat");
  Toolchain.Compiler = IIS_TIDY_CLANGXX;

  Expected<CompileDatabasePlan> Plan =
      planCompileDatabase(Input, Configuration, Toolchain, OverlayFile);
  if (!Plan)
    return error(toString(Plan.takeError()));
  Expected<OverlayStatistics> Overlay =
      writeCompatOverlay(Plan->OverlayRoots, OverlayFile, (CompatDirectory + "/utf8").str());
  if (!Overlay)
    return error(toString(Overlay.takeError()));
  std::string Database = BuildDirectory + "/compile_commands.json";
  if (Error Failed = writeFileIfChanged(Database, compileDatabaseJSON(Plan->Entries)))
    return error(toString(std::move(Failed)));
  if (Error Failed = writeFileIfChanged((CompatDirectory + "/precompiled-headers.json").str(),
                                        precompiledHeadersJSON(Plan->Entries)))
    return error(toString(std::move(Failed)));
  if (!Quiet)
    report(*Plan, *Overlay, Database);
  return 0;
}
