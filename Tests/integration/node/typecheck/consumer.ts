// Application code written against the generated declarations, type-checked with
// `tsc --strict --noEmit`: a grpc-js client and server of the example InvoiceService, and
// messages of every kind from the conformance schemas. Nothing here runs; it must compile.
import * as grpc from "@grpc/grpc-js";
import {
  CreateInvoiceRequest,
  CreateInvoiceResponse,
  InvoiceServiceClient,
  InvoiceServiceServer,
  InvoiceServiceService,
  WatchInvoicesResponse,
  WatchInvoicesResponse_Heartbeat,
  makeInvoiceServiceClient,
} from "@acme/billing-protos/acme/billing/v1/invoice_service_pb";
import { CardBrand, Invoice, InvoiceStatus, LineItem } from "@acme/billing-protos/acme/billing/v1/invoice_pb";
import { Money } from "@acme/common-protos/acme/common/v1/money_pb";
import { acme, google } from "@acme/billing-protos";
import { Color, Point } from "@conf/conformance-protos/conf/common/shared_pb";
import * as kinds from "@conf/conformance-protos/conf/proto3/kinds_pb";
import * as legacy from "@conf/conformance-protos/conf/proto2/legacy_pb";
import * as features from "@conf/conformance-protos/conf/editions/features_pb";
import * as fileLevel from "@conf/conformance-protos/conf/editions/file_level_pb";
import { Timestamp } from "@conf/conformance-protos/google/protobuf/timestamp_pb";
import type { JsonValue, MessageType } from "@conf/conformance-protos/runtime";

// --- a grpc-js client -----------------------------------------------------------------------
const InvoiceClient = makeInvoiceServiceClient(grpc.makeGenericClientConstructor);
const client: InvoiceServiceClient = new InvoiceClient("127.0.0.1:50051", grpc.credentials.createInsecure());

const price: Money = Money.create({ currencyCode: "EUR", units: 12n, nanos: 500_000_000 });
client.createInvoice(
  { invoice: { customerId: "cus_42", lineItems: [{ description: "Widget", quantity: 3, unitPrice: price }] }, requestId: "r1" },
  (error: grpc.ServiceError | null, response: CreateInvoiceResponse) => {
    if (error) throw error;
    const invoice: Invoice | undefined = response.invoice;
    const units: bigint | undefined = invoice?.total?.units;
    const status: InvoiceStatus | undefined = invoice?.status;
    void units;
    void status;
  },
);
const meta = new grpc.Metadata();
meta.add("authorization", "Bearer x");
client.getInvoice({ id: "inv_1" }, meta, { deadline: Date.now() + 1000 }, (error, response) => {
  const id: string | undefined = response.invoice?.id;
  void error;
  void id;
});
const stream: grpc.ClientReadableStream<WatchInvoicesResponse> = client.watchInvoices({ customerId: "cus_42" });
stream.on("data", (r: WatchInvoicesResponse) => {
  switch (r.event?.$case) {
    case "invoice": {
      const i: Invoice = r.event.invoice;
      void i;
      break;
    }
    case "heartbeat": {
      const h: WatchInvoicesResponse_Heartbeat = r.event.heartbeat;
      const seq: bigint = h.sequence;
      void seq;
      break;
    }
  }
});

// --- a grpc-js server -----------------------------------------------------------------------
const handlers: InvoiceServiceServer = {
  createInvoice(call, callback) {
    const request: CreateInvoiceRequest = call.request;
    callback(null, CreateInvoiceResponse.create({ invoice: request.invoice }));
  },
  getInvoice(call, callback) {
    callback(null, { invoice: Invoice.create({ id: call.request.id }) });
  },
  listInvoices(call, callback) {
    callback(null, { invoices: [], pageInfo: { nextPageToken: "", totalSize: 0n } });
  },
  updateInvoice(call, callback) {
    const paths: string[] = call.request.updateMask?.paths ?? [];
    void paths;
    callback(null, {});
  },
  payInvoice(call, callback) {
    callback(null, { balance: Money.create() });
  },
  watchInvoices(call) {
    call.write(WatchInvoicesResponse.create({ event: { $case: "heartbeat", heartbeat: { sequence: 1n } } }));
    call.end();
  },
};
const server = new grpc.Server();
server.addService(InvoiceServiceService, handlers);
const path: string = InvoiceServiceService.CreateInvoice.path;
const wire: Uint8Array = InvoiceServiceService.CreateInvoice.requestSerialize(CreateInvoiceRequest.create());
void path;
void wire;

