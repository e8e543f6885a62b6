#!/usr/bin/env python3
"""Runs protoc 35 (grpcio-tools, in this process: one Python start for all cases) on each
case read from stdin (`DIRECTORY<TAB>FILE` a line) and prints `FILE<TAB>STATUS<TAB>FIRST ERROR`
for each, the first error being protoc's first non-warning line on stderr."""
import os
import sys
import tempfile

import grpc_tools
from grpc_tools import protoc

include = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
saved = os.dup(2)
for line in sys.stdin:
    directory, name = line.rstrip("\n").split("\t")
    with tempfile.TemporaryFile() as err:
        os.chdir(directory)
        os.dup2(err.fileno(), 2)
        try:
            status = protoc.main(["protoc", "-I.", "--descriptor_set_out=" + os.devnull, name, "-I" + include])
        finally:
            os.dup2(saved, 2)
        err.seek(0)
        lines = [l for l in err.read().decode("utf-8", "replace").splitlines() if ": warning:" not in l]
    print(f"{directory}/{name}\t{status}\t{lines[0] if lines else ''}", flush=True)
