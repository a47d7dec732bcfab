#!/usr/bin/env python3
"""Runs every iis-* check over every header of libstdc++ and mingw-w64 (each
as a TU of its own, after httpserv.h, with a Windows target) and over the test
inputs and fixtures, and reports crashes (a signal, a stack dump) and
timeouts. Diagnostics, compile errors included, are fine: only the tool's own
failure counts.

Usage: sweep.py --plugin P [--limit N] [--seconds S] [--timeout T] [--jobs J]
  --limit N    headers from each set, spread evenly (bounded run, default all)
  --seconds S  stop starting new TUs after S seconds (default: no limit)
"""

import argparse
import concurrent.futures
import glob
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CLANG_TIDY = "/usr/lib/llvm-22/bin/clang-tidy"
TARGET = "--target=x86_64-w64-mingw32"


def header_sets():
    cxx = sorted(p for p in glob.glob("/usr/lib/gcc/x86_64-w64-mingw32/*/include/c++/*")
                 if os.path.isfile(p))
    mingw = sorted(glob.glob("/usr/x86_64-w64-mingw32/include/*.h"))
    return {"libstdc++": cxx, "mingw-w64": mingw}


def spread(items, limit):
    if not limit or limit >= len(items):
        return items
    step = len(items) / float(limit)
    return [items[int(i * step)] for i in range(limit)]


def crashed(proc):
    text = proc.stderr + proc.stdout
    return proc.returncode < 0 or "Stack dump:" in text or "PLEASE submit a bug report" in text \
        or "AddressSanitizer" in text or "runtime error:" in text


def run(plugin, path, extra, timeout):
    cmd = [CLANG_TIDY, "--load=" + plugin, "-checks=-*,iis-*", "--quiet", path, "--", TARGET,
           "-std=c++17", "-I" + os.path.join(REPO, "sdk", "include"),
           "-I" + os.path.join(REPO, "test", "Inputs")] + extra
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", path
    return ("crash" if crashed(proc) else "ok"), path


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--plugin", required=True)
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--seconds", type=float, default=0)
    p.add_argument("--timeout", type=float, default=120)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    a = p.parse_args()

    work = tempfile.mkdtemp(prefix="iis-sweep-")
    jobs = []  # (path, extra flags)
    for name, headers in header_sets().items():
        for header in spread(headers, a.limit):
            tu = os.path.join(work, "%s-%s.cpp" % (name, os.path.basename(header)))
            with open(tu, "w") as f:
                f.write('#include "httpserv.h"\n#include <%s>\n' % os.path.basename(header))
            jobs.append((tu, []))
    inputs = sorted(glob.glob(os.path.join(REPO, "test", "checks", "*.cpp")) +
                    glob.glob(os.path.join(REPO, "test", "fixtures", "*", "*.cpp")))
    for path in inputs:
        jobs.append((path, ["-fms-extensions", "-isystem" + os.path.join(REPO, "test", "Inputs", "system")]))

    start = time.time()
    counts = {"ok": 0, "crash": 0, "timeout": 0, "skipped": 0}
    failures = []
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        futures = []
        for path, extra in jobs:
            if a.seconds and time.time() - start > a.seconds:
                counts["skipped"] += 1
                continue
            futures.append(pool.submit(run, a.plugin, path, extra, a.timeout))
            # Keep the queue short so that --seconds bounds the run.
            while len([f for f in futures if not f.done()]) >= 2 * a.jobs:
                time.sleep(0.05)
        for future in futures:
            status, path = future.result()
            counts[status] += 1
            if status != "ok":
                failures.append((status, path))
    for status, path in failures:
        print("%s: %s" % (status.upper(), path))
    print("sweep: %d TUs, %d ok, %d crashed, %d timed out, %d not started (time bound), %.0f s"
          % (sum(counts.values()), counts["ok"], counts["crash"], counts["timeout"],
             counts["skipped"], time.time() - start))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
