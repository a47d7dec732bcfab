#!/usr/bin/env python3
"""Measures the --project route on a generated Visual Studio module.

The module: --sources sources in a repository tree, a .vcxproj that forces a
precompiled StdAfx.h (windows.h, httpserv.h, ATL, the STL) into each, every
source a module class with handlers and helpers. In one run, as ratios:

  compat     per TU, clang++ -fsyntax-only with the Windows-compatibility
             overlay (-ivfsoverlay, case-insensitive) against the same command
             without it (the sources spell their headers as on disk, so both
             parse): what the overlay costs
  compdb     iis-compdb (project evaluation, overlay writing) against the sum
             of the sources' -fsyntax-only
  pch        scripts/iis-lint --project -j 2 with the precompiled header
             (built in the run, then reused) against --no-pch, end to end:
             what the precompiled header saves; the findings must be the same
  project    scripts/iis-lint --project -j 1 (precompiled header reused), end
             to end, against the sum of the sources' -fsyntax-only (the floor:
             what compiling costs)

and the peak RSS of the largest single process of each. Timing lives here,
never in a test.

Usage: bench/project.py [--sources 50] [--reps 3] [--markdown FILE]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CLANGXX = "/usr/lib/llvm-22/bin/clang++"

STDAFX = """#pragma once
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <httpserv.h>
#include <atlbase.h>
#include <atlstr.h>
#include <string>
#include <vector>
#include <map>
#include <mutex>
"""

SOURCE = """// Generated module source {n}.
#include "stdafx.h"

namespace {{
std::mutex g_lock{n};
std::map<std::string, std::string> g_cache{n};

char *FormatLine{n}(const char *pszText) {{
    size_t cch = strlen(pszText) + 16;
    char *pszLine = new char[cch]; // per request
    sprintf_s(pszLine, cch, "[{n}] %s", pszText);
    return pszLine;
}}

void Remember{n}(const std::string &strKey, const std::string &strValue) {{
    std::lock_guard<std::mutex> guard(g_lock{n});
    g_cache{n}[strKey] = strValue;
}}
}}

class CModule{n} : public CHttpModule {{
public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *pHttpContext,
                                               IHttpEventProvider *) override {{
        PCSTR pszUrl = pHttpContext->GetRequest()->GetRawHttpRequest()->pRawUrl;
        if (pszUrl == nullptr)
            return RQ_NOTIFICATION_CONTINUE;
        char *pszLine = FormatLine{n}(pszUrl);
        CStringA strLine(pszLine);
        delete[] pszLine;
        Remember{n}("last", strLine.GetString());
        return RQ_NOTIFICATION_CONTINUE;
    }}
}};

class CFactory{n} : public IHttpModuleFactory {{
public:
    HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *) override {{
        *ppModule = new CModule{n};
        return S_OK;
    }}
    void Terminate() override {{ delete this; }}
}};

HRESULT Register{n}(IHttpModuleRegistrationInfo *pInfo) {{
    return pInfo->SetRequestNotifications(new CFactory{n}, RQ_BEGIN_REQUEST, 0);
}}
"""

VCXPROJ = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup Label="ProjectConfigurations">
    <ProjectConfiguration Include="Release|x64"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>
  </ItemGroup>
  <PropertyGroup Label="Configuration">
    <ConfigurationType>DynamicLibrary</ConfigurationType><CharacterSet>Unicode</CharacterSet>
  </PropertyGroup>
  <ItemDefinitionGroup>
    <ClCompile>
      <PrecompiledHeader>Use</PrecompiledHeader><PrecompiledHeaderFile>stdafx.h</PrecompiledHeaderFile>
      <PreprocessorDefinitions>WIN32;NDEBUG;_WINDOWS;_USRDLL</PreprocessorDefinitions>
      <LanguageStandard>stdcpp17</LanguageStandard>
    </ClCompile>
    <Link><ModuleDefinitionFile>Module.def</ModuleDefinitionFile></Link>
  </ItemDefinitionGroup>
  <ItemGroup>
{items}
  </ItemGroup>
</Project>
"""


def generate(root, sources):
    os.makedirs(os.path.join(root, ".git"))
    with open(os.path.join(root, "stdafx.h"), "w") as f:
        f.write(STDAFX)
    with open(os.path.join(root, "Module.def"), "w") as f:
        f.write("EXPORTS\n    RegisterModule\n")
    for n in range(sources):
        with open(os.path.join(root, "Source%02d.cpp" % n), "w") as f:
            f.write(SOURCE.format(n=n))
    items = "\n".join('    <ClCompile Include="Source%02d.cpp" />' % n for n in range(sources))
    with open(os.path.join(root, "Module.vcxproj"), "w") as f:
        f.write(VCXPROJ.format(items=items))
    return os.path.join(root, "Module.vcxproj")


