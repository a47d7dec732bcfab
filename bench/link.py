#!/usr/bin/env python3
"""Measures whole-module analysis: the link step at scale, and what writing a
summary adds to a per-TU run.

  link      iis-link over generated summaries of T translation units with F
            functions each (1000 x 100 by default): each function calls two
            functions of other TUs, one in ten allocates, one handler per TU.
            Wall time is the minimum of --reps runs; the target is < 2 s.
  writing   the per-TU run of the realistic bench TU with and without a
            summary directory, in instructions (callgrind) when valgrind is
            there, else wall time; the target is <= 2 % more.

Usage: bench/link.py --plugin build/lib/IISTidy.so --link build/bin/iis-link
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import generate  # noqa: E402  (the realistic TU of bench/run.py)
import run as bench_run  # noqa: E402  (its callgrind helper)


def generate_summaries(directory, tus, functions, producer, seed=1):
    """Writes one tiny source and one summary per TU; returns the summary dir."""
    rng = random.Random(seed)
    sources = os.path.join(directory, "src")
    summaries = os.path.join(directory, "summaries")
    os.makedirs(sources)
    os.makedirs(summaries)
    for t in range(tus):
        source = os.path.join(sources, "tu%04d.cpp" % t)
        with open(source, "w") as f:
            f.write("// tu %d\n" % t)
        funcs = []
        for i in range(functions):
            calls = []
            for _ in range(2):
                other, callee = rng.randrange(tus), rng.randrange(functions)
                calls.append({"callee": "c:@F@f%d_%d#" % (other, callee),
                              "name": "f%d_%d" % (other, callee),
                              "at": [0, 10 + i, 5, 100 + i * 40]})
            f = {"usr": "c:@F@f%d_%d#" % (t, i), "name": "f%d_%d" % (t, i),
                 "at": [0, 10 + i, 1, 100 + i * 40], "calls": calls}
            if i == 0:
                f["handler"] = "CHttpModule::OnBeginRequest"
                f["timing"] = "once-per-request"
            if rng.random() < 0.1:
                f["allocations"] = [{"spelling": "new[]", "advice": "use the pool",
                                     "at": [0, 11 + i, 7, 120 + i * 40]}]
            funcs.append(f)
        summary = {"format": "iis-tidy-summary", "version": 2, "producer": producer,
                   "main": source, "key": "k", "inputs": [], "files": [source],
                   "functions": funcs, "reported": [],
                   "checks": ["iis-request-heap-allocation"], "options": {}, "complete": True}
        with open(os.path.join(summaries, "tu%04d-0.iis-summary.json" % t), "w") as f:
            json.dump(summary, f, separators=(",", ":"))
    return summaries


def time_link(link, summaries, reps):
    best = None
    out = ""
    for _ in range(reps):
        start = time.perf_counter()
        proc = subprocess.run([link, "--allow-stale", summaries], capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if proc.returncode:
            sys.exit("iis-link failed: " + proc.stderr)
        out = proc.stderr.strip().splitlines()[-1]
        best = elapsed if best is None else min(best, elapsed)
    return best, out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--plugin", required=True)
    p.add_argument("--link", required=True)
    p.add_argument("--tus", type=int, default=1000)
    p.add_argument("--functions", type=int, default=100)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--no-callgrind", action="store_true")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as work:
        # Summary writing first, on the realistic TU of bench/run.py: its
        # summary also names the producer the link step accepts.
        tu = os.path.join(work, "realistic.cpp")
        with open(tu, "w") as f:
            f.write(generate.realistic(4))
        flags = ["--target=x86_64-w64-mingw32", "-std=c++17",
                 "-isystem" + os.path.join(REPO, "sdk", "include")]
        cmd = ["/usr/lib/llvm-22/bin/clang-tidy", "--load=" + a.plugin, "-checks=-*,iis-*",
               "--quiet", tu, "--"] + flags
        env_off = dict(os.environ)
        env_off.pop("IIS_TIDY_SUMMARY_DIRECTORY", None)
        env_on = dict(env_off, IIS_TIDY_SUMMARY_DIRECTORY=os.path.join(work, "tu-summaries"))
        if not a.no_callgrind and subprocess.run(["which", "valgrind"], capture_output=True).returncode == 0:
            def instructions(env):
                saved = dict(os.environ)
                os.environ.clear()
                os.environ.update(env)
                try:
                    return bench_run.callgrind_instructions(cmd)
                finally:
                    os.environ.clear()
                    os.environ.update(saved)
            off, on = instructions(env_off), instructions(env_on)
            unit = "instructions"
        else:
            def wall(env):
                best = None
                for _ in range(a.reps * 2):
                    start = time.perf_counter()
                    subprocess.run(cmd, env=env, capture_output=True)
                    e = time.perf_counter() - start
                    best = e if best is None else min(best, e)
                return best
            off, on = wall(env_off), wall(env_on)
            unit = "s (wall, min)"
        written = os.path.join(work, "tu-summaries", os.listdir(os.path.join(work, "tu-summaries"))[0])
        with open(written) as f:
            producer = json.load(f)["producer"]
        size = os.path.getsize(written)

        summaries = generate_summaries(work, a.tus, a.functions, producer)
        total = sum(os.path.getsize(os.path.join(summaries, f)) for f in os.listdir(summaries))
        seconds, line = time_link(a.link, summaries, a.reps)
        print("link: %d TUs x %d functions (%.1f MB of summaries, %.1f KB per TU): "
              "%.2f s (target < 2 s); %s" % (a.tus, a.functions, total / 1e6,
                                             total / 1e3 / a.tus, seconds, line))
        print("writing: realistic-4 per-TU run %s without a summary %s, with %s: "
              "%.2f %% more (target <= 2 %%); summary %d bytes" % (
                  unit, off, on, 100.0 * (on - off) / off, size))

if __name__ == "__main__":
    main()
