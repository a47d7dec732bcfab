"""Precompiled headers for iis-lint's own clang-tidy runs (--project).

Nearly every IIS module reads the same stdafx.h (windows.h, httpserv.h, the
STL) first in every source. iis-compdb names that header per source in
BUILD_DIR/iis-compat/precompiled-headers.json; this module precompiles it
once per distinct folder, flags and header into BUILD_DIR/iis-pch, reuses it
while the header, everything it read and the flags are unchanged, and gives
each source the clang-tidy arguments that load it. The precompiled header
stands in only for the header the source reads first (clang's
-pch-through-header, MSVC's /Yu), so the findings are those of a plain parse.
compile_commands.json does not mention it: plain clang and clangd never see it.
"""
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys

from tidy_config import sets_key

# What clang says when a precompiled header does not fit the run after all.
UNUSABLE = re.compile(r"error: .*(precompiled header|PCH file|AST file)")
ERROR = re.compile(r"(fatal )?error: ")


class Group:
    """The sources that share one precompiled header."""

    def __init__(self, directory, command, header, output):
        self.directory, self.command, self.header = directory, command, header
        self.output = output
        self.sources = []
        self.usable, self.how = False, ""

    def tidy_args(self):
        return ["--extra-arg=-include-pch", "--extra-arg=" + self.output,
                "--extra-arg=-Xclang", "--extra-arg=-pch-through-header=" + self.header]


def header_command(arguments, source, header):
    """The entry's command, made to precompile header instead of parsing source."""
    if arguments and arguments[-1] == source:
        arguments = arguments[:-1]
    command, language, skip = [], "c++-header", False
    for i, argument in enumerate(arguments):
        if skip:
            skip = False
        elif argument == "-include":
            skip = True  # header is the first forced include; the others follow it
        elif argument == "-x" and arguments[i + 1:i + 2] == ["c"]:
            language, skip = "c-header", True
        elif argument != "-fsyntax-only":
            command.append(argument)
    return command + ["-x", language, header]


def read_depfile(path):
    """The prerequisites of a Makefile rule as clang's -MF writes it."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read().replace("\\\n", " ")
    text = text.split(":", 1)[1] if ": " in text else text
    names, current, escaped = [], "", False
    for char in text:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char.isspace():
            if current:
                names.append(current)
            current = ""
        else:
            current += char
    return names + ([current] if current else [])


def fingerprint(paths):
    """[path, mtime_ns, size] of each path; a path clang found only through
    the overlay, and not on disk, as [path, None, None]."""
    stamps = []
    for path in paths:
        try:
            stat = os.stat(path)
            stamps.append([path, stat.st_mtime_ns, stat.st_size])
        except OSError:
            stamps.append([path, None, None])
    return stamps


def is_current(group, manifest_path):
    try:
        with open(manifest_path) as f:
            manifest = json.load(f)
    except (OSError, ValueError):
        return False
    if manifest.get("command") != group.command or not os.path.exists(group.output):
        return False
    inputs = manifest.get("inputs", [])
    return fingerprint([stamp[0] for stamp in inputs]) == inputs


def build(group):
    """Builds or reuses group's precompiled header; sets usable and how."""
    try:
        build_or_reuse(group)
    except OSError as error:
        group.usable, group.how = False, "%s: %s" % (error.filename or group.output, error.strerror)


def build_or_reuse(group):
    manifest_path = group.output + ".json"
    if is_current(group, manifest_path):
        group.usable, group.how = True, "reused"
        return
    temporary = group.output + ".%d.tmp" % os.getpid()
    depfile = temporary + ".d"
    done = subprocess.run(group.command + ["-o", temporary, "-MD", "-MF", depfile],
                          cwd=group.directory or None, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, errors="replace")
    built = done.returncode == 0 and os.path.exists(depfile)
    inputs = fingerprint(read_depfile(depfile)) if built else None
    if inputs is None:
        errors = [line for line in done.stdout.splitlines() if ERROR.search(line)]
        group.how = errors[0] if errors else "clang exited with status %d" % done.returncode
        for path in (temporary, depfile):
            if os.path.exists(path):
                os.remove(path)
        return
    os.replace(temporary, group.output)
    os.remove(depfile)
    with open(manifest_path + ".tmp", "w") as f:
        json.dump({"command": group.command, "inputs": inputs}, f)
    os.replace(manifest_path + ".tmp", manifest_path)
    group.usable, group.how = True, "built"


