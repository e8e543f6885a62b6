"use strict";
// What the generated code promises beyond matching Python's bytes and JSON: the shape of the
// objects it hands out, its errors, and that it never shares memory with its input.
//
//   NODE_MODULES=DIR node --test runtime.test.js
//
// DIR holds @conf/conformance-protos and @conf/common-protos (NodeRuntimeTests installs them).
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { createRequire } = require("node:module");

const app = createRequire(path.join(path.dirname(process.env.NODE_MODULES), "app.js"));
const kinds = app("@conf/conformance-protos/conf/proto3/kinds_pb");
const legacy = app("@conf/conformance-protos/conf/proto2/legacy_pb");
const features = app("@conf/conformance-protos/conf/editions/features_pb");
const { Point, Color } = app("@conf/common-protos/conf/common/shared_pb");

test("create fills every field without presence and copies what it is given", () => {
  const nested = { x: 1 };
  const m = kinds.Repeated.create({ rMessage: [nested], rInt64: [1, 2n] });
  assert.deepEqual(m.rMessage, [{ x: 1, y: 0, label: "" }]);
  assert.notEqual(m.rMessage[0], nested);
  assert.deepEqual(m.rInt64, [1n, 2n]);
  assert.deepEqual(m.rString, []);
  const s = kinds.Scalars.create();
  assert.equal(s.fInt64, 0n);
  assert.equal(s.fEnum, Color.COLOR_UNSPECIFIED);
  assert.ok(s.fBytes instanceof Uint8Array && s.fBytes.length === 0);
  const o = kinds.Optionals.create();
  assert.equal("oInt32" in o, false, "a field with presence is absent until set");
});

test("proto2 defaults are on the type, and unset fields stay unset", () => {
  const d = legacy.Defaults.decode(new Uint8Array(0));
  assert.equal(d.dInt32, undefined);
  assert.equal(legacy.Defaults.defaults.dInt32, -42);
  assert.equal(legacy.Defaults.defaults.dFloat, Infinity);
  assert.ok(Number.isNaN(legacy.Defaults.defaults.dNan));
  assert.equal(legacy.Defaults.defaults.dString, "h\u00e9llo \"world\"\n");
  assert.deepEqual([...legacy.Defaults.defaults.dBytes], [0, 1, 255, 92, 97, 98, 99, 10]);
  assert.equal(legacy.Defaults.defaults.dEnum, legacy.Size.SIZE_MEDIUM);
  assert.equal(legacy.Defaults.defaults.dFirstEnum, legacy.Size.SIZE_SMALL);
  assert.equal(features.Presence.defaults.explicitWithDefault, 7n);
  assert.equal(legacy.Defaults.encode(d).length, 0);
});

test("enums are objects like TypeScript's, both ways", () => {
  assert.equal(Color.COLOR_RED, 1);
  assert.equal(Color[1], "COLOR_RED");
  assert.equal(legacy.Aliased[1], "ALIASED_ONE", "an alias does not replace the first name");
  assert.equal(legacy.Aliased.ALIASED_UNO, 1);
  assert.ok(Object.isFrozen(Color));
});

test("encode accepts partial plain objects and rejects values of the wrong kind", () => {
  assert.deepEqual([...kinds.Tree.encode({ left: { name: "l" } })], [0x12, 0x03, 0x0a, 0x01, 0x6c]);
  assert.deepEqual([...kinds.Maps.encode({ mString: { a: "b" } })], [0x62, 0x06, 0x0a, 0x01, 0x61, 0x12, 0x01, 0x62]);
  assert.throws(() => kinds.Scalars.encode({ fInt32: "3" }), /Scalars\.f_int32: expected an integer/);
  assert.throws(() => kinds.Scalars.encode({ fUint32: -1 }), /expected an integer from 0 to 4294967295/);
  assert.throws(() => kinds.Scalars.encode({ fInt64: 2n ** 63n }), /expected a bigint/);
  assert.throws(() => kinds.Repeated.encode({ rBool: [true, 0] }), /Repeated\.r_bool: expected true or false, found 0/);
  assert.throws(() => kinds.Maps.encode({ mBool: { yes: "x" } }), /Maps\.m_bool/);
  assert.throws(() => legacy.Required.encode({ id: 1, name: "n" }), /required field where is not set/);
});

