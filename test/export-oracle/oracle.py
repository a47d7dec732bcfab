#!/usr/bin/env python3
"""Export oracle: iis-registermodule-export against a real linker.

Generates every combination of linkage x calling convention x dllexport x
export route x architecture, builds each into a DLL with clang-cl + lld-link
(no SDK, no CRT), reads the export table with llvm-readobj, runs the check on
the same source, and asserts that the check warns about the export exactly
when the DLL's export table lacks the plain name RegisterModule (a variant
that fails to link counts as lacking it, and is reported as such).

A second pass parses each x86 variant as x64 with the check's default
AdditionalArchitectures (x86): the check must warn exactly when the x64 or the
x86 DLL lacks the name.

Usage: oracle.py --llvm-bin DIR --plugin PATH --work DIR [--jobs N]
"""

import argparse
import concurrent.futures
import itertools
import os
import re
import shutil
import subprocess
import sys

ARCHES = {"x86": ("i686-pc-windows-msvc", "x86"),
          "x64": ("x86_64-pc-windows-msvc", "x64"),
          "arm64": ("aarch64-pc-windows-msvc", "arm64")}

# How the plain name is supposed to reach the export table.
ROUTES = {
    "none": {},
    "def": {"def": "EXPORTS\n    RegisterModule\n"},
    "def-alias": {"def": "EXPORTS\n    RegisterModule=_RegisterModule@12\n"},
    "def-lowercase": {"def": "EXPORTS\n    registermodule\n"},
    "def-noname": {"def": "EXPORTS\n    RegisterModule @1 NONAME\n"},
    "linker": {"link": "/EXPORT:RegisterModule"},
    "linker-alias": {"link": "/EXPORT:RegisterModule=_RegisterModule@12"},
    "pragma": {"pragma": "/export:RegisterModule"},
    "pragma-alias": {"pragma": "/export:RegisterModule=_RegisterModule@12"},
}

EXPORT_WARNING = re.compile(
    r"warning: ('RegisterModule' is exported as|'RegisterModule' is not exported"
    r"|'RegisterModule' is exported by ordinal only"
    r"|the export of .* fails to link)")


def source(linkage, convention, dllexport, route):
    lines = ["typedef long HRESULT;", "typedef unsigned long DWORD;",
             "class IHttpModuleRegistrationInfo;", "class IHttpServer;"]
    decl = ""
    if linkage == "c":
        decl += 'extern "C" '
    if dllexport:
        decl += "__declspec(dllexport) "
    decl += "HRESULT __%s RegisterModule(DWORD, IHttpModuleRegistrationInfo *, IHttpServer *)" % convention
    lines.append(decl + " { return 0; }")
    if "pragma" in ROUTES[route]:
        lines.append('#pragma comment(linker, "%s")' % ROUTES[route]["pragma"])
    return "\n".join(lines) + "\n"


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def build(args, variant_dir, arch, route):
    triple, machine = ARCHES[arch]
    obj = os.path.join(variant_dir, "mod.obj")
    dll = os.path.join(variant_dir, "mod.dll")
    compile_ = run([os.path.join(args.llvm_bin, "clang-cl"), "--target=" + triple,
                    "/nologo", "/c", "/GS-", "/Zl", "/O1", "/Fo" + obj, "--",
                    os.path.join(variant_dir, "mod.cpp")])
    if compile_.returncode:
        return None, "compile failed: " + compile_.stderr.strip()
    link = [os.path.join(args.llvm_bin, "lld-link"), "/nologo", "/dll", "/noentry",
            "/nodefaultlib", "/machine:" + machine, "/out:" + dll, obj]
    spec = ROUTES[route]
    if "def" in spec:
        link.append("/def:" + os.path.join(variant_dir, "mod.def"))
    if "link" in spec:
        link.append(spec["link"])
    linked = run(link)
    if linked.returncode:
        return None, "link failed: " + (linked.stderr or linked.stdout).strip().splitlines()[0]
    exports = run([os.path.join(args.llvm_bin, "llvm-readobj"), "--coff-exports", dll])
    names = re.findall(r"^\s*Name: (\S*)\s*$", exports.stdout, re.M)
    return names, None


