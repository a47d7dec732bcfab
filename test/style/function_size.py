"""Functions stay short: prints every function of lib/, checks/ and tools/
longer than 100 lines (upstream readability-function-size's LineThreshold).
Sources follow .clang-format, so a function body opens on a line ending in
'{' at column 0's statement and closes with '}' at column 0."""
import os
import re
import subprocess
import sys

repo, limit = sys.argv[1], 100
files = subprocess.run(["git", "ls-files", "lib/*.cpp", "checks/*.cpp", "tools/*.cpp"], cwd=repo,
                       stdout=subprocess.PIPE, text=True).stdout.split()
long_ones = 0
for name in files:
    lines = open(os.path.join(repo, name), encoding="utf-8").read().split("\n")
    start = None
    for number, line in enumerate(lines, 1):
        top_level_open = (re.match(r"^[A-Za-z].*\)\s*(const\s*)?(override\s*)?\{$", line)
                          or re.match(r"^\s*(const )?[\w:<>,\s*&]+\(.*\)\s*(const\s*)?\{$", line)
                          and not line.startswith(" "))
        if start is None and top_level_open:
            start = number
        elif start is not None and line == "}":
            if number - start + 1 > limit:
                print("%s:%d: function of %d lines" % (name, start, number - start + 1))
                long_ones += 1
            start = None
print("%d files, %d functions over %d lines" % (len(files), long_ones, limit))