def why_not(args, files):
    """Why the run must not use precompiled headers, or None."""
    if args.no_pch:
        return ""
    if args.fix:
        return "the fixes may rewrite the headers they hold"
    changes = [a for a in args.tidy_args if re.match(r"--?(extra-arg|config)", a)]
    if changes:
        return "'%s' may change how the sources are parsed" % changes[0]
    configured = [f for f in files if sets_key(f, "ExtraArgs(Before)?")]
    if configured:
        return "a .clang-tidy sets ExtraArgs for '%s'" % os.path.relpath(configured[0])
    return None


def prune(store, kept):
    """Removes the precompiled headers of flags or headers the module no longer has."""
    for name in os.listdir(store):
        path = os.path.join(store, name)
        if name.endswith((".pch", ".pch.json")) and path.replace(".pch.json", ".pch") not in kept:
            try:
                os.remove(path)
            except OSError:
                pass


def groups_for(build_dir, entries, files):
    """The groups that the database's (source, entry) pairs form, restricted
    to files, and whether files are all the database's sources."""
    try:
        with open(os.path.join(build_dir, "iis-compat", "precompiled-headers.json")) as f:
            headers = {os.path.normpath(e["file"]): e["header"] for e in json.load(f)}
    except (OSError, ValueError, KeyError, TypeError):
        return [], False
    store = os.path.join(os.path.abspath(build_dir), "iis-pch")
    groups, wanted, complete = {}, set(files), True
    for source, entry in entries:
        complete &= source in wanted
        header = headers.get(source)
        if header is None or source not in wanted or "arguments" not in entry:
            continue
        directory = entry.get("directory", "")
        command = header_command(entry["arguments"], entry["file"], header)
        key = hashlib.sha1(json.dumps([directory, command]).encode()).hexdigest()[:16]
        if key not in groups:
            groups[key] = Group(directory, command, header, os.path.join(store, key + ".pch"))
        groups[key].sources.append(source)
    return list(groups.values()), complete


def prepare(args, entries, files):
    """{source: clang-tidy arguments that load its precompiled header}, for
    the files among the database's (source, entry) pairs; says on stderr what
    was built, reused or not built."""
    reason = why_not(args, files)
    if reason is not None:
        if reason:
            print("iis-lint: no precompiled header: " + reason, file=sys.stderr)
        return {}
    groups, complete = groups_for(args.build_dir, entries, files)
    if not groups:
        return {}
    store = os.path.dirname(groups[0].output)
    try:
        os.makedirs(store, exist_ok=True)
    except OSError as error:
        print("iis-lint: no precompiled header: cannot create '%s': %s" % (store, error.strerror),
              file=sys.stderr)
        return {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        list(pool.map(build, groups))
    if complete:
        prune(store, {group.output for group in groups})
    chosen, outcomes = {}, {}
    for group in groups:
        outcome = (os.path.relpath(group.header), group.usable, group.how)
        outcomes[outcome] = outcomes.get(outcome, 0) + len(group.sources)
        if group.usable:
            chosen.update({source: group.tidy_args() for source in group.sources})
    for (name, usable, how), count in outcomes.items():
        if usable:
            print("iis-lint: precompiled header '%s' %s for %d of %d sources"
                  % (name, how, count, len(files)), file=sys.stderr)
        else:
            print("iis-lint: precompiled header '%s' not built (%s); its %d source(s) are parsed "
                  "on their own" % (name, how, count), file=sys.stderr)
    return chosen


def unusable(output):
    """Whether a clang-tidy run failed because of its precompiled header."""
    return any(UNUSABLE.search(line) for line in output.splitlines())
