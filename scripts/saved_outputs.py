"""The per-TU output of each source, kept for an incremental --whole-module
run: a source whose summary is current is not analysed again, and its
findings are printed from here instead, so that an incremental run prints
what a full one does.

As a command: saved_outputs.py DIR SOURCE... prints the kept output of each
SOURCE in turn and, on stderr, how many were replayed and which had none.
"""
import hashlib
import os
import sys


def path_for(directory, source):
    key = hashlib.sha1(os.path.normpath(os.path.abspath(source)).encode()).hexdigest()[:16]
    return os.path.join(directory, key + ".out")


def save(directory, source, output):
    os.makedirs(directory, exist_ok=True)
    target = path_for(directory, source)
    with open(target + ".tmp", "w") as f:
        f.write(output)
    os.replace(target + ".tmp", target)


def main():
    directory, sources = sys.argv[1], sys.argv[2:]
    replayed, without = 0, []
    for source in sources:
        try:
            with open(path_for(directory, source)) as f:
                output = f.read()
        except OSError:
            without.append(source)
            continue
        replayed += 1
        if output:
            sys.stdout.write(output if output.endswith("\n") else output + "\n")
    sys.stdout.flush()
    print("iis-lint: per-TU findings of %d unchanged source(s) replayed from their last run"
          % replayed, file=sys.stderr)
    for source in without:
        print("iis-lint: no kept per-TU output of '%s' (its summary was written outside "
              "iis-lint); run without a current summary to see its per-TU findings" % source,
              file=sys.stderr)


if __name__ == "__main__":
    main()
