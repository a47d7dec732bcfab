# lit configuration for iis-tidy. Paths to the build come from lit.site.cfg.py,
# which CMake generates into <build>/test.
import os
import lit.formats

config.name = "iis-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "fixtures", "unit", "fuzz", "sweep", "downstream", "lit.cfg.py", "lit.site.cfg.py.in",
                   "check_iis_tidy.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.iis_build_dir, "test")

llvm_bin = config.llvm_tools_dir

# A sanitized plugin runs inside the stock clang-tidy with the runtime
# preloaded; every process of the suite gets it, so leak checking (which
# would judge Python and the uninstrumented tools) is off.
if getattr(config, "sanitizer_runtime", ""):
    config.environment["LD_PRELOAD"] = config.sanitizer_runtime
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=0"
    config.environment["UBSAN_OPTIONS"] = "halt_on_error=1:print_stacktrace=1"
    config.available_features.add("sanitizer")
repo = os.path.dirname(config.test_source_root)

config.environment["PATH"] = os.pathsep.join(
    [llvm_bin, config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ("HOME", "TMPDIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

subs = {
    "%clang_tidy": os.path.join(llvm_bin, "clang-tidy"),
    "%clang_cl": os.path.join(llvm_bin, "clang-cl"),
    "%clangxx": os.path.join(llvm_bin, "clang++"),
    "%clang": os.path.join(llvm_bin, "clang"),
    "%lld_link": os.path.join(llvm_bin, "lld-link"),
    "%llvm_readobj": os.path.join(llvm_bin, "llvm-readobj"),
    "%iis_plugin": config.iis_plugin,
    "%iis_tidy": config.iis_tidy,
    "%iis_sarif": os.path.join(os.path.dirname(config.iis_tidy), "iis-sarif"),
    "%iis_link": os.path.join(os.path.dirname(config.iis_tidy), "iis-link"),
    "%iis_build_dir": config.iis_build_dir,
    "%llvm_bin": llvm_bin,
    "%sdk_include": os.path.join(repo, "sdk", "include"),
    "%test_inputs": os.path.join(config.test_source_root, "Inputs"),
    "%fixtures": os.path.join(config.test_source_root, "fixtures"),
    "%repo": repo,
    "%python": config.python_executable,
    "%check_iis_tidy": "%s %s --plugin %s --clang-tidy %s" % (
        config.python_executable,
        os.path.join(config.test_source_root, "check_iis_tidy.py"),
        config.iis_plugin, os.path.join(llvm_bin, "clang-tidy")),
}
# The LLVM 14 clang-tidy that Debian puts on PATH: the plugin must refuse it.
for candidate in ("/usr/lib/llvm-14/bin/clang-tidy", "/usr/bin/clang-tidy-14"):
    if os.path.exists(candidate):
        config.available_features.add("clang-tidy-14")
        subs["%clang_tidy_14"] = candidate
        break

if config.iis_tidy:
    config.available_features.add("iis-tidy-binary")
    iis_clangd = os.path.join(os.path.dirname(config.iis_tidy), "iis-clangd")
    if os.path.exists(iis_clangd):
        config.available_features.add("iis-clangd")
        subs["%iis_clangd"] = iis_clangd

# Microsoft's SARIF validator, installed under the build tree by scripts/test.
sarif_multitool = os.path.join(config.iis_build_dir, "npm", "node_modules", ".bin",
                               "sarif-multitool")
if os.path.exists(sarif_multitool):
    config.available_features.add("sarif-multitool")
    subs["%sarif_multitool"] = sarif_multitool

clang_format = os.path.join(llvm_bin, "clang-format")
if os.path.exists(clang_format) and os.path.isdir(os.path.join(repo, ".git")):
    config.available_features.add("clang-format")
    subs["%clang_format"] = clang_format

# Longest first, so that %clang does not eat %clang_tidy.
for key in sorted(subs, key=len, reverse=True):
    config.substitutions.append((key, subs[key]))


if os.path.isdir("/usr/x86_64-w64-mingw32/include"):
    config.available_features.add("mingw-x64")
if os.path.isdir("/usr/i686-w64-mingw32/include"):
    config.available_features.add("mingw-x86")
