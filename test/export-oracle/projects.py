#!/usr/bin/env python3
"""Export oracle, project files: iis-registermodule-export reading a .vcxproj
against a real linker, per configuration x platform.

Every declaration style (linkage x calling convention, including none written
x dllexport) meets every project layout below. Each configuration of the
project is built the way MSBuild would link it (its .def, its /EXPORT, its
/Gz) with clang-cl + lld-link, and the export table is read with llvm-readobj.
The check runs once per variant, on an x64 parse of the source, with the
project found next to it; it must warn about a configuration exactly when that
configuration's DLL lacks the plain name RegisterModule (or fails to link).

Usage: projects.py --llvm-bin DIR --plugin PATH --work DIR [--jobs N]
"""

import argparse
import concurrent.futures
import itertools
import os
import re
import shutil
import subprocess
import sys

ALL = ["Debug|Win32", "Release|Win32", "Debug|x64", "Release|x64"]
TRIPLE = {"Win32": ("i686-pc-windows-msvc", "x86"), "x64": ("x86_64-pc-windows-msvc", "x64")}

# Each layout: the configurations, and per configuration what MSBuild hands
# the tools: def (a file name, relative to the project), exports, gz. The
# "xml" part is the project's body after the configuration list; "files" are
# written next to it.
LAYOUTS = {
    "none": {"configs": ALL, "xml": "", "files": {}},
    "def-all": {
        "configs": ALL,
        "xml": "<ItemDefinitionGroup><Link><ModuleDefinitionFile>mod.def</ModuleDefinitionFile></Link></ItemDefinitionGroup>",
        "files": {"mod.def": "EXPORTS\n    RegisterModule\n"}},
    "def-x64-only": {
        "configs": ALL,
        "xml": "<ItemDefinitionGroup Condition=\"'$(Platform)'=='x64'\"><Link><ModuleDefinitionFile>mod.def</ModuleDefinitionFile></Link></ItemDefinitionGroup>",
        "files": {"mod.def": "EXPORTS\n    RegisterModule\n"}},
    "def-missing-debug-win32": {
        "configs": ALL,
        "xml": "<ItemDefinitionGroup><Link><ModuleDefinitionFile>mod.def</ModuleDefinitionFile></Link></ItemDefinitionGroup>"
               "<ItemDefinitionGroup Condition=\"'$(Configuration)|$(Platform)'=='Debug|Win32'\"><Link><ModuleDefinitionFile>missing.def</ModuleDefinitionFile></Link></ItemDefinitionGroup>",
        "files": {"mod.def": "EXPORTS\n    RegisterModule\n"}},
    "export-release": {
        "configs": ALL,
        "xml": "<ItemDefinitionGroup Condition=\"'$(Configuration)'=='Release'\"><Link><AdditionalOptions>/EXPORT:RegisterModule %(AdditionalOptions)</AdditionalOptions></Link></ItemDefinitionGroup>",
        "files": {}},
    "x64-only": {"configs": ["Debug|x64", "Release|x64"], "xml": "", "files": {}},
    "props-def": {
        "configs": ALL,
        "xml": "<ImportGroup Label=\"PropertySheets\"><Import Project=\"props\\link.props\" /></ImportGroup>",
        "files": {"props/link.props": "<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\"><ItemDefinitionGroup><Link>"
                                      "<ModuleDefinitionFile>$(MSBuildThisFileDirectory)..\\mod.def</ModuleDefinitionFile></Link></ItemDefinitionGroup></Project>\n",
                  "mod.def": "EXPORTS\n    RegisterModule\n"}},
    "gz": {
        "configs": ALL,
        "xml": "<ItemDefinitionGroup><ClCompile><CallingConvention>StdCall</CallingConvention></ClCompile></ItemDefinitionGroup>",
        "files": {}},
    "gz-def-release": {
        "configs": ALL,
        "xml": "<ItemDefinitionGroup><ClCompile><AdditionalOptions>/Gz %(AdditionalOptions)</AdditionalOptions></ClCompile></ItemDefinitionGroup>"
               "<ItemDefinitionGroup Condition=\"'$(Configuration)'=='Release'\"><Link><ModuleDefinitionFile>mod.def</ModuleDefinitionFile></Link></ItemDefinitionGroup>",
        "files": {"mod.def": "EXPORTS\n    RegisterModule\n"}},
}


def settings(layout, config):
    """What MSBuild gives the compiler and linker for one configuration:
    written by hand from the layout, independently of the check."""
    configuration, platform = config.split("|")
    s = {"def": None, "exports": [], "gz": False}
    if layout in ("def-all", "props-def"):
        s["def"] = "mod.def"
    if layout == "def-x64-only" and platform == "x64":
        s["def"] = "mod.def"
    if layout == "def-missing-debug-win32":
        s["def"] = "missing.def" if config == "Debug|Win32" else "mod.def"
    if layout == "export-release" and configuration == "Release":
        s["exports"] = ["/EXPORT:RegisterModule"]
    if layout in ("gz", "gz-def-release"):
        s["gz"] = True
    if layout == "gz-def-release" and configuration == "Release":
        s["def"] = "mod.def"
    return s


