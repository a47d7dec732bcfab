#!/usr/bin/env python3
"""Prints the --checks that scripts/iis-lint passes to clang-tidy when the
user gives none, for the sources about to be linted:

  lint-checks.py FILE...          sources named on the command line
  lint-checks.py -p BUILD_DIR     every source of BUILD_DIR/compile_commands.json

The .clang-tidy files decide, as they do in an IDE. Where none of them sets
Checks, clang-tidy would run its own defaults, which include no iis-* check;
iis-lint's default, -*,iis-*, stands in for them. So the output is empty when
a .clang-tidy sets Checks for every source, and -*,iis-* when one sets it for
none. One --checks value serves the whole run (run-clang-tidy takes one), so
a mix is reported on stderr and left to the files.
"""
import json
import os
import sys

from tidy_config import sets_key

DEFAULT = "-*,iis-*"


def sets_checks(source):
    return sets_key(source, "Checks")


def database_sources(build_dir):
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    return [os.path.join(e.get("directory", ""), e["file"]) for e in entries]


def main(argv):
    sources = database_sources(argv[1]) if argv[:1] == ["-p"] else argv
    unset = [s for s in sources if not sets_checks(s)]
    if sources and len(unset) == len(sources):
        print(DEFAULT)
    elif unset:
        print("iis-lint: warning: no .clang-tidy sets Checks for %d of %d sources (%s); "
              "clang-tidy's default checks, which include no iis-* check, run on them: "
              "set Checks in a .clang-tidy above them, or pass --checks"
              % (len(unset), len(sources), os.path.normpath(unset[0])), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