def timed(command, env=None, cwd=None):
    """Wall seconds, output, and the peak RSS (MiB) of the largest process
    the command ran."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    returncode = os.waitstatus_to_exitcode(status)
    if returncode not in (0, 1):
        sys.exit("failed (%d): %s\n%s" % (returncode, " ".join(command), output[-2000:]))
    return elapsed, output, usage.ru_maxrss / 1024.0


def findings_of(output):
    return [l for l in output.splitlines() if ": warning: " in l or ": error: " in l]


def without_overlay(arguments):
    out, skip = [], False
    for a in arguments:
        if skip:
            skip = False
        elif a == "-ivfsoverlay":
            skip = True
        else:
            out.append(a)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=50)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--markdown")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="iis-project-bench-")
    try:
        project = generate(os.path.join(work, "repo"), args.sources)
        compdb = os.path.join(args.build, "bin", "iis-compdb")
        db = os.path.join(work, "db")
        compdb_time = min(timed([compdb, "-quiet", "-o", db, project])[0]
                          for _ in range(args.reps))
        entries = json.load(open(os.path.join(db, "compile_commands.json")))
        assert len(entries) == args.sources, len(entries)

        # Per TU, with and without the overlay, taking turns.
        with_overlay, plain = [], []
        for entry in entries:
            command = [CLANGXX] + entry["arguments"][1:]
            a = min(timed(command, cwd=entry["directory"])[0] for _ in range(args.reps))
            b = min(timed(without_overlay(command), cwd=entry["directory"])[0]
                    for _ in range(args.reps))
            with_overlay.append(a)
            plain.append(b)
        syntax_sum = sum(with_overlay)
        syntax_rss = max(timed(command, cwd=entry["directory"])[2] for entry in entries[:3]
                         for command in [[CLANGXX] + entry["arguments"][1:]])

        env = dict(os.environ, IIS_TIDY_BUILD_DIR=args.build)
        lint_dir = os.path.join(work, "lint")
        lint = [os.path.join(REPO, "scripts", "iis-lint"), "--project", project,
                "--build-dir=" + lint_dir]
        no_pch, no_pch_output, no_pch_rss = timed(lint + ["-j", "2", "--no-pch"], env=env)
        shutil.rmtree(os.path.join(lint_dir, "iis-pch"), ignore_errors=True)
        pch_cold, output, pch_rss = timed(lint + ["-j", "2"], env=env)
        pch_warm, _, _ = timed(lint + ["-j", "2"], env=env)
        project_j1, _, _ = timed(lint + ["-j", "1"], env=env)
        same = findings_of(output) == findings_of(no_pch_output)
        findings = output.count("warning: heap allocation")
        closing = [l for l in output.splitlines() if l.startswith("iis-lint:")]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows = [
        ("sources", "%d" % args.sources),
        ("compat overlay, per TU (with / without)", "%.3f x" % (sum(with_overlay) / sum(plain))),
        ("iis-compdb / sum of -fsyntax-only", "%.3f x (%.2f s)" % (compdb_time / syntax_sum, compdb_time)),
        ("--project -j2, precompiled header built / --no-pch", "%.2f x (%.1f s / %.1f s)" % (pch_cold / no_pch, pch_cold, no_pch)),
        ("--project -j2, precompiled header reused / --no-pch", "%.2f x (%.1f s)" % (pch_warm / no_pch, pch_warm)),
        ("--project -j1 (reused) / sum of -fsyntax-only", "%.2f x (%.1f s / %.1f s)" % (project_j1 / syntax_sum, project_j1, syntax_sum)),
        ("peak RSS, clang++ -fsyntax-only", "%.0f MiB" % syntax_rss),
        ("peak RSS, --project with / --no-pch", "%.0f MiB / %.0f MiB" % (pch_rss, no_pch_rss)),
        ("findings", "%d (%s)" % (findings, closing[-1] if closing else "no closing line")),
        ("same findings with and without the precompiled header", "yes" if same else "NO"),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print("%-*s  %s" % (width, key, value))
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write("| measure | value |\n|---|---|\n")
            for key, value in rows:
                f.write("| %s | %s |\n" % (key, value))


if __name__ == "__main__":
    main()
