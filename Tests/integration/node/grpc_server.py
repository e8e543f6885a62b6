"""Serves the InvoiceService of the Python end-to-end test (../python/grpc_roundtrip.py) for
grpc_client.js: binds a free port on 127.0.0.1, prints it, and serves until stdin closes.

    python grpc_server.py PYTHON_PATH

PYTHON_PATH holds protoc's Python modules (messages and gRPC) of examples/common and examples/billing.
"""

import os
import sys

sys.dont_write_bytecode = True  # nothing left behind in the repository
from concurrent import futures

sys.path.insert(0, sys.argv[1])
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))

import grpc  # noqa: E402
from acme.billing.v1 import invoice_service_pb2_grpc  # noqa: E402
from grpc_roundtrip import InvoiceStore  # noqa: E402


def main():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    invoice_service_pb2_grpc.add_InvoiceServiceServicer_to_server(InvoiceStore(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    print(port, flush=True)
    sys.stdin.read()
    server.stop(grace=None).wait(timeout=10)


if __name__ == "__main__":
    main()
