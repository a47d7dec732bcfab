#!/usr/bin/env python3
"""Runs one iis-* check on one test file and verifies its output.

Follows the contract of upstream clang-tidy's check_clang_tidy.py:
  * the '// CHECK-*' comments are blanked (lines keep their numbers) and the
    result is written to <temp-file>;
  * clang-tidy runs with the plugin, '-checks=-*,<check>', a forced config
    (only the options given here), '-fix', and '-nostdinc++';
  * CHECK-MESSAGES is matched against the warnings (no unexpected warning or
    error may appear), CHECK-NOTES against warnings and notes (no unexpected
    note either), and CHECK-FIXES against the fixed file.
A file with none of these prefixes must be run with --expect-clean, which
fails on any diagnostic: a test that asserts nothing is refused.

Usage:
  check_iis_tidy.py --plugin P --clang-tidy CT [--check-suffix S]
      [--config-option KEY=VALUE ...] [--expect-clean]
      <source> <check> <temp-file> [-- <compiler args>]
"""

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
FILECHECK = "/usr/lib/llvm-22/bin/FileCheck"


def fail(message, output=""):
    sys.stderr.write(output)
    sys.exit("check_iis_tidy.py: " + message)


def run_filecheck(input_text, source, prefix, extra=()):
    # With several suffixes, one of them may have no line of this kind (a
    # suffix that adds warnings but no fixes); the caller checked that at
    # least one prefix is present.
    cmd = [FILECHECK, source, "-check-prefixes=" + prefix, "-input-file=-",
           "-dump-input=fail", "-allow-unused-prefixes"] + list(extra)
    proc = subprocess.run(cmd, input=input_text, text=True, capture_output=True)
    if proc.returncode != 0:
        fail("FileCheck failed for %s:\n%s" % (prefix, proc.stderr))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--check-suffix", default="")
    parser.add_argument("--config-option", action="append", default=[])
    parser.add_argument("--expect-clean", action="store_true")
    parser.add_argument("--tidy-arg", action="append", default=[])
    parser.add_argument("source")
    parser.add_argument("check")
    parser.add_argument("temp_file")
    args, rest = parser.parse_known_args()
    if rest and rest[0] == "--":
        rest = rest[1:]

    # As upstream, --check-suffix takes a comma-separated list.
    suffixes = [("-" + x) if x else "" for x in args.check_suffix.split(",")]
    messages, notes, fixes = (",".join("CHECK-%s%s" % (kind, x) for x in suffixes)
                              for kind in ("MESSAGES", "NOTES", "FIXES"))

    with open(args.source, encoding="utf-8") as f:
        text = f.read()
    has = {p: any(re.search(r"//\s*%s:" % re.escape(one), text)
                  for one in p.split(","))
           for p in (messages, notes, fixes)}
    if not any(has.values()) and not args.expect_clean:
        fail("%s has no %s, %s or %s line; use --expect-clean for a file that "
             "must produce no diagnostic" % (args.source, messages, notes, fixes))
    if has[messages] and has[notes]:
        fail("use either %s or %s, not both" % (messages, notes))

    cleaned = re.sub(r"//\s*CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", text)
    # Keep the source's extension: the driver picks the language from it.
    args.temp_file += os.path.splitext(args.source)[1]
    with open(args.temp_file, "w", encoding="utf-8") as f:
        f.write(cleaned)

    compiler_args = ["-nostdinc++", "-I" + os.path.join(REPO, "sdk", "include"),
                     "-I" + os.path.join(HERE, "Inputs")]
    if not any(a.startswith("--target=") or a == "-target" for a in rest):
        compiler_args.append("--target=x86_64-pc-windows-msvc")
    compiler_args += rest

    options = []
    for option in args.config_option:
        key, _, value = option.partition("=")
        options.append("%s: '%s'" % (key, value.replace("'", "''")))
    config = "{Checks: '-*,%s', CheckOptions: {%s}}" % (args.check, ", ".join(options))

    cmd = [args.clang_tidy, "--load=" + args.plugin, args.temp_file, "-fix",
           "--config=" + config] + args.tidy_arg + ["--"] + compiler_args
    proc = subprocess.run(cmd, text=True, capture_output=True)
    output = proc.stdout
    if proc.returncode < 0 or any(mark in proc.stderr + proc.stdout for mark in
                                  ("Stack dump:", "PLEASE submit", "LLVM ERROR",
                                   "AddressSanitizer", "runtime error:")):
        fail("clang-tidy crashed (exit %d)" % proc.returncode, proc.stderr)
    if "Could not load" in proc.stderr or "error: the iis-tidy plugin" in proc.stderr:
        fail("clang-tidy could not load the plugin", proc.stderr)
    print("------------------------ clang-tidy output -----------------------")
    print(output)
    print("------------------------------------------------------------------")

    # As upstream: clang-tidy's own "FIX-IT applied" notes are not the check's.
    diagnostics = "\n".join(l for l in output.splitlines()
                            if re.search(r"(^|\s)(warning|error|note):", l)
                            and "note: FIX-IT applied" not in l)
    without_notes = "\n".join(l for l in diagnostics.splitlines()
                              if ": note:" not in l)

    if args.expect_clean and not any(has.values()):
        if diagnostics.strip():
            fail("expected no diagnostics, got:\n" + diagnostics + "\n")
        return

    if has[fixes]:
        with open(args.temp_file, encoding="utf-8") as f:
            fixed = f.read()
        run_filecheck(fixed, args.source, fixes, ["-strict-whitespace"])
    if has[messages]:
        run_filecheck(without_notes + "\n", args.source, messages,
                      ["-implicit-check-not={{warning|error}}:"])
    if has[notes]:
        run_filecheck(diagnostics + "\n", args.source, notes,
                      ["-implicit-check-not={{note|warning|error}}:"])
    if not has[messages] and not has[notes] and without_notes.strip():
        fail("unexpected diagnostics in a CHECK-FIXES-only test:\n" + diagnostics)


if __name__ == "__main__":
    main()
