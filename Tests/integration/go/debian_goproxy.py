#!/usr/bin/env python3
"""Writes a file:// Go module proxy built from the Go sources that Debian's golang-*-dev packages
install under /usr/share/gocode/src, for tests and the demo: these machines reach no Go module
proxy, but the stubs that protopkg publishes require google.golang.org/protobuf and grpc.

usage: debian_goproxy.py OUTDIR MODULE@VERSION...

Every module that Debian ships (a directory with a go.mod) is served under each version that
the given roots or any served go.mod asks for, with Debian's source: the versions differ from
Debian's own, which the test accepts by checking no sums for these modules (GONOSUMDB). A
module that a go.mod requires but Debian does not ship is served as a bare go.mod, enough for
go's module graph as long as none of its packages is built. Then point go at it:
GOPROXY=http://REGISTRY/go,file://OUTDIR.
"""
import json, os, re, sys, zipfile

GOCODE = "/usr/share/gocode/src"
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def debian_modules():
    """Module path -> (directory, go.mod text) for every go.mod under GOCODE."""
    out = {}
    for base, dirs, files in os.walk(GOCODE, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in ("testdata", "vendor") and not d.startswith((".", "_")))
        if "go.mod" in files:
            text = open(os.path.join(base, "go.mod"), encoding="utf-8").read()
            m = re.search(r"^module\s+(\S+)", text, re.M)
            if m:
                out[m.group(1).strip('"')] = (base, text)
    return out


def requirements(gomod):
    """(path, version) pairs of a go.mod's require directives (both forms)."""
    pairs = []
    block = False
    for line in gomod.splitlines():
        line = line.split("//")[0].strip()
        if line.startswith("require ("):
            block = True
            continue
        if block and line == ")":
            block = False
            continue
        parts = line.split()
        if block and len(parts) >= 2:
            pairs.append((parts[0], parts[1]))
        elif line.startswith("require ") and len(parts) >= 3:
            pairs.append((parts[1], parts[2]))
    return pairs


def encode(path):
    return "".join("!" + c.lower() if c.isupper() else c for c in path)


def module_files(directory, nested):
    """Files of the module rooted at `directory`, minus nested modules' trees and symlinks."""
    for base, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if os.path.join(base, d) not in nested
                         and d not in ("testdata", "vendor") and not d.startswith((".", "_")))
        for name in sorted(files):
            full = os.path.join(base, name)
            if os.path.islink(full) or not os.path.isfile(full):
                continue
            yield os.path.relpath(full, directory), full


def write_version(out, path, version, gomod, files):
    vdir = os.path.join(out, encode(path), "@v")
    os.makedirs(vdir, exist_ok=True)
    with open(os.path.join(vdir, f"{version}.info"), "w") as f:
        json.dump({"Version": version, "Time": "2020-01-01T00:00:00Z"}, f)
    with open(os.path.join(vdir, f"{version}.mod"), "w") as f:
        f.write(gomod)
    with zipfile.ZipFile(os.path.join(vdir, f"{version}.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        prefix = f"{path}@{version}/"
        info = zipfile.ZipInfo(prefix + "go.mod", FIXED_TIME)
        z.writestr(info, gomod)
        for rel, full in files:
            if rel == "go.mod":
                continue
            z.write(full, prefix + rel)
    listing = os.path.join(vdir, "list")
    versions = set(open(listing).read().split()) if os.path.exists(listing) else set()
    versions.add(version)
    with open(listing, "w") as f:
        f.write("".join(v + "\n" for v in sorted(versions)))


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.argv[1]
    debian = debian_modules()
    directories = {d for d, _ in debian.values()}
    pending = [tuple(arg.rsplit("@", 1)) for arg in sys.argv[2:]]
    done = set()
    while pending:
        path, version = pending.pop()
        if (path, version) in done:
            continue
        done.add((path, version))
        if path in debian:
            directory, gomod = debian[path]
            nested = {d for d in directories if d != directory and d.startswith(directory + "/")}
            write_version(out, path, version, gomod, list(module_files(directory, nested)))
            pending += requirements(gomod)
        else:
            write_version(out, path, version, f"module {path}\n", [])
    print(f"debian_goproxy: {len(done)} module versions in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
