"""The conformance corpus: messages of the schemas under protos/conf, built with Python's protobuf.

Three kinds of case:
- messages (hand-written edge values, then seeded random ones for every message type);
- wire inputs written byte by byte (expanded input for packed fields and the reverse, a message
  field given twice, unknown fields and groups, closed-enum values the enum does not know, ...);
- JSON inputs in the forms the JSON mapping accepts besides the canonical one.
"""

import math

from google.protobuf import any_pb2, empty_pb2, field_mask_pb2, timestamp_pb2, wrappers_pb2

import nopackage_pb2
from conf.common import shared_pb2
from conf.names import reserved_pb2
from conf.editions import features_pb2, file_level_pb2
from conf.proto2 import legacy_pb2
from conf.proto3 import evolution_pb2, kinds_pb2
from random_values import Random, float32

# The generated module of each file: conf/common is a package of its own, which the others
# depend on, so that references cross package boundaries.
MODULES = {
    "conf/common/shared.proto": "@conf/common-protos/conf/common/shared_pb",
    "conf/proto3/kinds.proto": "@conf/conformance-protos/conf/proto3/kinds_pb",
    "conf/proto3/evolution.proto": "@conf/conformance-protos/conf/proto3/evolution_pb",
    "conf/proto2/legacy.proto": "@conf/conformance-protos/conf/proto2/legacy_pb",
    "conf/editions/features.proto": "@conf/conformance-protos/conf/editions/features_pb",
    "conf/editions/file_level.proto": "@conf/conformance-protos/conf/editions/file_level_pb",
    "conf/names/reserved.proto": "@conf/conformance-protos/conf/names/reserved_pb",
    "nopackage.proto": "@conf/conformance-protos/nopackage_pb",
}

ROOT_TYPES = [
    kinds_pb2.Scalars, kinds_pb2.Optionals, kinds_pb2.Repeated, kinds_pb2.Maps, kinds_pb2.Oneofs, kinds_pb2.Tree,
    kinds_pb2.WellKnown, kinds_pb2.Names, evolution_pb2.EventV2, evolution_pb2.EventV1, shared_pb2.Point,
    legacy_pb2.Defaults, legacy_pb2.Required, legacy_pb2.Holder, legacy_pb2.Closed, legacy_pb2.Groups, legacy_pb2.Packing,
    legacy_pb2.Proto2Node, features_pb2.Presence, features_pb2.Encodings, features_pb2.Choices,
    file_level_pb2.Settings, reserved_pb2.Map, reserved_pb2.Object, getattr(reserved_pb2, "class"),
    nopackage_pb2.Loose,
]

