#!/usr/bin/env python3
"""Byte-for-byte differential test of the native compiler against protoc 35.1.

    compiler_conformance.py --native PATH/protopkg-compile-native [--corpus DIR]
                            [--only googleapis|protobuf] [--work DIR] [--keep-going]

For each googleapis snapshot the whole tree is compiled as one request; for protobuf's own
.proto files each file is compiled on its own, with import roots found from its imports, and
only the files protoc itself compiles are compared. Every compilation is compared in three
forms: --include_imports --include_source_info, --include_imports alone, and neither.
Prints how many files matched byte for byte per corpus and exits 1 on any mismatch, showing
the first difference (decoded with the Python protobuf runtime when it is available).
"""
import argparse
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VARIANTS = [
    ("imports+source-info", ["--include_imports", "--include_source_info"]),
    ("imports", ["--include_imports"]),
    ("plain", []),
]


def protoc_cmd():
    venv_python = os.path.join(ROOT, ".venv", "bin", "python")
    return [venv_python if os.path.exists(venv_python) else sys.executable, "-m", "grpc_tools.protoc"]


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def first_difference(a_path, b_path):
    """A short description of where two descriptor sets first differ."""
    a, b = open(a_path, "rb").read(), open(b_path, "rb").read()
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    lines = [f"sizes {len(a)} (protoc) vs {len(b)} (native), first differing byte at offset {i}"]
    try:
        sys.path.insert(0, os.path.join(ROOT, ".venv", "lib", "python3.11", "site-packages"))
        from google.protobuf import descriptor_pb2, text_format
        import difflib
        sa, sb = descriptor_pb2.FileDescriptorSet(), descriptor_pb2.FileDescriptorSet()
        sa.ParseFromString(a)
        sb.ParseFromString(b)
        for fa, fb in zip(sa.file, sb.file):
            if fa.SerializeToString() == fb.SerializeToString():
                continue
            ta = text_format.MessageToString(fa).splitlines()
            tb = text_format.MessageToString(fb).splitlines()
            lines.append(f"first differing file: {fa.name} (protoc) / {fb.name} (native)")
            lines += list(difflib.unified_diff(ta, tb, "protoc", "native", lineterm="", n=2))[:30]
            break
        else:
            if len(sa.file) != len(sb.file):
                lines.append(f"file counts differ: {len(sa.file)} vs {len(sb.file)}")
    except Exception as e:  # the decoder is a convenience only
        lines.append(f"(could not decode: {e})")
    return "\n".join("#   " + l for l in lines)


def file_count(path):
    """Number of files in a serialized FileDescriptorSet (each is a field 1 entry)."""
    data = open(path, "rb").read()
    i, n = 0, 0
    while i < len(data):
        key = data[i]
        i += 1
        assert key == 0x0A, "not a FileDescriptorSet"
        length, shift = 0, 0
        while True:
            b = data[i]
            i += 1
            length |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                break
        i += length
        n += 1
    return n


def googleapis(args, work):
    ok = True
    for archive in sorted(f for f in os.listdir(args.corpus) if f.startswith("googleapis-") and f.endswith(".tar.xz")):
        name = archive[: -len(".tar.xz")]
        tree = os.path.join(work, name)
        os.makedirs(tree, exist_ok=True)
        with tarfile.open(os.path.join(args.corpus, archive)) as t:
            t.extractall(tree)
        files = sorted(
            os.path.relpath(os.path.join(d, f), tree)
            for top in ("google", "grafeas") if os.path.isdir(os.path.join(tree, top))
            for d, _, fs in os.walk(os.path.join(tree, top)) for f in fs if f.endswith(".proto"))
        argfile = os.path.join(work, name + ".files")
        with open(argfile, "w") as f:
            f.write("\n".join(files) + "\n")
        for label, flags in VARIANTS:
            p_out = os.path.join(work, f"{name}.{label}.protoc.pb")
            n_out = os.path.join(work, f"{name}.{label}.native.pb")
            p = run(protoc_cmd() + ["-I."] + flags + [f"--descriptor_set_out={p_out}", f"@{argfile}"], cwd=tree)
            n = run([args.native, "-I."] + flags + values_flag(label) + [f"--descriptor_set_out={n_out}", f"@{argfile}"], cwd=tree)
            if p.returncode != 0:
                print(f"not ok - {name} [{label}]: protoc failed\n#   " + p.stderr.decode()[:2000])
                ok = False
                continue
            if n.returncode != 0:
                print(f"not ok - {name} [{label}]: native compiler failed\n#   " + n.stderr.decode()[:2000])
                ok = False
                continue
            same = open(p_out, "rb").read() == open(n_out, "rb").read()
            count = file_count(p_out)
            if same:
                print(f"ok - {name} [{label}]: {count}/{count} files byte for byte ({len(files)} requested)")
            else:
                print(f"not ok - {name} [{label}]: descriptor sets differ\n" + first_difference(p_out, n_out))
                ok = False
            os.remove(p_out)
            os.remove(n_out)
    return ok


