"""The warnings and their notes of a clang-tidy or iis-lint log, by file name
(not path) and position, sorted: what two runs of one module must agree on."""
import os
import re
import sys

DIAG = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<kind>warning|note): (?P<text>.*)$")
findings, current = [], None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = DIAG.match(line.rstrip("\n"))
    if not m:
        continue
    where = "%s:%s:%s" % (os.path.basename(m["path"]), m["line"], m["col"])
    if m["kind"] == "warning":
        current = ["%s: warning: %s" % (where, m["text"])]
        findings.append(current)
    elif current is not None:
        current.append("  %s: note: %s" % (where, m["text"]))
for finding in sorted(findings):
    print("\n".join(finding))