def hand_written():
    """(name, message) pairs with values chosen one by one."""
    out = []
    s = kinds_pb2.Scalars(
        f_double=-0.0, f_float=float32(0.1), f_int64=-(2**63), f_uint64=2**64 - 1, f_int32=-(2**31), f_fixed64=2**64 - 1,
        f_fixed32=2**32 - 1, f_bool=True, f_string="h\u00e9llo \U0001F600", f_bytes=b"\x00\xff\x10", f_uint32=2**32 - 1,
        f_enum=shared_pb2.COLOR_BLUE, f_sfixed32=-(2**31), f_sfixed64=-(2**63), f_sint32=-(2**31), f_sint64=-(2**63))
    out.append(("scalars-extremes-low", s))
    out.append(("scalars-extremes-high", kinds_pb2.Scalars(
        f_double=1.7976931348623157e308, f_float=3.4028234663852886e38, f_int64=2**63 - 1, f_int32=2**31 - 1,
        f_sfixed32=2**31 - 1, f_sfixed64=2**63 - 1, f_sint32=2**31 - 1, f_sint64=2**63 - 1)))
    out.append(("scalars-nonfinite", kinds_pb2.Scalars(f_double=math.nan, f_float=-math.inf)))
    out.append(("scalars-open-enum-unknown-number", kinds_pb2.Scalars(f_enum=12345)))
    out.append(("scalars-empty", kinds_pb2.Scalars()))
    out.append(("optionals-all-zero-but-set", kinds_pb2.Optionals(
        o_double=0, o_float=0, o_int64=0, o_uint64=0, o_int32=0, o_fixed64=0, o_fixed32=0, o_bool=False, o_string="",
        o_message=kinds_pb2.Scalars(), o_bytes=b"", o_uint32=0, o_enum=0, o_sfixed32=0, o_sfixed64=0, o_sint32=0,
        o_sint64=0)))
    r = kinds_pb2.Repeated(r_int32=[0, -1, 2**31 - 1], u_int32=[-5, 5], r_float=[float32(1.1), math.inf],
                           r_enum=[0, 1, 99], u_enum=[-3, 42], r_bool=[True, False], u_bool=[False],
                           r_string=["", "x"], r_bytes=[b"", b"\x01"], u_sint64=[-(2**63), 2**63 - 1])
    r.r_message.add(x=1)
    r.r_message.add()
    out.append(("repeated-mixed", r))
    m = kinds_pb2.Maps()
    m.m_int32[-1] = "minus"
    m.m_int32[0] = ""
    m.m_int64[-(2**63)] = "min"
    m.m_uint64[2**64 - 1] = "max"
    m.m_bool[True] = "yes"
    m.m_bool[False] = "no"
    m.m_string[""] = "empty key"
    m.m_string["__proto__"] = "not a prototype"
    m.m_string["constructor"] = "a key"
    m.m_enum_value["unknown"] = 77
    m.m_message_value["empty"].SetInParent()
    m.m_double_value[5] = math.nan
    m.m_value_value["null"].null_value = 0
    m.m_value_value["list"].list_value.values.add().string_value = "x"
    out.append(("maps-edge-keys", m))
    for case, setter in [("c_int32", lambda o: setattr(o, "c_int32", 0)), ("c_string", lambda o: setattr(o, "c_string", "")),
                         ("c_bytes", lambda o: setattr(o, "c_bytes", b"")), ("c_point", lambda o: o.c_point.SetInParent()),
                         ("c_enum", lambda o: setattr(o, "c_enum", 0)), ("c_int64", lambda o: setattr(o, "c_int64", 0)),
                         ("c_double", lambda o: setattr(o, "c_double", -0.0)), ("c_null", lambda o: setattr(o, "c_null", 0)),
                         ("c_value", lambda o: setattr(o.c_value, "null_value", 0))]:
        o = kinds_pb2.Oneofs(after="z")
        setter(o)
        out.append(("oneof-default-" + case, o))
    nested = kinds_pb2.Oneofs()
    nested.s_nested.s_nested.c_string = "deep"
    out.append(("oneof-recursive", nested))
    t = kinds_pb2.Tree(name="root")
    t.left.name = "l"
    t.left.left.left.name = "lll"
    t.children.add(name="c1").by_name["x"].name = "c1x"
    t.by_name["self"].leaf.deeper.leaves.add(weight=3, kind=kinds_pb2.Tree.Leaf.KIND_LARGE)
    t.kind = kinds_pb2.Tree.Leaf.KIND_SMALL
    out.append(("tree-recursive", t))
    w = kinds_pb2.WellKnown()
    w.timestamp.FromJsonString("0001-01-01T00:00:00Z")
    w.duration.FromJsonString("-315576000000.999999999s")
    w.struct.update({"a": [1, "two", None, True, {"b": {}}], "": None})
    w.value.string_value = "1.5"
    w.list_value.extend([None, [], {}])
    w.any.Pack(wrappers_pb2.StringValue(value="inside"))
    w.field_mask.paths.extend(["foo_bar.baz_qux", "a"])
    w.empty.SetInParent()
    w.double_value.value = 0
    w.float_value.value = float32(-2.5)
    w.int64_value.value = 2**63 - 1
    w.uint64_value.value = 0
    w.int32_value.value = -1
    w.uint32_value.value = 2**32 - 1
    w.bool_value.value = False
    w.string_value.value = ""
    w.bytes_value.value = b"\xfb\xff"
    w.timestamps.add().FromJsonString("9999-12-31T23:59:59.999999999Z")
    w.timestamps.add().FromJsonString("1970-01-01T00:00:00.010Z")
    w.anys.add().Pack(w.duration)
    w.anys.add().Pack(empty_pb2.Empty())
    w.anys.add().Pack(kinds_pb2.Scalars(f_int64=5, f_bytes=b"x"))
    inner_any = any_pb2.Any()
    inner_any.Pack(timestamp_pb2.Timestamp(seconds=1))
    w.anys.add().Pack(inner_any)
    w.anys.add().Pack(field_mask_pb2.FieldMask(paths=["a_b"]))
    w.values.add().number_value = -0.5
    w.values.add().struct_value.update({"k": "v"})
    w.durations["half"].FromJsonString("0.5s")
    w.durations["neg"].FromJsonString("-0.000000001s")
    w.int32_values.add(value=0)
    out.append(("well-known-everything", w))
    out.append(("names-escaped", kinds_pb2.Names(custom=1, snake_case_name=2, name_with_2_digits=3, constructor=4,
                                                 to_string="s", _leading=6, trailing_=7, __proto__=8)))
    out.append(("proto2-defaults-unset", legacy_pb2.Defaults()))
    out.append(("proto2-defaults-set-to-defaults", legacy_pb2.Defaults(
        d_double=-1.5e10, d_float=math.inf, d_int64=-(2**63), d_string="h\u00e9llo \"world\"\n",
        d_bytes=b"\x00\x01\xff\\abc\n", d_enum=legacy_pb2.SIZE_MEDIUM, d_first_enum=legacy_pb2.SIZE_SMALL, d_plain="")))
    out.append(("proto2-required", legacy_pb2.Required(id=0, name="", where=shared_pb2.Point())))
    c = legacy_pb2.Closed(size=legacy_pb2.SIZE_LARGE, sizes=[1, 2, 3], packed_sizes=[3, 1],
                          aliased=legacy_pb2.ALIASED_UNO, picked_size=legacy_pb2.SIZE_SMALL)
    c.aliased_by_name["neg"] = legacy_pb2.ALIASED_NEGATIVE
    out.append(("proto2-closed-enums", c))
    g = legacy_pb2.Groups(after=1)
    g.header.title = "t"
    e = g.entry.add(key="k", value=-1)
    e.inner.flag = False
    g.entry.add()
    out.append(("proto2-groups", g))
    out.append(("proto2-packing", legacy_pb2.Packing(expanded=[1, -1], packed=[2, -2], packed_sint64=[-(2**63)],
                                                      packed_fixed32=[0, 2**32 - 1], packed_double=[math.nan, -0.0],
                                                      expanded_bool=[True])))
    p = features_pb2.Presence(explicit_int=0, implicit_int=0, required_int=0, explicit_string="", implicit_string="",
                              open_level=99, closed_level=features_pb2.CLOSED_LEVEL_TWO, implicit_level=5,
                              explicit_with_default=7)
    p.point.SetInParent()
    out.append(("editions-presence", p))
    enc = features_pb2.Encodings(packed_ints=[1, 2], expanded_ints=[3, -4], closed_levels=[0, 2],
                                 expanded_closed_levels=[1], unchecked="ok", unchecked_list=["a", ""])
    enc.delimited.a = 1
    enc.delimited_list.add(b="x")
    enc.delimited_list.add()
    enc.length_prefixed.b = "y"
    enc.inner_by_name["k"].a = 5
    enc.closed_by_name["c"] = features_pb2.CLOSED_LEVEL_ONE
    enc.delimited_foreign.x = -7
    out.append(("editions-encodings", enc))
    out.append(("editions-oneof-delimited", features_pb2.Choices(chosen=features_pb2.Encodings.Inner(a=9))))
    st = file_level_pb2.Settings(count=3, label="l", values=[1, 2], packed_values=[3, 4], mode=file_level_pb2.MODE_OFF,
                                 modes=[1, 0], open_mode=5, tracked=0)
    st.part.id = 0
    st.part.nested.count = 1
    st.parts.add(id=1)
    st.prefixed_part.id = 2
    st.parts_by_id[7].id = 7
    out.append(("editions-file-level-features", st))
    return out


