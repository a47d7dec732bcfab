#!/usr/bin/env python3
"""Runs clang-tidy with the iis-tidy plugin on every source of a compilation
database, in parallel, prints each source's output in database order, and
ends with what was seen:

  iis-lint: 12 sources: 9 parsed cleanly, 3 in part (missing: curl/curl.h), 0 not analysed

A source is analysed "in part" when headers were skipped (tolerant parsing)
or it has compile errors, and "not analysed" when clang-tidy could not run on
it or stopped at a fatal error. Exit status: 1 with --warnings-as-errors and
an iis-* finding, or with --strict and any source not parsed cleanly, or when
a source was not analysed; else 0. Used by scripts/iis-lint --project.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys

import precompiled
import saved_outputs

FINDING = re.compile(r":\d+:\d+: (warning|error): .*\[(iis-[a-z-]+)(,-warnings-as-errors)?\]$")
MISSING = re.compile(r"remark: '([^']+)' not found: skipped.*\[iis-tolerant-parsing\]$")
COMPILE_ERROR = re.compile(r":\d+:\d+: error: .*\[clang-diagnostic-error\]$")
FATAL = re.compile(r"(fatal error:|error: unable to|Segmentation fault|Stack dump:|PLEASE submit)")


def entry_source(entry):
    return os.path.normpath(os.path.join(entry.get("directory", ""), entry["file"]))


def sources(entries, only):
    files = []
    for path in map(entry_source, entries):
        if path not in files and (not only or any(re.search(r, path) for r in only)):
            files.append(path)
    return files


def run(args, index, source, pch_args):
    # The missing-header remarks feed the closing line, whatever checks run;
    # without --checks, clang-tidy appends the name to the .clang-tidy's Checks.
    checks = args.checks + "," if args.checks else ""
    command = [args.clang_tidy, "--load=" + args.plugin, "-p", args.build_dir,
               "--checks=" + checks + "iis-tolerant-parsing", "--quiet"]
    if not args.checks:
        # A .clang-tidy may turn every check off, for a third-party folder say.
        command.append("--allow-no-checks")
    # clang-tidy's tooling ignores -ivfsoverlay in the compile command; the
    # compatibility overlay that iis-compdb wrote is given to it directly.
    overlay = os.path.join(args.build_dir, "iis-compat", "overlay.yaml")
    if os.path.exists(overlay):
        command.append("--vfsoverlay=" + overlay)
    if args.warnings_as_errors:
        command.append("--warnings-as-errors=iis-*")
    if args.export_fixes:
        command.append("--export-fixes=%s/%04d.yaml" % (args.export_fixes, index))
    if args.fix:
        command.append(args.fix)
    command += args.tidy_args
    done = subprocess.run(command + pch_args + [source], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, errors="replace")
    if pch_args and precompiled.unusable(done.stdout):
        print("iis-lint: the precompiled header did not fit %s; parsed on its own" % source,
              file=sys.stderr)
        return run(args, index, source, [])
    return done.returncode, done.stdout


def classify(returncode, output):
    lines = output.splitlines()
    missing = [m.group(1) for line in lines for m in [MISSING.search(line)] if m]
    findings = [line for line in lines if FINDING.search(line)
                and "[iis-tolerant-parsing]" not in line]
    if any(FATAL.search(line) for line in lines) or returncode < 0:
        state = "not analysed"
    elif missing or any(COMPILE_ERROR.search(line) for line in lines):
        state = "in part"
    else:
        state = "cleanly"
    return state, missing, findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("-p", dest="build_dir", required=True)
    parser.add_argument("--checks", help="added to the Checks of the .clang-tidy files")
    parser.add_argument("-j", dest="jobs", type=int, default=os.cpu_count())
    parser.add_argument("--warnings-as-errors", action="store_true")
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--export-fixes", help="folder for one --export-fixes YAML per source")
    parser.add_argument("--fix", dest="fix", action="store_const", const="--fix",
                        help="apply the fix-its, one source at a time")
    parser.add_argument("--fix-errors", dest="fix", action="store_const", const="--fix-errors",
                        help="apply them also in sources with compile errors")
    parser.add_argument("--tidy-arg", dest="tidy_args", action="append", default=[],
                        help="an option passed on to clang-tidy (repeatable)")
    parser.add_argument("--save-outputs", help="keep each source's output in this folder")
    parser.add_argument("--no-pch", action="store_true",
                        help="parse every source on its own, without precompiled headers")
    parser.add_argument("only", nargs="*", help="regular expressions of sources to lint")
    args = parser.parse_args()

    with open(os.path.join(args.build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    files = sources(entries, args.only)
    if args.fix:
        # Two sources that include the same header must not both rewrite it.
        args.jobs = 1
    counts = {"cleanly": 0, "in part": 0, "not analysed": 0}
    seen = []
    missing_all, findings = [], 0
    pch = precompiled.prepare(args, [(entry_source(e), e) for e in entries], files)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = pool.map(lambda item: run(args, *item, pch.get(item[1], [])), enumerate(files))
        for source, (returncode, output) in zip(files, results):
            lines = [line for line in output.splitlines()
                     if not re.match(r"^\d+ (warnings?|errors?)( and \d+ (warnings?|errors?))? generated\.$", line)
                     and line not in ("Error while processing %s." % source, "Found compiler error(s).")]
            if lines:
                print("\n".join(lines), flush=True)
            if args.save_outputs:
                saved_outputs.save(args.save_outputs, source,
                                   "\n".join(lines) + "\n" if lines else "")
            state, missing, found = classify(returncode, output)
            counts[state] += 1
            seen.append({"file": source, "state": state, "missing": missing})
            findings += len(found)
            if state == "not analysed":
                print("iis-lint: %s was not analysed" % source, file=sys.stderr)
            missing_all += [m for m in missing if m not in missing_all]
    part = "%d in part" % counts["in part"]
    if missing_all:
        part += " (missing: %s)" % ", ".join(sorted(missing_all))
    summary = "%d sources: %d parsed cleanly, %s, %d not analysed" % (
        len(files), counts["cleanly"], part, counts["not analysed"])
    print("iis-lint: " + summary, file=sys.stderr)
    if args.export_fixes:
        # For iis-sarif --coverage: the same facts as the run's notifications.
        with open(os.path.join(args.export_fixes, "iis-lint-coverage.json"), "w") as f:
            json.dump({"summary": summary, "sources": seen}, f)
    failed = counts["not analysed"] > 0
    failed |= args.warnings_as_errors and findings > 0
    failed |= args.strict and counts["in part"] > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
