#!/usr/bin/env python3
"""Speaks LSP to iis-clangd over stdio about one file and prints what it gets.

Sets up WORK/ with a copy of FILE, a .clangd that enables iis-* with
FastCheckFilter: Loose and adds the Windows target and sdk/include, opens the
file, waits for the diagnostics that carry iis-* findings, prints them (with
their related information, i.e. the notes), then asks for code actions on the
first diagnostic that has a fix-it and prints their edits. Output is for
FileCheck.

Usage: clangd_lsp.py --clangd BIN --file SRC --sdk DIR --work DIR
"""

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def reader(proc, out):
    while True:
        length = None
        while True:
            line = proc.stdout.readline()
            if not line:
                return
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        out.put(json.loads(proc.stdout.read(length)))


def wait_for(inbox, predicate, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            message = inbox.get(timeout=max(0.1, deadline - time.time()))
        except queue.Empty:
            break
        if predicate(message):
            return message
    sys.exit("clangd_lsp.py: timed out waiting for clangd")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--clangd", required=True)
    p.add_argument("--file", help="a source to copy into the work folder and open")
    p.add_argument("--tree", help="a folder to copy as the work folder instead")
    p.add_argument("--open", help="with --tree: the source to open, relative to it")
    p.add_argument("--sdk", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--fast-check-filter", default="Loose")
    a = p.parse_args()

    shutil.rmtree(a.work, ignore_errors=True)
    if a.tree:
        shutil.copytree(a.tree, a.work)
        os.makedirs(os.path.join(a.work, ".git"), exist_ok=True)
        path = os.path.join(a.work, a.open)
    else:
        os.makedirs(os.path.join(a.work, ".git"))
        path = os.path.join(a.work, os.path.basename(a.file))
        shutil.copy(a.file, path)
    with open(os.path.join(a.work, ".clangd"), "w") as f:
        f.write("CompileFlags:\n  Add: [--target=x86_64-pc-windows-msvc, -I%s]\n"
                "Diagnostics:\n  ClangTidy:\n    Add: [iis-*]\n    FastCheckFilter: %s\n"
                % (a.sdk, a.fast_check_filter))
    uri = "file://" + path

    proc = subprocess.Popen([a.clangd, "--log=error", "--pretty=false"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    inbox = queue.Queue()
    threading.Thread(target=reader, args=(proc, inbox), daemon=True).start()

    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": os.getpid(), "rootUri": "file://" + a.work,
        "capabilities": {"textDocument": {
            "publishDiagnostics": {"relatedInformation": True},
            "codeAction": {"codeActionLiteralSupport": {
                "codeActionKind": {"valueSet": ["quickfix"]}}}}}}})
    wait_for(inbox, lambda m: m.get("id") == 1, 30)
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    with open(path) as f:
        text = f.read()
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "cpp", "version": 1, "text": text}}})

    # clangd publishes once the file is parsed; tidy checks run in that pass.
    published = wait_for(inbox, lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri and m["params"]["diagnostics"], 120)
    diagnostics = [d for d in published["params"]["diagnostics"]
                   if str(d.get("code", "")).startswith("iis-")]
    if not diagnostics:
        print("no iis-* diagnostics (%d others)" % len(published["params"]["diagnostics"]))
    for d in sorted(diagnostics, key=lambda d: (d["range"]["start"]["line"],
                                                d["range"]["start"]["character"])):
        start = d["range"]["start"]
        print("diagnostic %s %d:%d %s" % (d["code"], start["line"] + 1,
                                          start["character"] + 1, d["message"].splitlines()[0]))
        end = d["range"]["end"]
        print("  range %d:%d-%d:%d" % (start["line"] + 1, start["character"] + 1,
                                       end["line"] + 1, end["character"] + 1))
        print("  link %s" % d.get("codeDescription", {}).get("href", "none"))
        for info in d.get("relatedInformation", []):
            print("  related %d: %s" % (info["location"]["range"]["start"]["line"] + 1,
                                        info["message"]))

    # Code actions for the findings: the quick fixes carry our fix-its.
    for i, d in enumerate(diagnostics):
        send(proc, {"jsonrpc": "2.0", "id": 100 + i, "method": "textDocument/codeAction",
                    "params": {"textDocument": {"uri": uri}, "range": d["range"],
                               "context": {"diagnostics": [d]}}})
        reply = wait_for(inbox, lambda m, i=i: m.get("id") == 100 + i, 60)
        for action in reply.get("result") or []:
            for edits in (action.get("edit", {}).get("changes", {}) or {}).values():
                for edit in edits:
                    print("action %s: line %d -> %r" % (action.get("title", "?"),
                                                        edit["range"]["start"]["line"] + 1,
                                                        edit["newText"]))

    send(proc, {"jsonrpc": "2.0", "id": 999, "method": "shutdown"})
    wait_for(inbox, lambda m: m.get("id") == 999, 30)
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    proc.wait(timeout=30)


if __name__ == "__main__":
    main()