def wire_inputs():
    """(name, type, bytes) whose decoding is not just the inverse of an encoding."""
    def tag(no, wt):
        return varint((no << 3) | wt)

    def ld(no, payload):
        return tag(no, 2) + varint(len(payload)) + payload

    S, R, Pk, Cl, G = kinds_pb2.Scalars, kinds_pb2.Repeated, legacy_pb2.Packing, legacy_pb2.Closed, legacy_pb2.Groups
    return [
        ("expanded-input-for-packed", R, tag(5, 0) + varint(1) + tag(5, 0) + varint(2) + ld(5, varint(3))),
        ("packed-input-for-expanded", R, ld(20, varint(7) + varint(8)) + tag(20, 0) + varint(9)),
        ("packed-input-for-proto2-expanded", Pk, ld(1, varint(1) + varint(300))),
        ("scalar-given-twice-last-wins", S, tag(5, 0) + varint(1) + tag(5, 0) + varint(2)),
        ("message-given-twice-merges", kinds_pb2.Tree, ld(2, ld(1, b"a")) + ld(2, ld(2, ld(1, b"b")))),
        ("oneof-switches-last-wins", kinds_pb2.Oneofs, tag(1, 0) + varint(5) + ld(2, b"s")),
        ("oneof-message-merges", kinds_pb2.Oneofs, ld(4, tag(1, 0) + varint(2)) + ld(4, tag(2, 0) + varint(4))),
        ("unknown-fields-every-wire-type", S,
         tag(100, 0) + varint(2**64 - 1) + tag(101, 1) + b"\x01" * 8 + ld(102, b"xyz") + tag(103, 5) + b"\x02" * 4
         + tag(104, 3) + tag(1, 0) + varint(5) + tag(2, 3) + tag(2, 4) + tag(104, 4) + tag(5, 0) + varint(6)),
        ("wrong-wire-type-is-unknown", S, tag(5, 2) + varint(1) + b"z" + tag(9, 0) + varint(3)),
        ("closed-enum-unknown-singular", Cl, tag(1, 0) + varint(9) + tag(1, 0) + varint(2)),
        ("closed-enum-unknown-repeated", Cl, tag(2, 0) + varint(1) + tag(2, 0) + varint(42) + tag(2, 0) + varint(3)),
        ("closed-enum-unknown-packed", Cl, ld(3, varint(1) + varint(50) + varint(2) + varint(51))),
        ("closed-enum-unknown-negative", Cl, tag(1, 0) + varint(2**64 - 5)),
        ("closed-enum-unknown-map-value", Cl, ld(4, ld(1, b"a") + tag(2, 0) + varint(1)) + ld(4, ld(1, b"b") + tag(2, 0) + varint(8))),
        ("closed-enum-unknown-oneof", Cl, tag(6, 0) + varint(77) + ld(7, b"n")),
        ("group-with-unknown-inside", G, tag(1, 3) + ld(2, b"t") + tag(50, 0) + varint(1) + tag(1, 4)),
        ("map-entry-missing-key-and-value", kinds_pb2.Maps, ld(12, b"") + ld(15, ld(1, b"k"))),
        ("map-entry-key-repeated", kinds_pb2.Maps, ld(1, tag(1, 0) + varint(1) + tag(1, 0) + varint(2) + ld(2, b"v"))),
        ("map-duplicate-key-last-wins", kinds_pb2.Maps, ld(12, ld(1, b"k") + ld(2, b"1")) + ld(12, ld(1, b"k") + ld(2, b"2"))),
        ("non-minimal-varint", S, tag(5, 0) + b"\x81\x80\x80\x00"),
        ("bool-as-large-varint", S, tag(8, 0) + varint(2**40)),
        ("int32-from-64-bit-varint", S, tag(5, 0) + varint(2**40 + 7)),
        ("editions-closed-unknown-in-map", features_pb2.Encodings, ld(11, ld(1, b"x") + tag(2, 0) + varint(9))),
        ("editions-delimited-given-as-length-prefixed", features_pb2.Encodings, ld(5, tag(1, 0) + varint(3))),
        ("editions-expanded-closed-unknown", features_pb2.Encodings, tag(4, 0) + varint(1) + tag(4, 0) + varint(6)),
        ("foreign-delimited-given-twice-merges", features_pb2.Encodings,
         tag(12, 3) + tag(1, 0) + varint(4) + tag(12, 4) + tag(12, 3) + ld(3, b"l") + tag(12, 4)),
        ("foreign-message-given-twice-merges", kinds_pb2.Optionals, ld(10, tag(5, 0) + varint(1)) + ld(10, ld(9, b"s"))),
        ("foreign-map-value-message", kinds_pb2.Maps, ld(15, ld(1, b"k") + ld(2, tag(1, 0) + varint(3))
                                                      + ld(2, ld(3, b"merged")))),
        ("editions-unchecked-string-accepts-any-utf8", features_pb2.Encodings, ld(9, "\U0001F600".encode())),
        # Inputs both must reject.
        ("reject-truncated-varint", S, tag(5, 0) + b"\x80"),
        ("reject-length-past-end", S, tag(9, 2) + varint(5) + b"ab"),
        ("reject-invalid-utf8-proto3", S, ld(9, b"\xff\xfe")),
        ("reject-invalid-utf8-map-key", kinds_pb2.Maps, ld(12, ld(1, b"\xc3"))),
        ("reject-invalid-utf8-editions-verify", features_pb2.Encodings, ld(7, ld(2, b"\xc3"))),
        # A missing required field is read (Python and Node alike) but cannot be written again.
        ("reject-required-missing", legacy_pb2.Required, tag(1, 0) + varint(1) + ld(2, b"n")),
        ("reject-nested-required-missing", legacy_pb2.Holder, ld(2, tag(1, 0) + varint(1))),
        ("reject-editions-legacy-required-missing", features_pb2.Presence, tag(1, 0) + varint(1)),
        ("reject-group-end-mismatch", G, tag(1, 3) + tag(2, 4)),
        ("reject-group-without-end", G, tag(1, 3) + ld(2, b"t")),
        ("reject-field-number-zero", S, tag(0, 0) + varint(1)),
        ("reject-end-group-at-top-level", S, tag(5, 4)),
        ("reject-varint-of-eleven-bytes", S, tag(5, 0) + b"\xff" * 10 + b"\x01"),
        ("reject-wire-type-6", S, varint((5 << 3) | 6)),
        ("reject-packed-truncated", R, ld(5, b"\x80")),
        ("reject-fixed32-truncated", S, tag(7, 5) + b"\x01\x02"),
        # upb stops at 100 nested messages, a map entry counting as one.
        ("nested-100-deep", kinds_pb2.Tree, nested(100, lambda inner: ld(2, inner))),
        ("reject-nested-101-deep", kinds_pb2.Tree, nested(101, lambda inner: ld(2, inner))),
        ("map-nested-50-deep", kinds_pb2.Tree, nested(50, lambda inner: ld(5, ld(1, b"k") + ld(2, inner)))),
        ("reject-map-nested-51-deep", kinds_pb2.Tree, nested(51, lambda inner: ld(5, ld(1, b"k") + ld(2, inner)))),
    ]


