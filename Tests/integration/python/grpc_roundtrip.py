"""End-to-end check of the Python stubs that protopkg builds for examples/billing.

Run inside a virtual environment where the acme-common and acme-billing wheels are
installed: the imports below must resolve from site-packages alone. The program serves
InvoiceService on a free loopback port, calls it through the generated stub (unary and
server-streaming), and checks that every field crossed the wire intact, including
acme.common.v1.Money from the other module and the google.protobuf well-known types.
Prints one line per call and exits non-zero on the first mismatch. With `--serve` it only
serves InvoiceService, for the clients of the other languages' tests.
"""

import sys
from concurrent import futures

import grpc
from google.protobuf import duration_pb2, field_mask_pb2, timestamp_pb2

from acme.billing.events.v1 import invoice_events_pb2
from acme.billing.v1 import invoice_pb2, invoice_service_pb2, invoice_service_pb2_grpc
from acme.common.v1 import money_pb2, paging_pb2

CREATED_AT = 1_767_225_600  # 2026-01-01T00:00:00Z
THIRTY_DAYS = 30 * 24 * 3600


def eur(units, nanos=0):
    return money_pb2.Money(currency_code="EUR", units=units, nanos=nanos)


def add_money(a, b):
    total = (a.units + b.units) * 1_000_000_000 + a.nanos + b.nanos
    units, nanos = divmod(total, 1_000_000_000)
    return money_pb2.Money(currency_code=a.currency_code, units=units, nanos=nanos)


