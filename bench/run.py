#!/usr/bin/env python3
"""Measures the iis-* checks against the front end and against their peers.

For each TU, in one run: wall time (the minimum of --reps rounds in which the
commands take turns) and peak RSS of
  syntax    clang++ -fsyntax-only                       (the floor)
  iis       clang-tidy -checks=-*,iis-*
  custom    clang-tidy CustomChecks query: `new` under an override of a CHttpModule subclass
  no-malloc clang-tidy -checks=-*,cppcoreguidelines-no-malloc
  analyzer  clang-tidy -checks=-*,clang-analyzer-unix.Malloc
and the iis-* checks' own time from --enable-check-profile. Results are ratios
to `syntax`. Growth exponents of the checks' own time are fitted over the
synthetic TUs (N modules, depth D). With --callgrind, instruction counts of
syntax and iis on the realistic TUs (a stable figure on a noisy machine).

Usage: bench/run.py --plugin build/lib/IISTidy.so [--quick] [--callgrind] [--markdown FILE]
"""

import argparse
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
LLVM = "/usr/lib/llvm-22/bin"

CUSTOM_CONFIG = """Checks: '-*,custom-*'
CustomChecks:
  - Name: heap-new-in-handler
    Query: |
      match cxxNewExpr(hasAncestor(cxxMethodDecl(isOverride(), ofClass(isDerivedFrom("::CHttpModule")))))
    Diagnostic:
      - BindName: root
        Message: heap allocation in an IIS request handler
        Level: Warning
"""


