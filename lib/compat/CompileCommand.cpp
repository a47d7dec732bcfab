//===--- CompileCommand.cpp - Parsing a Visual Studio project on Linux ----===//

#include "compat/CompileCommand.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace iismodel {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

static std::string posixLibStdCxx(llvm::StringRef Triple) {
  std::error_code EC;
  std::string Best;
  std::string Root = ("/usr/lib/gcc/" + Triple).str();
  for (fs::directory_iterator Entry(Root, EC), End; !EC && Entry != End; Entry.increment(EC))
    if (path::filename(Entry->path()).ends_with("-posix") &&
        fs::is_directory(Entry->path() + "/include/c++"))
      Best = std::max(Best, Entry->path());
  return Best;
}

CompatToolchain findCompatToolchain(llvm::StringRef SdkInclude, llvm::StringRef CompatInclude) {
  CompatToolchain Toolchain;
  Toolchain.SdkInclude = SdkInclude.str();
  Toolchain.CompatInclude = CompatInclude.str();
  Toolchain.PosixLibStdCxx64 = posixLibStdCxx("x86_64-w64-mingw32");
  Toolchain.PosixLibStdCxx32 = posixLibStdCxx("i686-w64-mingw32");
  return Toolchain;
}

const ProjectConfiguration *selectConfiguration(const ProjectFile &Project,
                                                llvm::StringRef Wanted) {
  auto Named = [&](llvm::StringRef Name) -> const ProjectConfiguration * {
    for (const ProjectConfiguration &Config : Project.Configurations)
      if (llvm::StringRef(Config.Name).equals_insensitive(Name))
        return &Config;
    return nullptr;
  };
  if (!Wanted.empty())
    return Named(Wanted);
  for (llvm::StringRef Default : {"Release|x64", "Release|Win32"})
    if (const ProjectConfiguration *Config = Named(Default))
      return Config;
  return Project.Configurations.empty() ? nullptr : &Project.Configurations.front();
}

namespace {

// The command line, built in the order clang searches: the project's
// folders, then iis-tidy's headers, then the toolchain's.
class ArgumentBuilder {
public:
  explicit ArgumentBuilder(const CompatToolchain &Toolchain) : Toolchain(Toolchain) {}

  void target(bool X86, bool IsC, llvm::StringRef LanguageStandard) {
    Args.push_back(X86 ? "--target=i686-w64-mingw32" : "--target=x86_64-w64-mingw32");
    Args.push_back("-fms-extensions");
    if (IsC) {
      Args.insert(Args.end(), {"-x", "c", "-std=gnu11"});
    } else {
      Args.push_back("-std=" + cxxStandard(LanguageStandard));
      PosixLibStdCxx = X86 ? Toolchain.PosixLibStdCxx32 : Toolchain.PosixLibStdCxx64;
      Triple = X86 ? "i686-w64-mingw32" : "x86_64-w64-mingw32";
    }
    // What MSVC accepts and clang warns about; -Wno only, errors stay.
    Args.insert(Args.end(),
                {"-Wno-nonportable-include-path", "-Wno-unknown-pragmas", "-Wno-pragma-pack",
                 "-Wno-ignored-attributes", "-Wno-invalid-source-encoding", "-Wno-microsoft"});
  }

  void define(llvm::StringRef Definition) {
    if (Definition.empty() || Definition.contains("%(") || Definition.contains("$("))
      return;
    std::string Name = Definition.split('=').first.str();
    if (!llvm::is_contained(Defined, Name)) {
      Defined.push_back(Name);
      Args.push_back(("-D" + Definition).str());
    }
  }

  void include(llvm::StringRef Directory) {
    if (!Directory.empty() && !llvm::is_contained(Included, Directory)) {
      Included.push_back(Directory.str());
      Args.push_back(("-I" + Directory).str());
    }
  }

  void forcedInclude(llvm::StringRef File) { Args.insert(Args.end(), {"-include", File.str()}); }

  std::vector<std::string> finish(llvm::StringRef OverlayFile) {
    for (const std::string &Directory : {Toolchain.SdkInclude, Toolchain.CompatInclude})
      if (!Directory.empty())
        Args.insert(Args.end(), {"-isystem", Directory});
    if (!PosixLibStdCxx.empty()) {
      std::string Cxx = PosixLibStdCxx + "/include/c++";
      Args.insert(Args.end(), {"-nostdinc++", "-isystem", Cxx, "-isystem", Cxx + "/" + Triple,
                               "-isystem", Cxx + "/backward"});
    }
    if (!OverlayFile.empty())
      Args.insert(Args.end(), {"-ivfsoverlay", OverlayFile.str()});
    return std::move(Args);
  }