def check_warns(args, variant_dir, arch, route, additional):
    triple, _ = ARCHES[arch]
    spec = ROUTES[route]
    options = ["iis-registermodule-export.AdditionalArchitectures: '%s'" % additional]
    if "link" in spec:
        options.append("iis-registermodule-export.LinkerExports: '%s'" % spec["link"])
    config = "{Checks: '-*,iis-registermodule-export', CheckOptions: {%s}}" % ", ".join(options)
    out = run([os.path.join(args.llvm_bin, "clang-tidy"), "--load=" + args.plugin,
               "--config=" + config, os.path.join(variant_dir, "mod.cpp"), "--",
               "--target=" + triple])
    text = out.stdout + out.stderr
    return bool(EXPORT_WARNING.search(text)), text


def variant(args, combo):
    linkage, convention, dllexport, route, arch = combo
    name = "%s-%s-%s-%s-%s" % (linkage, convention, "dllexport" if dllexport else "plain",
                               route, arch)
    d = os.path.join(args.work, name)
    os.makedirs(os.path.join(d, ".git"))  # its own repository: .def discovery stays here
    with open(os.path.join(d, "mod.cpp"), "w") as f:
        f.write(source(linkage, convention, dllexport, route))
    if "def" in ROUTES[route]:
        with open(os.path.join(d, "mod.def"), "w") as f:
            f.write("LIBRARY mod\n" + ROUTES[route]["def"])
    names, failure = build(args, d, arch, route)
    missing = failure is not None or "RegisterModule" not in names
    warned, output = check_warns(args, d, arch, route, "")
    return {"name": name, "combo": combo, "names": names, "failure": failure,
            "missing": missing, "warned": warned, "output": output}


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

    combos = list(itertools.product(["c", "cxx"], ["stdcall", "cdecl"], [False, True],
                                    sorted(ROUTES), sorted(ARCHES)))
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda c: variant(args, c), combos))

    disagreements = []
    for r in results:
        if r["missing"] != r["warned"]:
            disagreements.append(r)
        if args.verbose:
            print("%-45s exports=%s%s warned=%s" % (
                r["name"], r["names"], " (%s)" % r["failure"] if r["failure"] else "",
                r["warned"]))

    # Cross-architecture: the x86 outcome predicted from an x64 parse.
    by_name = {r["combo"]: r for r in results}
    cross = 0
    for r in results:
        linkage, convention, dllexport, route, arch = r["combo"]
        if arch != "x86":
            continue
        x64 = by_name[(linkage, convention, dllexport, route, "x64")]
        warned, output = check_warns(args, os.path.join(args.work, x64["name"]), "x64",
                                     route, "x86")
        cross += 1
        expected = r["missing"] or x64["missing"]
        if warned != expected:
            disagreements.append({"name": x64["name"] + " (+x86 from x64)",
                                  "names": (x64["names"], r["names"]),
                                  "failure": r["failure"] or x64["failure"],
                                  "missing": expected, "warned": warned, "output": output})

    for d in disagreements:
        print("DISAGREE %s: export table %s%s; check %s" % (
            d["name"], d["names"],
            " (build failed: %s)" % d["failure"] if d["failure"] else "",
            "warned" if d["warned"] else "was silent"))
        if args.verbose:
            print("  " + d["output"].strip().replace("\n", "\n  "))
    failed_builds = sum(1 for r in results if r["failure"])
    total = len(results) + cross
    print("export oracle: %d variants (%d built, %d failed to build, %d cross-architecture), "
          "%d agree, %d disagree" % (total, len(results) - failed_builds, failed_builds,
                                     cross, total - len(disagreements), len(disagreements)))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