def run_once(cmd):
    """Wall seconds and peak RSS (MiB) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("command failed (a failing run measures nothing): %s" % " ".join(cmd))
    return wall, usage.ru_maxrss / 1024.0


def measure_all(cmds, reps):
    """{name: (min wall, peak RSS)}. The commands take turns in every round,
    so that drift of a shared machine touches them alike, and the minimum is
    the least noisy estimate of what each needs."""
    walls = {name: [] for name in cmds}
    rss = {name: 0.0 for name in cmds}
    for _ in range(reps):
        for name, cmd in cmds.items():
            wall, peak = run_once(cmd)
            walls[name].append(wall)
            rss[name] = max(rss[name], peak)
    return {name: (min(walls[name]), rss[name]) for name in cmds}


def iis_own_seconds(plugin, path, flags):
    """User+system seconds of the iis-* checks from --enable-check-profile."""
    out = subprocess.run([LLVM + "/clang-tidy", "--load=" + plugin, "-checks=-*,iis-*",
                          "--enable-check-profile", "--quiet", path, "--"] + flags,
                         capture_output=True, text=True)
    total = 0.0
    for line in (out.stdout + out.stderr).splitlines():
        m = re.match(r"\s*[\d.]+ \(.*?\)\s+[\d.]+ \(.*?\)\s+([\d.]+) \(.*?\)\s+[\d.]+ \(.*?\)\s+(iis-\S+)$", line)
        if m:
            total += float(m.group(1))
    return total


def callgrind_instructions(cmd):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out) as f:
            for line in f:
                if line.startswith("totals:") or line.startswith("summary:"):
                    return int(line.split()[1])
    return None


def commands(plugin, path, flags, custom_config):
    tidy = LLVM + "/clang-tidy"
    return {
        "syntax": [LLVM + "/clang++", "-fsyntax-only"] + flags + [path],
        # clang-tidy with one check that registers no AST matcher (a
        # preprocessor callback that allows every include): its own floor.
        "tidy": [tidy, "-checks=-*,portability-restrict-system-includes", "--quiet", path,
                 "--"] + flags,
        "iis": [tidy, "--load=" + plugin, "-checks=-*,iis-*", "--quiet", path, "--"] + flags,
        "custom": [tidy, "--experimental-custom-checks", "--config-file=" + custom_config,
                   "--quiet", path, "--"] + flags,
        "no-malloc": [tidy, "-checks=-*,cppcoreguidelines-no-malloc", "--quiet", path, "--"] + flags,
        "analyzer": [tidy, "-checks=-*,clang-analyzer-unix.Malloc", "--quiet", path, "--"] + flags,
    }


def fit_exponent(xs, ys):
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    if len(pts) < 2:
        return float("nan")
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    num = sum((p[0] - mx) * (p[1] - my) for p in pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return num / den


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return "%s, %d cores, %.0f GiB, %s" % (model, os.cpu_count(), mem, platform.platform())


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--plugin", default=os.path.join(REPO, "build/lib/IISTidy.so"))
    p.add_argument("--work", default=os.path.join(REPO, "build/bench"))
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--quick", action="store_true", help="small sizes only (smoke test)")
    p.add_argument("--callgrind", action="store_true")
    p.add_argument("--markdown", help="write the results as markdown to this file")
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    custom_config = os.path.join(a.work, "custom-checks.yaml")
    with open(custom_config, "w") as f:
        f.write(CUSTOM_CONFIG)

    gen = [sys.executable, os.path.join(HERE, "generate.py")]
    sdk = "-I" + os.path.join(REPO, "sdk", "include")
    realistic_flags = ["--target=x86_64-w64-mingw32", "-std=c++17", sdk]
    synthetic_flags = ["--target=x86_64-pc-windows-msvc", "-std=c++17", sdk]

    realistic = [("realistic-%d" % m, m) for m in ((1, 4) if a.quick else (1, 4, 40))]
    n_sweep = (10, 100) if a.quick else (10, 100, 1000, 10000)
    d_sweep = (1, 4) if a.quick else (1, 4, 16, 64)

    lines = []
    def out(text=""):
        print(text, flush=True)
        lines.append(text)

    out("| TU | lines | syntax s | tidy floor × | iis × | custom × | no-malloc × | analyzer × | iis RSS × | iis own ms | iis own % |")
    out("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    callgrind_rows = []
    for name, modules in realistic:
        path = os.path.join(a.work, name + ".cpp")
        subprocess.run(gen + ["realistic", "--modules", str(modules), "-o", path], check=True)
        cmds = commands(a.plugin, path, realistic_flags, custom_config)
        res = measure_all(cmds, a.reps)
        own = statistics.median(iis_own_seconds(a.plugin, path, realistic_flags)
                                for _ in range(3))
        base_t, base_rss = res["syntax"]
        out("| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f | %.2f |" % (
            name, sum(1 for _ in open(path)), base_t, res["tidy"][0] / base_t,
            res["iis"][0] / base_t, res["custom"][0] / base_t, res["no-malloc"][0] / base_t,
            res["analyzer"][0] / base_t, res["iis"][1] / base_rss, own * 1000,
            100.0 * own / res["iis"][0]))
        if a.callgrind and modules == 4:  # valgrind is ~50x slower: one TU
            callgrind_rows.append((name, {k: callgrind_instructions(c) for k, c in cmds.items()}))

    def sweep(label, specs):
        out()
        out("| %s | syntax s | iis × | iis own ms |" % label)
        out("|---|---:|---:|---:|")
        xs, owns = [], []
        for x, modules, depth in specs:
            path = os.path.join(a.work, "synthetic-n%d-d%d.cpp" % (modules, depth))
            subprocess.run(gen + ["synthetic", "--modules", str(modules), "--depth", str(depth),
                                  "-o", path], check=True)
            cmds = commands(a.plugin, path, synthetic_flags, custom_config)
            reps = 1 if modules >= 1000 else a.reps
            res = measure_all({"syntax": cmds["syntax"], "iis": cmds["iis"]}, reps)
            base_t, iis_t = res["syntax"][0], res["iis"][0]
            own = statistics.median(iis_own_seconds(a.plugin, path, synthetic_flags)
                                    for _ in range(reps))
            out("| %d | %.3f | %.3f | %.1f |" % (x, base_t, iis_t / base_t, own * 1000))
            xs.append(x)
            owns.append(own)
        return fit_exponent(xs, owns)

    exp_n = sweep("N (modules × 4 handlers, depth 3)", [(n, n, 3) for n in n_sweep])
    exp_d = sweep("D (call depth, 100 modules × 4 handlers)", [(d, 100, d) for d in d_sweep])
    out()
    out("Growth exponent of the iis-* checks' own time: %.2f in N, %.2f in D." % (exp_n, exp_d))
    if callgrind_rows:
        out()
        out("Instructions (valgrind --tool=callgrind), as ratios to syntax:")
        out()
        out("| TU | syntax instructions | tidy floor × | iis × | custom × | no-malloc × | analyzer × |")
        out("|---|---:|---:|---:|---:|---:|---:|")
        for name, counts in callgrind_rows:
            base = counts["syntax"]
            out("| %s | %d | %.4f | %.4f | %.4f | %.4f | %.4f |" % (
                name, base, counts["tidy"] / base, counts["iis"] / base,
                counts["custom"] / base, counts["no-malloc"] / base, counts["analyzer"] / base))
    out()
    out("Machine: %s." % machine())

    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