def values_flag(label):
    """The forms the checks read (imports, with and without source info) are also compiled as
    values and compared with the bytes decoded (see protopkg-compile-native)."""
    return ["--check-values"] if label in ("imports+source-info", "imports") else []


def imports_of(path):
    out = []
    for line in open(path, encoding="utf-8", errors="replace"):
        s = line.strip()
        if s.startswith("import "):
            q = s.find('"')
            e = s.find('"', q + 1)
            if q >= 0 and e > q:
                out.append(s[q + 1 : e])
    return out


def protobuf_jobs(tree):
    """For each file: (import roots, import path), the roots found from its imports."""
    files = sorted(
        os.path.relpath(os.path.join(d, f), tree)
        for d, _, fs in os.walk(tree) for f in fs if f.endswith(".proto"))
    by_suffix = {}
    for f in files:
        parts = f.split("/")
        for k in range(len(parts)):
            by_suffix.setdefault("/".join(parts[k:]), []).append(f)

    def candidates(imp, near):
        found = by_suffix.get(imp, [])
        # Prefer the copy sharing the longest leading path with the importing file.
        return sorted(found, key=lambda c: -len(os.path.commonprefix([c, near])))

    def root_of(f, imp):
        return f[: len(f) - len(imp)].rstrip("/") or "."

    # How other files name each file: its suffix as imported anywhere.
    imported_as = {}
    for f in files:
        for imp in imports_of(os.path.join(tree, f)):
            for c in candidates(imp, f)[:1]:
                imported_as.setdefault(c, imp)

    jobs = []
    for f in files:
        own = imported_as.get(f)
        if own is None:
            if f.startswith("src/"):
                own = f[len("src/"):]
            else:
                own = f
        roots = [root_of(f, own)]
        todo, seen = [f], {f}
        while todo:
            cur = todo.pop()
            for imp in imports_of(os.path.join(tree, cur)):
                if imp.startswith("google/protobuf/") and not any(
                        os.path.exists(os.path.join(tree, r, imp)) for r in roots):
                    local = candidates(imp, cur)
                    if not local:
                        continue  # protoc's bundled copy
                resolved = next((os.path.normpath(os.path.join(r, imp)) for r in roots
                                 if os.path.exists(os.path.join(tree, r, imp))), None)
                if resolved is None:
                    c = candidates(imp, cur)
                    if not c:
                        continue
                    roots.append(root_of(c[0], imp))
                    resolved = c[0]
                if resolved not in seen:
                    seen.add(resolved)
                    todo.append(resolved)
        jobs.append((roots, own))
    return jobs