test("decoded bytes and unknown fields never share the input's memory", () => {
  const input = Buffer.from(kinds.Scalars.encode({ fBytes: new Uint8Array([1, 2, 3]) }));
  const extra = Buffer.concat([input, Buffer.from([0xa0, 0x06, 0x07])]);
  const m = kinds.Scalars.decode(extra);
  extra.fill(0);
  assert.deepEqual([...m.fBytes], [1, 2, 3]);
  assert.deepEqual([...m.$unknown], [0xa0, 0x06, 0x07]);
  assert.equal(Object.getPrototypeOf(m.fBytes), Uint8Array.prototype);
});

test("malformed input is a WireError that says where", () => {
  assert.throws(() => kinds.Scalars.decode(new Uint8Array([0x28, 0x80])), { name: "WireError", message: /premature end of input at byte 2/ });
  assert.throws(() => kinds.Scalars.decode(new Uint8Array([0x4a, 0x02, 0xff, 0xfe])), /invalid UTF-8/);
  let tree = {};
  for (let i = 0; i < 100; i++) tree = { left: tree };
  assert.equal(kinds.Tree.decode(kinds.Tree.encode(tree)).left.left.name, "");
  assert.throws(() => kinds.Tree.decode(kinds.Tree.encode({ left: tree })), /nested more than 100 deep/);
  assert.throws(() => kinds.Scalars.decode("nope"), /expects a Uint8Array/);
});

test("oneofs are discriminated unions; JSON keeps the set member even at its default", () => {
  const o = kinds.Oneofs.decode(kinds.Oneofs.encode({ choice: { $case: "cPoint", cPoint: { x: 2 } } }));
  assert.equal(o.choice.$case, "cPoint");
  assert.equal(o.choice.cPoint.x, 2);
  assert.deepEqual(kinds.Oneofs.toJSON({ choice: { $case: "cInt32", cInt32: 0 } }), { cInt32: 0 });
  assert.throws(() => kinds.Oneofs.create({ choice: { $case: "nope", nope: 1 } }), /no member named "nope"/);
});

test("JSON errors name the field", () => {
  assert.throws(() => kinds.WellKnown.fromJSON({ timestamp: "yesterday" }), { name: "JsonError", message: /expected an RFC 3339 date-time/ });
  assert.throws(() => kinds.Scalars.fromJSON({ fInt32: "1.5" }), /Scalars\.f_int32: "1\.5" is not an integer/);
  assert.throws(() => kinds.WellKnown.toJSON({ duration: { seconds: 1n, nanos: -1 } }), /different signs/);
  assert.throws(() => kinds.WellKnown.toJSON({ any: { typeUrl: "x/no.Such", value: new Uint8Array(0) } }), /"no.Such" .* is not loaded/);
  assert.throws(() => kinds.WellKnown.toJSON({ value: { kind: { $case: "numberValue", numberValue: NaN } } }), /cannot hold NaN/);
});

test("map keys come back typed as their kind", () => {
  const m = kinds.Maps.decode(kinds.Maps.encode({
    mInt64: new Map([[-1n, "a"]]), mBool: new Map([[false, "f"]]), mUint32: new Map([[7, "s"]]),
    mMessageValue: new Map([["p", Point.create({ x: 1 })]]),
  }));
  assert.deepEqual([...m.mInt64.keys()], [-1n]);
  assert.deepEqual([...m.mBool.keys()], [false]);
  assert.deepEqual([...m.mUint32.keys()], [7]);
  assert.equal(m.mMessageValue.get("p").x, 1);
  assert.deepEqual(kinds.Maps.toJSON(m).mInt64, { "-1": "a" });
});