class InvoiceStore(invoice_service_pb2_grpc.InvoiceServiceServicer):
    """An in-memory InvoiceService, enough to exercise every kind of field."""

    def __init__(self):
        self.invoices = {}

    def CreateInvoice(self, request, context):
        invoice = invoice_pb2.Invoice()
        invoice.CopyFrom(request.invoice)
        invoice.id = "inv_%04d" % (len(self.invoices) + 1)
        invoice.status = invoice_pb2.INVOICE_STATUS_DRAFT
        total = eur(0)
        for item in invoice.line_items:
            for _ in range(item.quantity):
                total = add_money(total, item.unit_price)
        invoice.total.CopyFrom(total)
        invoice.create_time.FromSeconds(CREATED_AT)
        due = invoice.create_time.ToDatetime() + invoice.payment_terms.ToTimedelta()
        invoice.due_time.FromDatetime(due)
        self.invoices[invoice.id] = invoice
        return invoice_service_pb2.CreateInvoiceResponse(invoice=invoice)

    def GetInvoice(self, request, context):
        invoice = self.invoices.get(request.id)
        if invoice is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "no invoice %r" % request.id)
        return invoice_service_pb2.GetInvoiceResponse(invoice=invoice)

    def ListInvoices(self, request, context):
        matching = [i for i in self.invoices.values() if i.customer_id == request.customer_id]
        matching.sort(
            key=lambda i: (i.create_time.ToNanoseconds(), i.id),
            reverse=request.order == paging_pb2.SORT_ORDER_DESCENDING,
        )
        start = int(request.page.page_token or 0)
        size = request.page.page_size or 50
        page = matching[start : start + size]
        following = start + size if start + size < len(matching) else None
        info = paging_pb2.PageInfo(
            next_page_token="" if following is None else str(following), total_size=len(matching)
        )
        return invoice_service_pb2.ListInvoicesResponse(invoices=page, page_info=info)

    def UpdateInvoice(self, request, context):
        invoice = self.invoices[request.invoice.id]
        request.update_mask.MergeMessage(request.invoice, invoice, replace_repeated_field=True)
        return invoice_service_pb2.UpdateInvoiceResponse(invoice=invoice)

    def WatchInvoices(self, request, context):
        for invoice in sorted(self.invoices.values(), key=lambda i: i.id):
            if invoice.customer_id != request.customer_id:
                continue
            yield invoice_service_pb2.WatchInvoicesResponse(
                change_time=invoice.create_time, invoice=invoice
            )
        heartbeat = invoice_service_pb2.WatchInvoicesResponse.Heartbeat(sequence=1)
        stamp = timestamp_pb2.Timestamp(seconds=CREATED_AT + request.heartbeat_interval.seconds)
        yield invoice_service_pb2.WatchInvoicesResponse(change_time=stamp, heartbeat=heartbeat)


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def main():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    invoice_service_pb2_grpc.add_InvoiceServiceServicer_to_server(InvoiceStore(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    check(port > 0, "the server did not bind a port")
    server.start()
    try:
        with grpc.insecure_channel("127.0.0.1:%d" % port) as channel:
            grpc.channel_ready_future(channel).result(timeout=10)
            stub = invoice_service_pb2_grpc.InvoiceServiceStub(channel)
            run_calls(stub)
    finally:
        server.stop(grace=None).wait(timeout=10)
    print("grpc roundtrip ok on port %d" % port)


def run_calls(stub):
    draft = invoice_pb2.Invoice(
        customer_id="cus_42",
        line_items=[
            invoice_pb2.LineItem(description="Widget", quantity=3, unit_price=eur(12, 500_000_000)),
            invoice_pb2.LineItem(description="Shipping", quantity=1, unit_price=eur(4, 990_000_000)),
        ],
        payment_terms=duration_pb2.Duration(seconds=THIRTY_DAYS),
        labels={"region": "eu-west", "channel": "web"},
        card=invoice_pb2.CardPayment(last_four_digits="4242", brand=invoice_pb2.CARD_BRAND_VISA),
    )

    # Unary: the server computes total, timestamps and id from what the client sent.
    created = stub.CreateInvoice(
        invoice_service_pb2.CreateInvoiceRequest(invoice=draft, request_id="req-1"), timeout=10
    ).invoice
    check(created.id == "inv_0001", "id: %r" % created.id)
    check(created.status == invoice_pb2.INVOICE_STATUS_DRAFT, "status: %r" % created.status)
    check(created.total == eur(42, 490_000_000), "total: %s" % created.total)
    check(created.create_time.seconds == CREATED_AT, "create_time: %s" % created.create_time)
    check(
        created.due_time.ToSeconds() == CREATED_AT + THIRTY_DAYS,
        "due_time: %s" % created.due_time.ToJsonString(),
    )
    check(created.due_time.ToJsonString() == "2026-01-31T00:00:00Z", created.due_time.ToJsonString())
    check(dict(created.labels) == {"region": "eu-west", "channel": "web"}, "labels: %r" % created.labels)
    check(created.WhichOneof("payment_method") == "card", "payment_method")
    check(created.card.brand == invoice_pb2.CARD_BRAND_VISA, "card brand")
    check(created.line_items[0].unit_price.nanos == 500_000_000, "unit_price nanos")
    print("CreateInvoice ->", created.id, created.total.currency_code, created.total.units, created.total.nanos)

    fetched = stub.GetInvoice(invoice_service_pb2.GetInvoiceRequest(id=created.id), timeout=10).invoice
    check(fetched == created, "GetInvoice returned a different invoice")
    print("GetInvoice ->", fetched.id)

    second = stub.CreateInvoice(
        invoice_service_pb2.CreateInvoiceRequest(invoice=draft, request_id="req-2"), timeout=10
    ).invoice
    listing = stub.ListInvoices(
        invoice_service_pb2.ListInvoicesRequest(
            customer_id="cus_42",
            page=paging_pb2.PageRequest(page_size=1),
            order=paging_pb2.SORT_ORDER_ASCENDING,
        ),
        timeout=10,
    )
    check([i.id for i in listing.invoices] == [created.id], "first page: %r" % listing.invoices)
    check(listing.page_info.next_page_token == "1", "next_page_token: %r" % listing.page_info)
    check(listing.page_info.total_size == 2, "total_size: %r" % listing.page_info)
    print("ListInvoices ->", [i.id for i in listing.invoices], "of", listing.page_info.total_size)

    # A field mask from google/protobuf/field_mask.proto, and a oneof switched over.
    change = invoice_pb2.Invoice(
        id=created.id,
        labels={"region": "eu-central"},
        bank_transfer=invoice_pb2.BankTransfer(iban="DE89370400440532013000", reference="INV-1"),
    )
    mask = field_mask_pb2.FieldMask(paths=["labels", "bank_transfer"])
    updated = stub.UpdateInvoice(
        invoice_service_pb2.UpdateInvoiceRequest(invoice=change, update_mask=mask), timeout=10
    ).invoice
    check(dict(updated.labels) == {"region": "eu-central"}, "updated labels: %r" % updated.labels)
    check(updated.WhichOneof("payment_method") == "bank_transfer", "updated payment_method")
    check(updated.total == created.total, "update changed the total")
    print("UpdateInvoice ->", updated.WhichOneof("payment_method"))

    try:
        stub.GetInvoice(invoice_service_pb2.GetInvoiceRequest(id="inv_9999"), timeout=10)
        check(False, "GetInvoice of an unknown id succeeded")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.NOT_FOUND, "status code: %s" % error.code())

    # Server streaming: both invoices, then a heartbeat.
    watch = invoice_service_pb2.WatchInvoicesRequest(
        customer_id="cus_42", heartbeat_interval=duration_pb2.Duration(seconds=15)
    )
    responses = list(stub.WatchInvoices(watch, timeout=10))
    kinds = [r.WhichOneof("event") for r in responses]
    check(kinds == ["invoice", "invoice", "heartbeat"], "stream kinds: %r" % kinds)
    check(responses[0].invoice == updated, "streamed invoice differs")
    check(responses[1].invoice == second, "second streamed invoice differs")
    check(responses[0].invoice.total.units == 42, "streamed total")
    check(responses[2].heartbeat.sequence == 1, "heartbeat sequence")
    check(responses[2].change_time.seconds == CREATED_AT + 15, "heartbeat time")
    print("WatchInvoices ->", len(responses), "messages:", ", ".join(kinds))

    # Messages of the second package and the other module's paging types.
    event = invoice_events_pb2.InvoiceEvent(
        event_id="evt-1",
        invoice_id=created.id,
        paid=invoice_events_pb2.InvoicePaid(
            amount=created.total, balance=eur(0), status=invoice_pb2.INVOICE_STATUS_PAID
        ),
    )
    decoded = invoice_events_pb2.InvoiceEvent.FromString(event.SerializeToString())
    check(decoded.paid.amount == eur(42, 490_000_000), "event amount")
    page = paging_pb2.PageRequest(page_size=10)
    check(paging_pb2.PageRequest.FromString(page.SerializeToString()).page_size == 10, "paging")


def serve():
    """`--serve`: only the server, for clients in other languages (Tests/integration/swift.sh).
    Prints `listening on PORT` once bound, then serves until SIGTERM or SIGINT."""
    import signal

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    invoice_service_pb2_grpc.add_InvoiceServiceServicer_to_server(InvoiceStore(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    check(port > 0, "the server did not bind a port")
    server.start()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: server.stop(grace=None))
    print("listening on %d" % port, flush=True)
    server.wait_for_termination()


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
        sys.exit(0)
    try:
        main()
    except AssertionError as failure:
        print("grpc roundtrip FAILED:", failure, file=sys.stderr)
        sys.exit(1)