def protobuf(args, work):
    archive = os.path.join(args.corpus, "protobuf-v36.0-protos.tar.xz")
    tree = os.path.join(work, "protobuf")
    os.makedirs(tree, exist_ok=True)
    with tarfile.open(archive) as t:
        t.extractall(tree)
    jobs = protobuf_jobs(tree)
    compiled = matched = 0
    failures = []
    batch = []
    outs = []
    rejected = []  # (name, roots, protoc's first error line)
    for index, (roots, name) in enumerate(jobs):
        includes = [f"-I{r}" for r in roots]
        p_full = os.path.join(work, f"pb{index}.full.protoc.pb")
        p = run(protoc_cmd() + includes + ["--include_imports", "--include_source_info", f"--descriptor_set_out={p_full}", name], cwd=tree)
        if p.returncode != 0:
            first = next((l for l in p.stderr.decode(errors="replace").splitlines() if ": warning:" not in l), "")
            rejected.append((name, roots, first))
            continue
        compiled += 1
        for label, flags in VARIANTS:
            p_out = os.path.join(work, f"pb{index}.{label}.protoc.pb")
            n_out = os.path.join(work, f"pb{index}.{label}.native.pb")
            if label != VARIANTS[0][0]:
                r = run(protoc_cmd() + includes + flags + [f"--descriptor_set_out={p_out}", name], cwd=tree)
                assert r.returncode == 0
            else:
                os.rename(p_full, p_out)
            batch.append("\t".join([n_out, ",".join(roots), " ".join(flags + values_flag(label)), name]))
            outs.append((index, name, roots, label, p_out, n_out))
    batch_file = os.path.join(work, "batch.txt")
    with open(batch_file, "w") as f:
        f.write("\n".join(batch) + "\n")
    n = run([args.native, "--batch", batch_file], cwd=tree)
    errors = {}
    for line in n.stderr.decode(errors="replace").splitlines():
        if line.startswith("batch-error\t"):
            _, out, message = line.split("\t", 2)
            errors.setdefault(out, []).append(message)
    per_file = {}
    for index, name, roots, label, p_out, n_out in outs:
        good = per_file.setdefault(index, True)
        if n_out in errors or not os.path.exists(n_out):
            failures.append(f"not ok - {name} (roots {roots}) [{label}]: native compiler failed\n#   " + "\n#   ".join(errors.get(n_out, ["no output"])[:5]))
            per_file[index] = False
            continue
        if open(p_out, "rb").read() != open(n_out, "rb").read():
            failures.append(f"not ok - {name} (roots {roots}) [{label}]: descriptor sets differ\n" + first_difference(p_out, n_out))
            per_file[index] = False
    matched = sum(1 for v in per_file.values() if v)
    for f in failures[: 40 if not args.keep_going else len(failures)]:
        print(f)
    print(f"{'ok' if matched == compiled else 'not ok'} - protobuf v36.0: {matched}/{compiled} files byte for byte in all three forms "
          f"({len(jobs)} files, {len(jobs) - compiled} not compiled by protoc 35)")
    # The files protoc rejects must be rejected too, at the same place.
    same = 0
    for name, roots, first in rejected:
        n = run([args.native] + [f"-I{r}" for r in roots] + ["--descriptor_set_out=/dev/null", name], cwd=tree)
        native_first = n.stderr.decode(errors="replace").splitlines()[:1]
        if n.returncode != 0 and native_first and error_place(native_first[0]) == error_place(first):
            same += 1
        else:
            print(f"not ok - {name}: protoc rejects it ({first}), native: {'accepts it' if n.returncode == 0 else native_first}")
    print(f"{'ok' if same == len(rejected) else 'not ok'} - protobuf v36.0: {same}/{len(rejected)} files protoc rejects are rejected at the same place")
    return matched == compiled and same == len(rejected)


def error_place(line):
    """`path:line:col` of an error line, the path taken from its last two components (protoc
    names an input file by its disk path, the native tool by its import path)."""
    head = line.split(": ", 1)[0]
    parts = head.split(":")
    path = "/".join(parts[0].split("/")[-2:])
    return ":".join([path] + parts[1:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--native", required=True)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--only", choices=["googleapis", "protobuf"])
    ap.add_argument("--work")
    ap.add_argument("--keep-going", action="store_true")
    args = ap.parse_args()
    args.native = os.path.abspath(args.native)
    args.corpus = os.path.abspath(args.corpus)
    work = args.work or tempfile.mkdtemp(prefix="compiler-conformance-")
    ok = True
    if args.only in (None, "protobuf"):
        ok &= protobuf(args, work)
    if args.only in (None, "googleapis"):
        ok &= googleapis(args, work)
    if not args.work:
        subprocess.run(["rm", "-rf", work])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
