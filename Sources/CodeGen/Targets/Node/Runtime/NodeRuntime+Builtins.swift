extension NodeRuntime {
    /// `_protopkg/builtins.js`: The well-known types an Any may hold when the schema does not import them.
    static let builtins = #"""
"use strict";
// The well-known types an Any may hold, for a package whose schema does not import them: an Any
// of google.protobuf.Int32Value prints as JSON only if Int32Value is known. Built from the same
// kind of field table the generated modules declare, and used only when no module has registered
// the type.
Object.defineProperty(exports, "__esModule", { value: true });

const field = (no, name, proto, T, extra) => Object.assign({ no, name, json: name, proto, T }, extra);
const wrapper = (T, extra) => () => [field(1, "value", "value", T, extra)];
const timeLike = () => [field(1, "seconds", "seconds", 3), field(2, "nanos", "nanos", 5)];

let types;

function define() {
  const { messageType, enumType } = require("./types.js");
  const t = {};
  const P = "google.protobuf.";
  t.NullValue = enumType(P + "NullValue", [["NULL_VALUE", 0]], false);
  t.Any = messageType(P + "Any", () => [field(1, "typeUrl", "type_url", 9, { utf8: true }), field(2, "value", "value", 12)]);
  t.Timestamp = messageType(P + "Timestamp", timeLike);
  t.Duration = messageType(P + "Duration", timeLike);
  t.Empty = messageType(P + "Empty", () => []);
  t.FieldMask = messageType(P + "FieldMask", () => [field(1, "paths", "paths", 9, { rep: true, utf8: true })]);
  t.Struct = messageType(P + "Struct", () => [
    { no: 1, name: "fields", json: "fields", proto: "fields", map: { K: 9, V: 11, ref: t.Value, utf8: true } },
  ]);
  const kind = { oneof: "kind" };
  t.Value = messageType(P + "Value", () => [
    field(1, "nullValue", "null_value", 14, { ref: t.NullValue, ...kind }),
    field(2, "numberValue", "number_value", 1, kind),
    field(3, "stringValue", "string_value", 9, { utf8: true, ...kind }),
    field(4, "boolValue", "bool_value", 8, kind),
    field(5, "structValue", "struct_value", 11, { ref: t.Struct, ...kind }),
    field(6, "listValue", "list_value", 11, { ref: t.ListValue, ...kind }),
  ]);
  t.ListValue = messageType(P + "ListValue", () => [field(1, "values", "values", 11, { ref: t.Value, rep: true })]);
  t.DoubleValue = messageType(P + "DoubleValue", wrapper(1));
  t.FloatValue = messageType(P + "FloatValue", wrapper(2));
  t.Int64Value = messageType(P + "Int64Value", wrapper(3));
  t.UInt64Value = messageType(P + "UInt64Value", wrapper(4));
  t.Int32Value = messageType(P + "Int32Value", wrapper(5));
  t.UInt32Value = messageType(P + "UInt32Value", wrapper(13));
  t.BoolValue = messageType(P + "BoolValue", wrapper(8));
  t.StringValue = messageType(P + "StringValue", wrapper(9, { utf8: true }));
  t.BytesValue = messageType(P + "BytesValue", wrapper(12));
  return t;
}

// The type named `fullName` when it is a well-known type, else undefined.
function builtin(fullName) {
  if (!fullName.startsWith("google.protobuf.")) return undefined;
  if (types === undefined) types = define();
  const t = types[fullName.slice("google.protobuf.".length)];
  return t !== undefined && t.typeName !== undefined ? t : undefined;
}
exports.builtin = builtin;
"""#
}