def source(linkage, convention, dllexport):
    decl = ('extern "C" ' if linkage == "c" else "") + \
        ("__declspec(dllexport) " if dllexport else "") + "HRESULT " + \
        ("__%s " % convention if convention != "none" else "") + \
        "RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *)"
    return "\n".join(["typedef long HRESULT;", "typedef unsigned long DWORD;",
                      "class IHttpModuleRegistrationInfo;", "class IHttpServer;",
                      decl + " { return 0; }"]) + "\n"


def project_xml(layout):
    items = "".join(
        "<ProjectConfiguration Include=\"%s\"><Configuration>%s</Configuration><Platform>%s</Platform></ProjectConfiguration>\n"
        % ((c,) + tuple(c.split("|"))) for c in LAYOUTS[layout]["configs"])
    return ("<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
            "<ItemGroup Label=\"ProjectConfigurations\">\n%s</ItemGroup>\n%s\n"
            "<ItemGroup><ClCompile Include=\"mod.cpp\" /></ItemGroup>\n</Project>\n"
            % (items, LAYOUTS[layout]["xml"]))


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def build(args, d, config, s):
    _, platform = config.split("|")
    triple, machine = TRIPLE[platform]
    tag = config.replace("|", "-")
    obj = os.path.join(d, tag + ".obj")
    dll = os.path.join(d, tag + ".dll")
    compile_ = run([os.path.join(args.llvm_bin, "clang-cl"), "--target=" + triple, "/nologo",
                    "/c", "/GS-", "/Zl", "/O1"] + (["/Gz"] if s["gz"] else []) +
                   ["/Fo" + obj, "--", os.path.join(d, "mod.cpp")])
    if compile_.returncode:
        return None, "compile failed: " + compile_.stderr.strip()
    link = [os.path.join(args.llvm_bin, "lld-link"), "/nologo", "/dll", "/noentry",
            "/nodefaultlib", "/machine:" + machine, "/out:" + dll, obj] + s["exports"]
    if s["def"]:
        link.append("/def:" + os.path.join(d, s["def"]))
    linked = run(link)
    if linked.returncode:
        return None, "link failed: " + (linked.stderr or linked.stdout).strip().splitlines()[0]
    exports = run([os.path.join(args.llvm_bin, "llvm-readobj"), "--coff-exports", dll])
    return re.findall(r"^\s*Name: (\S*)\s*$", exports.stdout, re.M), None


CONFIG_WARNING = re.compile(
    r"warning: configuration '([^']+)' of 'mod.vcxproj' (exports 'RegisterModule' as"
    r"|does not export 'RegisterModule'|exports 'RegisterModule' by ordinal only"
    r"|does not link on|names the module-definition file)")


def variant(args, combo):
    linkage, convention, dllexport, layout = combo
    name = "%s-%s-%s-%s" % (linkage, convention, "dllexport" if dllexport else "plain", layout)
    d = os.path.join(args.work, name)
    os.makedirs(os.path.join(d, ".git"))
    with open(os.path.join(d, "mod.cpp"), "w") as f:
        f.write(source(linkage, convention, dllexport))
    with open(os.path.join(d, "mod.vcxproj"), "w") as f:
        f.write(project_xml(layout))
    for rel, text in LAYOUTS[layout]["files"].items():
        os.makedirs(os.path.dirname(os.path.join(d, rel)), exist_ok=True)
        with open(os.path.join(d, rel), "w") as f:
            f.write(text)
    out = run([os.path.join(args.llvm_bin, "clang-tidy"), "--load=" + args.plugin,
               "-checks=-*,iis-registermodule-export", os.path.join(d, "mod.cpp"), "--",
               "--target=x86_64-pc-windows-msvc"])
    text = out.stdout + out.stderr
    warned = set(m.group(1) for m in CONFIG_WARNING.finditer(text))
    results = []
    for config in LAYOUTS[layout]["configs"]:
        names, failure = build(args, d, config, settings(layout, config))
        missing = failure is not None or "RegisterModule" not in names
        results.append({"name": name + " " + config, "names": names, "failure": failure,
                        "missing": missing, "warned": config in warned, "output": text})
    return results


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--llvm-bin", required=True)
    p.add_argument("--plugin", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    combos = list(itertools.product(["c", "cxx"], ["stdcall", "cdecl", "none"],
                                    [False, True], sorted(LAYOUTS)))
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = [r for rs in pool.map(lambda c: variant(args, c), combos) for r in rs]
    disagreements = [r for r in results if r["missing"] != r["warned"]]
    for r in (results if args.verbose else disagreements):
        print("%s %s: export table %s%s; check %s" % (
            "DISAGREE" if r in disagreements else "agree", r["name"], r["names"],
            " (build failed: %s)" % r["failure"] if r["failure"] else "",
            "warned" if r["warned"] else "was silent"))
        if args.verbose and r in disagreements:
            print("  " + r["output"].strip().replace("\n", "\n  "))
    failed = sum(1 for r in results if r["failure"])
    print("export oracle, project files: %d configurations of %d projects (%d built, "
          "%d failed to build), %d agree, %d disagree" % (
              len(results), len(combos), len(results) - failed, failed,
              len(results) - len(disagreements), len(disagreements)))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
