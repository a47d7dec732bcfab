"""Writes BUILD/compile_commands.json for the .cpp files of SRC, as CMake would.

usage: compile_db.py SRC BUILD SDK_INCLUDE [EXTRA_FLAG...]
"""
import json
import os
import sys

src, build, sdk = sys.argv[1:4]
extra = sys.argv[4:]
entries = [{"directory": src, "file": os.path.join(src, name),
            "arguments": ["clang++", "--target=x86_64-pc-windows-msvc", "-I" + sdk] + extra + ["-c", name]}
           for name in sorted(os.listdir(src)) if name.endswith(".cpp")]
with open(os.path.join(build, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