// --- the package index: proto packages as namespaces ----------------------------------------
const viaIndex: acme.billing.v1.Invoice = acme.billing.v1.Invoice.create({ status: acme.billing.v1.InvoiceStatus.INVOICE_STATUS_OPEN });
const ts: google.protobuf.Timestamp = google.protobuf.Timestamp.create({ seconds: 1n });
void viaIndex;
void ts;

// --- every kind of field --------------------------------------------------------------------
const scalars: kinds.Scalars = kinds.Scalars.create({
  fDouble: 1.5, fFloat: 0.25, fInt64: -1n, fUint64: 2n ** 64n - 1n, fInt32: -1, fFixed64: 1n, fFixed32: 1,
  fBool: true, fString: "s", fBytes: new Uint8Array([1]), fUint32: 1, fEnum: Color.COLOR_BLUE,
  fSfixed32: -1, fSfixed64: -1n, fSint32: -1, fSint64: -1n,
});
const scalarBytes: Uint8Array = kinds.Scalars.encode(scalars);
const decoded: kinds.Scalars = kinds.Scalars.decode(scalarBytes);
const asJson: JsonValue = kinds.Scalars.toJSON(decoded, { enumsAsIntegers: true });
const fromJson: kinds.Scalars = kinds.Scalars.fromJSON(asJson, { ignoreUnknownFields: true });
const unknown: Uint8Array | undefined = fromJson.$unknown;
void unknown;

const optionals = kinds.Optionals.create({ oInt64: 0n });
const maybe: bigint | undefined = optionals.oInt64;
const nested: kinds.Scalars | undefined = optionals.oMessage;
void maybe;
void nested;

const repeated = kinds.Repeated.create({ rMessage: [{ x: 1 }], rEnum: [Color.COLOR_RED], uSint64: [1n] });
const points: Point[] = repeated.rMessage;
const sint64s: bigint[] = repeated.uSint64;
void points;
void sint64s;

const maps = kinds.Maps.create();
maps.mInt32.set(-1, "minus one");
maps.mInt64.set(-1n, "big");
maps.mBool.set(true, "yes");
maps.mMessageValue.set("p", Point.create({ x: 1 }));
maps.mEnumValue.set("c", Color.COLOR_GREEN);
const byUint64: Map<bigint, string> = maps.mUint64;
const bytesValues: Map<string, Uint8Array> = maps.mBytesValue;
void byUint64;
void bytesValues;

function describe(o: kinds.Oneofs): string {
  switch (o.choice?.$case) {
    case undefined: return "none";
    case "cInt32": return `int ${o.choice.cInt32 + 1}`;
    case "cString": return o.choice.cString.toUpperCase();
    case "cBytes": return `${o.choice.cBytes.length} bytes`;
    case "cPoint": return `point ${o.choice.cPoint.x}`;
    case "cEnum": return Color[o.choice.cEnum];
    case "cInt64": return `${o.choice.cInt64 + 1n}`;
    case "cDouble": return o.choice.cDouble.toFixed(2);
    case "cNull": return "null";
    case "cValue": return `${o.choice.cValue.kind?.$case}`;
  }
}
describe(kinds.Oneofs.create({ choice: { $case: "cPoint", cPoint: { y: 2 } }, second: { $case: "sBool", sBool: true } }));

