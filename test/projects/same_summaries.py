"""Compares the module summaries of two folders byte for byte:
same_summaries.py DIR_A DIR_B prints 'N summaries, all byte-identical' or
what differs."""
import glob
import os
import sys

names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(sys.argv[1], "*.iis-summary.json")))
other = sorted(os.path.basename(p) for p in glob.glob(os.path.join(sys.argv[2], "*.iis-summary.json")))
if names != other:
    sys.exit("different summaries: %s against %s" % (names, other))
differ = [n for n in names
          if open(os.path.join(sys.argv[1], n), "rb").read() != open(os.path.join(sys.argv[2], n), "rb").read()]
print("%d summaries, %s" % (len(names), "differ: " + ", ".join(differ) if differ else "all byte-identical"))
