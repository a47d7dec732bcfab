"""The one-line summary of each iis-* check is written once, in its docs page
(docs/checks/<check>.md, first paragraph); iis-sarif's rule texts are
generated from it. The README's table and the check class's doxygen comment
repeat it for readers: this prints every place that says something else."""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.join(sys.argv[1], "cmake"))
from check_summaries import summary  # noqa: E402

repo = sys.argv[1]
plain = lambda text: re.sub(r"\s+", " ", re.sub(r"`([^`]*)`", r"\1", text)).strip()
readme = open(os.path.join(repo, "README.md"), encoding="utf-8").read()
bad = 0
for doc in sorted(glob.glob(os.path.join(repo, "docs", "checks", "iis-*.md"))):
    check = os.path.splitext(os.path.basename(doc))[0]
    want = plain(summary(doc))
    row = re.search(r"^\| \[%s\]\([^)]*\) \| (.*) \|$" % re.escape(check), readme, re.M)
    if not row or plain(row.group(1)) != want:
        print("README.md: the table row of %s differs from its docs page" % check)
        bad += 1
    name = "".join(part.capitalize() for part in check[len("iis-"):].split("-")) + "Check.h"
    name = name.replace("Registermodule", "RegisterModule")
    header = open(os.path.join(repo, "checks", name), encoding="utf-8").read()
    comment = re.search(r"((?:^/// .*\n)+)///\n", header, re.M)
    text = plain(" ".join(l[4:] for l in comment.group(1).splitlines())) if comment else ""
    if text != want:
        print("checks/%s: the doxygen summary differs from docs/checks/%s.md" % (name, check))
        bad += 1
print("%d checks, %d differences" % (len(glob.glob(os.path.join(repo, "docs", "checks", "iis-*.md"))), bad))