def nested(levels, wrap):
    data = b""
    for _ in range(levels):
        data = wrap(data)
    return data


def json_inputs():
    """(name, type, JSON text) in the forms the mapping accepts besides the canonical one, and a
    few it rejects (both implementations must reject them)."""
    S, W, O = "conf.proto3.Scalars", "conf.proto3.WellKnown", "conf.proto3.Oneofs"
    return [
        ("proto-field-names", S, '{"f_int32": 1, "f_string": "x", "f_bool": true}'),
        ("ints-as-strings-and-exponents", S, '{"fInt32": "-5", "fInt64": 1e3, "fUint64": "18446744073709551615", "fSint32": 7.0}'),
        ("floats-as-strings", S, '{"fDouble": "1.5", "fFloat": "-Infinity"}'),
        ("nan-string", S, '{"fDouble": "NaN"}'),
        ("enum-by-number", S, '{"fEnum": 2}'),
        ("enum-unknown-number", S, '{"fEnum": 1000}'),
        ("bytes-url-safe-unpadded", S, '{"fBytes": "-_8"}'),
        ("nulls-mean-unset", S, '{"fInt32": null, "fString": null, "fEnum": null}'),
        ("null-value-field", O, '{"cNull": null}'),
        ("null-in-value-oneof", O, '{"cValue": null}'),
        ("timestamp-with-offset", W, '{"timestamp": "2026-01-01T01:30:00.5+01:30"}'),
        ("timestamp-negative-offset", W, '{"timestamp": "1969-12-31T23:00:00-01:00"}'),
        ("duration-fraction-digits", W, '{"duration": "-0.5s"}'),
        ("wrappers-null", W, '{"int32Value": null}'),
        ("any-of-well-known", W, '{"any": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "3s"}}'),
        ("any-of-message", W, '{"any": {"@type": "type.googleapis.com/conf.common.Point", "x": -1, "label": "p"}}'),
        ("any-empty", W, '{"any": {}}'),
        ("struct-nested", W, '{"struct": {"a": {"b": [1, {"c": null}]}}}'),
        ("map-keys", "conf.proto3.Maps", '{"mBool": {"true": "t"}, "mInt64": {"-9": "n"}, "mUint32": {"4294967295": "m"}}'),
        ("reject-unknown-field", S, '{"nope": 1}'),
        ("reject-int32-out-of-range", S, '{"fInt32": 2147483648}'),
        ("reject-fraction-in-int", S, '{"fInt32": 1.5}'),
        ("reject-two-oneof-members", O, '{"cInt32": 1, "cString": "x"}'),
        ("reject-bad-timestamp", W, '{"timestamp": "2026-02-30T00:00:00Z"}'),
        ("reject-uppercase-field-mask-path", W, '{"fieldMask": "foo_bar"}'),
        ("reject-enum-unknown-name", S, '{"fEnum": "COLOR_PURPLE"}'),
        ("reject-closed-enum-unknown-number", "conf.proto2.Closed", '{"size": 9}'),
        ("reject-string-for-bool", S, '{"fBool": "true"}'),
        ("same-field-twice-last-wins", S, '{"fInt32": 1, "f_int32": 2}'),
        ("message-field-twice-merges", "conf.editions.Encodings", '{"lengthPrefixed": {"a": 1}, "length_prefixed": {"b": "x"}}'),
        ("enum-number-in-a-string", S, '{"fEnum": "2"}'),
        ("repeated-field-twice-last-wins", "conf.proto3.Repeated", '{"rInt32": [1, 2], "r_int32": [3]}'),
        ("null-clears-earlier-value", S, '{"fInt32": 4, "f_int32": null}'),
    ]