const tree: kinds.Tree = kinds.Tree.create({ left: { right: { name: "lr" } }, byName: new Map([["x", { name: "x" }]]) });
const kind: kinds.Tree_Leaf_Kind = kinds.Tree_Leaf_Kind.KIND_LARGE;
const leaf: kinds.Tree_Leaf = kinds.Tree_Leaf.create({ kind, deeper: { leaves: [{ weight: 1 }] } });
const deeper: kinds.Tree_Leaf_Deeper | undefined = leaf.deeper;
void tree;
void deeper;

const wkt = kinds.WellKnown.create({
  timestamp: Timestamp.create({ seconds: 1767225600n, nanos: 0 }),
  duration: { seconds: -1n, nanos: -5 },
  struct: { fields: new Map([["k", { kind: { $case: "stringValue", stringValue: "v" } }]]) },
  value: { kind: { $case: "listValue", listValue: { values: [{ kind: { $case: "nullValue", nullValue: 0 } }] } } },
  any: { typeUrl: "type.googleapis.com/conf.common.Point", value: Point.encode(Point.create({ x: 1 })) },
  fieldMask: { paths: ["a.b"] },
  empty: {},
  int64Value: { value: 5n },
  bytesValue: { value: new Uint8Array(0) },
  durations: new Map([["d", { seconds: 1n }]]),
});
void wkt;

const names = kinds.Names.create({ custom: 1, constructor$: 4, toString$: "s", Leading: 6, trailing: 7, Proto: 8 });
void names;

// proto2: explicit presence, defaults, required fields, closed enums, groups.
const d = legacy.Defaults.create();
const dInt64: bigint = d.dInt64 ?? legacy.Defaults.defaults.dInt64;
const dEnum: legacy.Size = d.dEnum ?? legacy.Size.SIZE_MEDIUM;
void dInt64;
void dEnum;
const req: legacy.Required = legacy.Required.create({ id: 1, name: "n", where: { x: 1 } });
const closed = legacy.Closed.create({ sizes: [legacy.Size.SIZE_LARGE], aliased: legacy.Aliased.ALIASED_UNO, pick: { $case: "pickedName", pickedName: "n" } });
const groups = legacy.Groups.create({ header: { title: "t" }, entry: [{ key: "k", inner: { flag: true } }] });
const header: legacy.Groups_Header | undefined = groups.header;
const entry: legacy.Groups_Entry_Inner | undefined = groups.entry[0]?.inner;
const node: legacy.Proto2Node = legacy.Proto2Node.create({ next: { name: "n" } });
const packing: legacy.Packing = legacy.Packing.create({ packedSint64: [1n] });
void req;
void closed;
void header;
void entry;
void node;
void packing;

// editions
const presence = features.Presence.create({ requiredInt: 1, implicitInt: 0, openLevel: features.OpenLevel.OPEN_LEVEL_HIGH });
const implicit: number = presence.implicitInt;
const explicitMaybe: number | undefined = presence.explicitInt;
const enc = features.Encodings.create({ delimited: { a: 1 }, closedByName: new Map([["c", features.ClosedLevel.CLOSED_LEVEL_ONE]]) });
const inner: features.Encodings_Inner | undefined = enc.delimited;
const choice = features.Choices.create({ choice: { $case: "chosen", chosen: { a: 1 } } });
const settings = fileLevel.Settings.create({ mode: fileLevel.Mode.MODE_ON, parts: [{ id: 1 }], partsById: new Map([[1, { id: 1 }]]) });
const part: fileLevel.Settings_Part | undefined = settings.part;
void implicit;
void explicitMaybe;
void inner;
void choice;
void part;

// The generic interface every message type satisfies.
function roundTrip<T extends object>(type: MessageType<T>, message: T): T {
  return type.decode(type.encode(message));
}
roundTrip(LineItem, LineItem.create({ quantity: 2 }));
roundTrip(Point, Point.create());
const brand: CardBrand = CardBrand.CARD_BRAND_AMEX;
void brand;
