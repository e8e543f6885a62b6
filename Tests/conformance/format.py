#!/usr/bin/env python3
"""`protopkg format` against `buf format` (buf 1.75.0) on whole corpora.

    format.py --protopkg PATH/protopkg [--buf PATH/buf] [--corpus DIR] [--work DIR]
              [--native PATH/protopkg-compile-native] [--show N]

For each archive of the corpus directory (both googleapis snapshots and protobuf v36.0's
.proto files) the tree is unpacked twice: buf formats one copy into a directory (`buf format
-o`), protopkg rewrites the other in place (`protopkg format --write`). Then:
  - agreement: the files whose formatted text is byte for byte buf's, counted per corpus;
  - idempotence: `protopkg format --exit-code` on its own output must find nothing to change;
  - with --native, for the googleapis trees: the formatted tree compiles to the same
    descriptor set (no source info) as the original.
Prints one `ok`/`not ok` line per check with the counts, the first differing files, and
exits 1 on any disagreement.
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def proto_files(tree):
    return sorted(
        os.path.relpath(os.path.join(d, f), tree)
        for d, dirs, fs in os.walk(tree)
        for f in fs if f.endswith(".proto"))


def unpack(archive, dest):
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(archive) as t:
        t.extractall(dest)


def show_diff(name, a_path, b_path, limit=30):
    a = open(a_path, encoding="utf-8", errors="replace").read().splitlines(keepends=True)
    b = open(b_path, encoding="utf-8", errors="replace").read().splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, f"buf/{name}", f"protopkg/{name}"))
    return "".join("#   " + l if l.endswith("\n") else "#   " + l + "\n" for l in lines[:limit])


def corpus(args, archive, work):
    label = os.path.basename(archive)[: -len(".tar.xz")]
    base = os.path.join(work, label)
    src, by_buf, by_protopkg = base + ".src", base + ".buf", base + ".protopkg"
    unpack(archive, src)
    shutil.copytree(src, by_protopkg)
    ok = True

    b = run([args.buf, "format", src, "-o", by_buf])
    if b.returncode != 0:
        print(f"not ok - {label}: buf format failed\n#   {b.stderr.decode()[:2000]}")
        return False
    p = run([args.protopkg, "format", "--write", "."], cwd=by_protopkg)
    if p.returncode != 0:
        print(f"not ok - {label}: protopkg format --write failed (exit {p.returncode})\n#   {p.stderr.decode()[:2000]}")
        return False

    files = proto_files(src)
    differ = [f for f in files
              if open(os.path.join(by_buf, f), "rb").read() != open(os.path.join(by_protopkg, f), "rb").read()]
    same = len(files) - len(differ)
    if differ:
        ok = False
        print(f"not ok - {label}: {same}/{len(files)} files formatted as buf formats them")
        for f in differ[: args.show]:
            print(f"#  {f}")
            sys.stdout.write(show_diff(f, os.path.join(by_buf, f), os.path.join(by_protopkg, f)))
    else:
        print(f"ok - {label}: {same}/{len(files)} files formatted as buf formats them")

    again = run([args.protopkg, "format", "--exit-code", "--diff", "."], cwd=by_protopkg)
    if again.returncode == 0:
        print(f"ok - {label}: formatting twice changes nothing ({len(files)} files)")
    else:
        ok = False
        print(f"not ok - {label}: a second format changes files (exit {again.returncode})\n"
              + "".join("#   " + l + "\n" for l in again.stdout.decode().splitlines()[:40]))

    if args.native and label.startswith("googleapis-"):
        ok = same_descriptors(args, label, src, by_protopkg, work) and ok
    return ok


def normalized(path):
    """The descriptor set with each file's imports as sets: sorting imports is the one change
    formatting makes to what a file declares, and it only reorders `dependency`."""
    from google.protobuf import descriptor_pb2  # the venv's python (make format-conformance) has it
    fds = descriptor_pb2.FileDescriptorSet()
    fds.ParseFromString(open(path, "rb").read())
    out = []
    for f in fds.file:
        deps = list(f.dependency)
        imports = sorted((d, i in f.public_dependency, i in f.weak_dependency) for i, d in enumerate(deps))
        f.ClearField("dependency")
        f.ClearField("public_dependency")
        f.ClearField("weak_dependency")
        out.append((f.name, imports, f.SerializeToString(deterministic=True)))
    return out


def same_descriptors(args, label, original, formatted, work):
    files = [f for f in proto_files(original) if f.startswith(("google/", "grafeas/"))]
    argfile = os.path.join(work, label + ".files")
    with open(argfile, "w") as f:
        f.write("\n".join(files) + "\n")
    outs = []
    for tree, name in ((original, "original"), (formatted, "formatted")):
        out = os.path.join(work, f"{label}.{name}.pb")
        n = run([args.native, "-I.", f"--descriptor_set_out={out}", f"@{argfile}"], cwd=tree)
        if n.returncode != 0:
            print(f"not ok - {label}: the {name} tree does not compile\n#   {n.stderr.decode()[:2000]}")
            return False
        outs.append(normalized(out))
    # The set lists files in dependency order, which follows the order of their imports.
    original, formatted = ({name: (imports, rest) for name, imports, rest in o} for o in outs)
    differ = sorted(n for n in set(original) | set(formatted) if original.get(n) != formatted.get(n))
    if not differ:
        print(f"ok - {label}: the formatted tree compiles to the same descriptors, imports as sets ({len(outs[0])} files)")
        return True
    print(f"not ok - {label}: the formatted tree compiles to different descriptors: " + ", ".join(differ[:10]))
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--protopkg", required=True)
    ap.add_argument("--buf", default=os.path.join(ROOT, ".venv", "bin", "buf"))
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared", "corpus"))
    ap.add_argument("--native", help="protopkg-compile-native, to check that formatting keeps the descriptors")
    ap.add_argument("--work", help="keep the trees here instead of a temporary directory")
    ap.add_argument("--show", type=int, default=5, help="how many differing files to show per corpus")
    args = ap.parse_args()
    args.protopkg = os.path.abspath(args.protopkg)
    if args.native:
        args.native = os.path.abspath(args.native)
    if not os.path.isdir(args.corpus):
        print(f"not ok - corpus directory {args.corpus} not found")
        return 1
    archives = sorted(os.path.join(args.corpus, f) for f in os.listdir(args.corpus) if f.endswith(".tar.xz"))
    work = args.work or tempfile.mkdtemp(prefix="protopkg-format-")
    try:
        ok = True
        for archive in archives:
            ok = corpus(args, archive, work) and ok
        return 0 if ok else 1
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
