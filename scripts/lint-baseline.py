#!/usr/bin/env python3
"""The baseline of scripts/iis-lint: the findings a module already had when
it adopted the gate, so that the gate fails only on new ones.

  lint-baseline.py record FILE [--dir DIR]... [-p BUILD_DIR]   < OUTPUT
  lint-baseline.py filter FILE [--gate] [--dir DIR]... [-p BUILD_DIR]   < OUTPUT
  lint-baseline.py sarif FILE LOG.sarif

OUTPUT is what clang-tidy, run-clang-tidy, lint-sources.py and iis-link
print. 'record' passes it through and writes its findings to FILE; 'filter'
passes it through without the findings FILE holds (each with its notes and
source lines), says on stderr how many it suppressed, and with --gate exits
1 when an iis-* finding is left; 'sarif' drops the same findings from a SARIF
log written from the same run.

A finding is known by its check, its file relative to the current directory,
its message and the text of its line with the surrounding whitespace trimmed:
not by its line number, so that code moved by an edit above it keeps its
findings baselined. The baseline is a multiset: a finding recorded twice
suppresses two identical findings, and a third is new. Compile errors are
never baselined.
"""
import argparse
import collections
import json
import os
import re
import sys
import urllib.parse

FINDING = re.compile(r"^(?P<file>.+?):(?P<line>\d+):\d+: (?:warning|error): "
                     r"(?P<message>.*) \[(?P<check>[^\]]+)\]$")
# What belongs to the finding above it: notes, source excerpts, carets, fix-its.
FOLLOWER = re.compile(r"^(.+?:\d+:\d+: note: |note: | *\d* \|)")
NOT_BASELINED = "clang-diagnostic-error"


class Locator:
    """Turns a path as the tools print it into the file it names. clang-tidy
    prints a database source's path as its compile command spells it, so a
    relative path is looked up from the current directory, then from the
    given folders and the directories of the database's commands."""

    def __init__(self, folders, build_dir):
        self.folders = [os.getcwd()] + list(folders)
        self.build_dir = build_dir
        self.lines = {}

    def database_folders(self):
        # Read when first needed: --project writes the database during the run.
        if self.build_dir:
            try:
                with open(os.path.join(self.build_dir, "compile_commands.json")) as f:
                    entries = json.load(f)
            except (OSError, ValueError):
                entries = []
            self.folders += [e["directory"] for e in entries if e.get("directory")]
            self.build_dir = None
        return self.folders

    def find(self, path):
        if os.path.isabs(path):
            return os.path.normpath(path)
        for folder in self.database_folders():
            candidate = os.path.normpath(os.path.join(folder, path))
            if os.path.isfile(candidate):
                return candidate
        return os.path.abspath(path)

    def text(self, path, line):
        """The line's text, trimmed; empty when the file cannot be read."""
        if path not in self.lines:
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    self.lines[path] = f.read().splitlines()
            except OSError:
                self.lines[path] = []
        lines = self.lines[path]
        return lines[line - 1].strip() if 0 < line <= len(lines) else ""

    def fingerprint(self, check, path, line, message):
        found = self.find(path)
        return (check, os.path.relpath(found), message, self.text(found, line))


def groups(stream):
    """Yields (header match or None, lines): a finding with the lines that
    follow it, or any other line on its own."""
    header, lines = None, []
    for line in stream:
        line = line.rstrip("\n")
        if header and FOLLOWER.match(line):
            lines.append(line)
            continue
        if header:
            yield header, lines
        header = FINDING.match(line)
        lines = [line]
        if not header:
            yield None, lines
    if header:
        yield header, lines


def finding_key(header, locator):
    """The fingerprint of a finding, or None for what is never baselined."""
    # A gate run by clang-tidy itself tags its findings ',-warnings-as-errors'.
    check = header.group("check").replace(",-warnings-as-errors", "")
    if check == NOT_BASELINED:
        return None
    return locator.fingerprint(check, header.group("file"), int(header.group("line")),
                               header.group("message"))


