"""Which top-level keys the .clang-tidy files that clang-tidy uses for a
source set: the nearest file above the source, and its parents while it says
InheritParentConfig. Read with a pattern, not a YAML parser, in the YAML form
and the JSON one; used by lint-checks.py (Checks) and precompiled.py
(ExtraArgs).
"""
import os
import re

INHERIT = re.compile(r'^\s*[{,]?\s*"?InheritParentConfig"?\s*:\s*true',
                     re.MULTILINE | re.IGNORECASE)


def key_pattern(key):
    return re.compile(r'^\s*[{,]?\s*"?%s"?\s*:' % key, re.MULTILINE)


def _text(path, cache={}):
    if path not in cache:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                cache[path] = f.read()
        except OSError:
            cache[path] = None
    return cache[path]


def sets_key(source, key):
    """Whether a .clang-tidy that applies to source sets key (a regex of names)."""
    pattern = key_pattern(key)
    folder = os.path.dirname(os.path.abspath(source))
    while True:
        text = _text(os.path.join(folder, ".clang-tidy"))
        if text is not None:
            if pattern.search(text):
                return True
            if not INHERIT.search(text):
                return False
        parent = os.path.dirname(folder)
        if parent == folder:
            return False
        folder = parent
