"use strict";
// Calls the Python InvoiceService (grpc_server.py, started here on a free port and stopped at
// the end) over node:http2 with nothing but the generated service definitions: their `path`,
// `requestSerialize` and `responseDeserialize`, framed as gRPC frames them (a 5-byte prefix:
// compression flag and big-endian length), with `content-type: application/grpc` and
// `te: trailers`, and the status read from `grpc-status` in the trailers.
//
//   node grpc_client.js NODE_MODULES PYTHON_PATH
//
// NODE_MODULES holds @acme/billing-protos and @acme/common-protos; PYTHON_PATH the Python stubs.
const assert = require("node:assert/strict");
const http2 = require("node:http2");
const path = require("node:path");
const readline = require("node:readline");
const { spawn } = require("node:child_process");
const { createRequire } = require("node:module");

const [nodeModules, pythonPath] = process.argv.slice(2);
const app = createRequire(path.join(path.dirname(nodeModules), "app.js"));
const service = app("@acme/billing-protos/acme/billing/v1/invoice_service_pb");
const { Invoice, InvoiceStatus, CardBrand } = app("@acme/billing-protos/acme/billing/v1/invoice_pb");
const { Money } = app("@acme/common-protos/acme/common/v1/money_pb");
const { SortOrder } = app("@acme/common-protos/acme/common/v1/paging_pb");
const def = service.InvoiceServiceService;

const CREATED_AT = 1767225600n; // 2026-01-01T00:00:00Z
const THIRTY_DAYS = 30n * 24n * 3600n;

function frame(payload) {
  const out = Buffer.alloc(5 + payload.length);
  out.writeUInt8(0, 0);
  out.writeUInt32BE(payload.length, 1);
  payload.copy(out, 5);
  return out;
}

function unframe(data) {
  const messages = [];
  let at = 0;
  while (at < data.length) {
    assert.ok(data.length - at >= 5, "a truncated gRPC frame");
    assert.equal(data[at], 0, "a compressed frame was not asked for");
    const n = data.readUInt32BE(at + 1);
    messages.push(data.subarray(at + 5, at + 5 + n));
    at += 5 + n;
  }
  return messages;
}

// One call: resolves with { status, message, responses } once the trailers are in.
function call(session, method, request) {
  return new Promise((resolve, reject) => {
    const stream = session.request({
      ":method": "POST",
      ":path": method.path,
      "content-type": "application/grpc",
      te: "trailers",
    });
    const chunks = [];
    let headers = {};
    stream.on("response", (h) => {
      headers = h;
    });
    stream.on("data", (c) => chunks.push(c));
    let trailers = {};
    stream.on("trailers", (t) => {
      trailers = t;
    });
    stream.on("error", reject);
    stream.on("close", () => {
      try {
        assert.equal(headers[":status"], 200);
        assert.match(String(headers["content-type"]), /^application\/grpc/);
        // A trailers-only response (an error) carries the status in its only HEADERS frame.
        const status = trailers["grpc-status"] ?? headers["grpc-status"];
        const message = decodeURIComponent(trailers["grpc-message"] ?? headers["grpc-message"] ?? "");
        const responses = unframe(Buffer.concat(chunks)).map((b) => method.responseDeserialize(b));
        resolve({ status: Number(status), message, responses });
      } catch (e) {
        reject(e);
      }
    });
    stream.end(frame(method.requestSerialize(request)));
  });
}

async function unary(session, method, request) {
  const r = await call(session, method, request);
  assert.equal(r.status, 0, `${method.path}: status ${r.status} ${r.message}`);
  assert.equal(r.responses.length, 1);
  return r.responses[0];
}

// Equal messages: their JSON with object keys sorted, since map entries come in no fixed order.
function sameMessage(type, a, b) {
  const sorted = (v) => (Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === "object"
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v);
  assert.deepEqual(sorted(type.toJSON(a)), sorted(type.toJSON(b)));
}

const eur = (units, nanos = 0) => ({ currencyCode: "EUR", units: BigInt(units), nanos });