def load(path):
    with open(path) as f:
        data = json.load(f)
    return collections.Counter(
        (e["check"], e["file"], e["message"], e["source"]) for e in data["findings"])


def save(path, keys):
    findings = [dict(zip(("check", "file", "message", "source"), key)) for key in sorted(keys)]
    with open(path, "w") as f:
        json.dump({"iis-lint-baseline": 1, "findings": findings}, f, indent=2)
        f.write("\n")


def plural(count):
    return "%d finding%s" % (count, "" if count == 1 else "s")


def record(args, locator):
    keys = []
    for header, lines in groups(sys.stdin):
        key = header and finding_key(header, locator)
        if key:
            keys.append(key)
        print("\n".join(lines), flush=True)
    save(args.baseline, keys)
    print("iis-lint: %s recorded in baseline %s" % (plural(len(keys)), args.baseline),
          file=sys.stderr)
    return 0


def filter_output(args, locator):
    remaining = load(args.baseline)
    suppressed, new_iis = 0, 0
    for header, lines in groups(sys.stdin):
        key = header and finding_key(header, locator)
        if key and remaining[key] > 0:
            remaining[key] -= 1
            suppressed += 1
            continue
        if key and key[0].startswith("iis-"):
            new_iis += 1
        print("\n".join(lines), flush=True)
    unmatched = sum(remaining.values())
    note = ""
    if unmatched:
        note = " (%s of it not seen in this run: --update-baseline shrinks it)" % plural(unmatched)
    print("iis-lint: %s suppressed by baseline %s%s" % (plural(suppressed), args.baseline, note),
          file=sys.stderr)
    return 1 if args.gate and new_iis else 0


def sarif_key(result, roots, locator):
    """The fingerprint of a SARIF result, as of the finding it was made from."""
    location = (result.get("locations") or [{}])[0].get("physicalLocation")
    if not location or result.get("ruleId") == NOT_BASELINED:
        return None
    artifact = location["artifactLocation"]
    uri = urllib.parse.urljoin(roots.get(artifact.get("uriBaseId"), ""), artifact["uri"])
    path = urllib.parse.unquote(urllib.parse.urlparse(uri).path)
    return locator.fingerprint(result.get("ruleId", ""), path,
                               location.get("region", {}).get("startLine", 0),
                               result.get("message", {}).get("text", ""))


def filter_sarif(args, locator):
    remaining = load(args.baseline)
    with open(args.sarif) as f:
        log = json.load(f)
    suppressed = 0
    for run in log.get("runs", []):
        roots = {name: base.get("uri", "") for name, base in run.get("originalUriBaseIds", {}).items()}
        kept = []
        for result in run.get("results", []):
            key = sarif_key(result, roots, locator)
            if key and remaining[key] > 0:
                remaining[key] -= 1
                suppressed += 1
            else:
                kept.append(result)
        run["results"] = kept
    if suppressed:
        with open(args.sarif, "w") as f:
            json.dump(log, f, indent=2)
            f.write("\n")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("record", "filter", "sarif"))
    parser.add_argument("baseline")
    parser.add_argument("sarif", nargs="?", help="with 'sarif': the log to filter")
    parser.add_argument("--gate", action="store_true", help="exit 1 on a new iis-* finding")
    parser.add_argument("--dir", action="append", default=[],
                        help="a folder relative paths may be relative to")
    parser.add_argument("-p", dest="build_dir", help="a folder with compile_commands.json")
    args = parser.parse_args()
    locator = Locator(args.dir, args.build_dir)
    try:
        return {"record": record, "filter": filter_output, "sarif": filter_sarif}[args.mode](args, locator)
    except (OSError, ValueError, KeyError) as error:
        print("iis-lint: baseline %s: %s" % (args.baseline, error), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
