"""Parses every entry of a compile_commands.json with plain clang++ and the
entry's own arguments (the database must be self-contained), printing
'<file name>: parsed' or '<file name>: <first error>'. Exit status 0."""
import json
import os
import subprocess
import sys

clangxx, build = sys.argv[1], sys.argv[2]
with open(os.path.join(build, "compile_commands.json")) as f:
    entries = json.load(f)
for entry in entries:
    done = subprocess.run([clangxx] + entry["arguments"][1:], cwd=entry["directory"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    errors = [line for line in done.stdout.splitlines() if "error:" in line]
    name = os.path.basename(entry["file"])
    print("%s: %s" % (name, "parsed" if done.returncode == 0 and not errors
                      else errors[0].split("error:", 1)[1].strip() if errors else "failed"))