  bool defines(llvm::StringRef Name) const { return llvm::is_contained(Defined, Name); }
  const std::vector<std::string> &includes() const { return Included; }

private:
  // MSVC's default is C++14.
  static std::string cxxStandard(llvm::StringRef Written) {
    if (Written.equals_insensitive("stdcpp17"))
      return "c++17";
    if (Written.equals_insensitive("stdcpp20"))
      return "c++20";
    if (Written.equals_insensitive("stdcpplatest") || Written.equals_insensitive("stdcpp23"))
      return "c++23";
    return "c++14";
  }

  const CompatToolchain &Toolchain;
  std::string PosixLibStdCxx, Triple;
  std::vector<std::string> Args, Defined, Included;
};

// MSVC defines these from the project's settings, not from its text.
void defineFromSettings(ArgumentBuilder &Builder,
                        const ProjectConfiguration::CompileSettings &Compile) {
  llvm::StringRef CharacterSet = Compile.CharacterSet;
  if (CharacterSet.equals_insensitive("Unicode")) {
    Builder.define("UNICODE");
    Builder.define("_UNICODE");
  } else if (CharacterSet.equals_insensitive("MultiByte")) {
    Builder.define("_MBCS");
  }
  llvm::StringRef Runtime = Compile.RuntimeLibrary;
  Builder.define("_MT");
  if (Runtime.empty() || Runtime.ends_with_insensitive("DLL"))
    Builder.define("_DLL");
  if (Runtime.contains_insensitive("Debug"))
    Builder.define("_DEBUG");
  if (llvm::StringRef(Compile.ConfigurationType).equals_insensitive("DynamicLibrary"))
    Builder.define("_WINDLL");
  // The Windows SDK's default is the newest Windows; mingw-w64's is older
  // and hides APIs modules call (InitOnceExecuteOnce, SRW locks).
  if (!Builder.defines("_WIN32_WINNT"))
    Builder.define("_WIN32_WINNT=0x0A00");
  if (!Builder.defines("WINVER"))
    Builder.define("WINVER=0x0A00");
}

// A forced include is found as a quoted #include at the top of the source.
std::string findForcedInclude(llvm::StringRef Written, llvm::StringRef Source,
                              const std::vector<std::string> &Folders) {
  std::vector<std::string> Candidates{path::parent_path(Source).str()};
  llvm::append_range(Candidates, Folders);
  std::string Found = findIncludedFile(Written, Candidates);
  return Found.empty() ? path::convert_to_slash(Written, path::Style::windows) : Found;
}

bool isCSource(llvm::StringRef Source) { return path::extension(Source).equals_insensitive(".c"); }

} // namespace

std::string findIncludedFile(llvm::StringRef Written, llvm::ArrayRef<std::string> Folders) {
  std::string Name = path::convert_to_slash(Written, path::Style::windows);
  if (path::is_absolute(Name))
    return resolvePathIgnoringCase(Name);
  for (const std::string &Folder : Folders) {
    llvm::SmallString<256> Candidate(Folder);
    path::append(Candidate, Name);
    std::string Found = resolvePathIgnoringCase(Candidate);
    if (!Found.empty())
      return Found;
  }
  return "";
}

std::vector<std::string> compileArguments(const ProjectFile &Project,
                                          const ProjectConfiguration &Config,
                                          llvm::StringRef Source, const CompatToolchain &Toolchain,
                                          llvm::StringRef OverlayFile) {
  const ProjectConfiguration::CompileSettings &Compile = Config.Compile;
  ArgumentBuilder Builder(Toolchain);
  Builder.target(Config.Arch == WindowsArch::X86, isCSource(Source), Compile.LanguageStandard);
  for (const std::string &Definition : Compile.Defines)
    Builder.define(Definition);
  defineFromSettings(Builder, Compile);
  for (const std::string &Directory : Compile.IncludeDirectories) {
    std::string Found = resolvePathIgnoringCase(Directory);
    Builder.include(Found.empty() ? Directory : Found);
  }
  // With a precompiled header MSVC never looks the header up, so a source in
  // a subfolder may name the project folder's stdafx.h: clang must find it.
  Builder.include(path::parent_path(Project.Path));
  for (const std::string &Forced : Compile.ForcedIncludes)
    Builder.forcedInclude(findForcedInclude(Forced, Source, Builder.includes()));
  return Builder.finish(OverlayFile);
}

std::vector<std::string> looseSourceArguments(const std::vector<std::string> &HeaderFolders,
                                              const CompatToolchain &Toolchain,
                                              llvm::StringRef OverlayFile) {
  ArgumentBuilder Builder(Toolchain);
  Builder.target(/*X86=*/false, /*IsC=*/false, "stdcpp17");
  ProjectConfiguration::CompileSettings Defaults;
  Defaults.CharacterSet = "Unicode";
  Defaults.ConfigurationType = "DynamicLibrary";
  for (const char *Definition : {"WIN32", "_WINDOWS", "_USRDLL", "NDEBUG"})
    Builder.define(Definition);
  defineFromSettings(Builder, Defaults);
  for (const std::string &Folder : HeaderFolders)
    Builder.include(Folder);
  return Builder.finish(OverlayFile);
}

} // namespace iismodel