async function run(session) {
  const draft = Invoice.create({
    customerId: "cus_42",
    lineItems: [
      { description: "Widget", quantity: 3, unitPrice: eur(12, 500000000) },
      { description: "Shipping", quantity: 1, unitPrice: eur(4, 990000000) },
    ],
    paymentTerms: { seconds: THIRTY_DAYS },
    labels: new Map([["region", "eu-west"], ["channel", "web"]]),
    paymentMethod: { $case: "card", card: { lastFourDigits: "4242", brand: CardBrand.CARD_BRAND_VISA } },
  });

  const created = (await unary(session, def.CreateInvoice, { invoice: draft, requestId: "req-1" })).invoice;
  assert.equal(created.id, "inv_0001");
  assert.equal(created.status, InvoiceStatus.INVOICE_STATUS_DRAFT);
  assert.deepEqual(Money.toJSON(created.total), { currencyCode: "EUR", units: "42", nanos: 490000000 });
  assert.equal(created.createTime.seconds, CREATED_AT);
  assert.equal(created.dueTime.seconds, CREATED_AT + THIRTY_DAYS);
  assert.deepEqual(Invoice.toJSON(created).dueTime, "2026-01-31T00:00:00Z");
  // Python writes map entries in no fixed order.
  assert.deepEqual(Object.fromEntries(created.labels), { region: "eu-west", channel: "web" });
  assert.equal(created.paymentMethod.$case, "card");
  assert.equal(created.paymentMethod.card.brand, CardBrand.CARD_BRAND_VISA);
  console.log(`CreateInvoice -> ${created.id} ${created.total.currencyCode} ${created.total.units} ${created.total.nanos}`);

  const fetched = (await unary(session, def.GetInvoice, { id: created.id })).invoice;
  sameMessage(Invoice, fetched, created);
  console.log(`GetInvoice -> ${fetched.id}`);

  const second = (await unary(session, def.CreateInvoice, { invoice: draft, requestId: "req-2" })).invoice;
  const listing = await unary(session, def.ListInvoices, {
    customerId: "cus_42", page: { pageSize: 1 }, order: SortOrder.SORT_ORDER_ASCENDING,
  });
  assert.deepEqual(listing.invoices.map((i) => i.id), [created.id]);
  assert.equal(listing.pageInfo.nextPageToken, "1");
  assert.equal(listing.pageInfo.totalSize, 2n);
  console.log(`ListInvoices -> [${listing.invoices.map((i) => i.id)}] of ${listing.pageInfo.totalSize}`);

  const updated = (await unary(session, def.UpdateInvoice, {
    invoice: {
      id: created.id,
      labels: new Map([["region", "eu-central"]]),
      paymentMethod: { $case: "bankTransfer", bankTransfer: { iban: "DE89370400440532013000", reference: "INV-1" } },
    },
    updateMask: { paths: ["labels", "bank_transfer"] },
  })).invoice;
  assert.deepEqual(Object.fromEntries(updated.labels), { region: "eu-central" });
  assert.equal(updated.paymentMethod.$case, "bankTransfer");
  assert.deepEqual(Money.encode(updated.total), Money.encode(created.total));
  console.log(`UpdateInvoice -> ${updated.paymentMethod.$case}`);

  const missing = await call(session, def.GetInvoice, { id: "inv_9999" });
  assert.equal(missing.status, 5, `GetInvoice of an unknown id: status ${missing.status}`);
  assert.equal(missing.responses.length, 0);
  console.log(`GetInvoice(inv_9999) -> status ${missing.status} (NOT_FOUND): ${missing.message}`);

  assert.equal(def.WatchInvoices.responseStream, true);
  const watch = await call(session, def.WatchInvoices, { customerId: "cus_42", heartbeatInterval: { seconds: 15n } });
  assert.equal(watch.status, 0, watch.message);
  const kinds = watch.responses.map((r) => r.event.$case);
  assert.deepEqual(kinds, ["invoice", "invoice", "heartbeat"]);
  sameMessage(Invoice, watch.responses[0].event.invoice, updated);
  sameMessage(Invoice, watch.responses[1].event.invoice, second);
  assert.equal(watch.responses[2].event.heartbeat.sequence, 1n);
  assert.equal(watch.responses[2].changeTime.seconds, CREATED_AT + 15n);
  console.log(`WatchInvoices -> ${watch.responses.length} messages: ${kinds.join(", ")}`);
}

// What grpc-js's makeGenericClientConstructor receives from makeInvoiceServiceClient.
function checkMakeClient() {
  let seen;
  const fake = (methods, serviceName) => {
    seen = { methods, serviceName };
    return function FakeClient() {};
  };
  const Client = service.makeInvoiceServiceClient(fake);
  assert.equal(typeof Client, "function");
  assert.equal(seen.methods, def);
  assert.equal(seen.serviceName, "acme.billing.v1.InvoiceService");
  assert.deepEqual(Object.keys(def), ["CreateInvoice", "GetInvoice", "ListInvoices", "UpdateInvoice", "PayInvoice", "WatchInvoices"]);
  assert.equal(def.CreateInvoice.path, "/acme.billing.v1.InvoiceService/CreateInvoice");
  assert.equal(def.CreateInvoice.originalName, "createInvoice");
  assert.equal(def.CreateInvoice.requestStream, false);
  assert.ok(Buffer.isBuffer(def.CreateInvoice.requestSerialize({ requestId: "x" })));
}

async function main() {
  checkMakeClient();
  const server = spawn("python", [path.join(__dirname, "grpc_server.py"), pythonPath], { stdio: ["pipe", "pipe", "inherit"] });
  try {
    const port = await new Promise((resolve, reject) => {
      readline.createInterface({ input: server.stdout }).once("line", (l) => resolve(Number(l)));
      server.once("exit", (code) => reject(new Error(`the Python server exited with ${code}`)));
    });
    const session = http2.connect(`http://127.0.0.1:${port}`);
    try {
      await run(session);
    } finally {
      session.close();
    }
    console.log(`grpc over node:http2 ok on port ${port}`);
  } finally {
    server.stdin.end();
    server.kill();
  }
}

main().catch((e) => {
  console.error("grpc over node:http2 FAILED:", e);
  process.exit(1);
});
