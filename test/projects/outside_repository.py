"""Runs a command on a copy of a fixture outside any repository.

usage: outside_repository.py FIXTURE -- COMMAND...

The copy goes to a fresh temporary folder; "{dir}" in COMMAND stands for it,
and the output names it "<dir>". Fails when the temporary folder is inside a
repository (.git, .hg or .svn above it), which would defeat the test.
"""
import os
import shutil
import subprocess
import sys
import tempfile

fixture, command = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
with tempfile.TemporaryDirectory() as scratch:
    folder = scratch
    while True:
        if any(os.path.exists(os.path.join(folder, m)) for m in (".git", ".hg", ".svn")):
            sys.exit("outside_repository.py: the temporary folder is inside a repository")
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    copy = os.path.join(scratch, "checkout")
    shutil.copytree(fixture, copy)
    result = subprocess.run([arg.replace("{dir}", copy) for arg in command],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sys.stdout.write(result.stdout.replace(copy, "<dir>"))
    sys.exit(result.returncode)