def json_inputs_ignoring_unknown():
    """JSON read with ignore_unknown_fields (ignoreUnknownFields in Node)."""
    S = "conf.proto3.Scalars"
    return [
        ("ignored-unknown-field", S, '{"nope": {"deep": [1]}, "fInt32": 2}'),
        ("ignored-unknown-enum-name", S, '{"fEnum": "COLOR_PURPLE", "fBool": true}'),
        ("ignored-unknown-enum-name-in-list", "conf.proto3.Repeated", '{"rEnum": ["COLOR_RED", "COLOR_PURPLE"]}'),
        ("reject-closed-enum-number-even-ignoring", "conf.proto2.Closed", '{"size": 9}'),
        ("ignored-unknown-name-in-map", "conf.proto3.Maps", '{"mEnumValue": {"a": "COLOR_RED", "b": "NOPE"}}'),
    ]


def varint(v):
    out = bytearray()
    v &= (1 << 64) - 1
    while v > 0x7F:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def random_messages(seed, per_type):
    gen = Random(seed, any_types=[kinds_pb2.Scalars, shared_pb2.Point])
    out = []
    for cls in ROOT_TYPES:
        for i in range(per_type):
            out.append(("random-%s-%d" % (cls.DESCRIPTOR.name, i), gen.message(cls.DESCRIPTOR, cls(), 0)))
    return out
