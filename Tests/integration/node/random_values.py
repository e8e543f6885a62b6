"""Random values for every field kind of any message type, edge values mixed in, from a seed:
what the conformance check fills messages with. Only Python's protobuf and the message's own
descriptor are used, so any schema can be filled.
"""

import math
import random
import struct

from google.protobuf import any_pb2, duration_pb2, empty_pb2, field_mask_pb2, message_factory, struct_pb2, timestamp_pb2, wrappers_pb2
from google.protobuf.descriptor import FieldDescriptor as FD

INT_RANGES = {
    FD.TYPE_INT32: (-(2**31), 2**31 - 1), FD.TYPE_SINT32: (-(2**31), 2**31 - 1), FD.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FD.TYPE_UINT32: (0, 2**32 - 1), FD.TYPE_FIXED32: (0, 2**32 - 1),
    FD.TYPE_INT64: (-(2**63), 2**63 - 1), FD.TYPE_SINT64: (-(2**63), 2**63 - 1), FD.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FD.TYPE_UINT64: (0, 2**64 - 1), FD.TYPE_FIXED64: (0, 2**64 - 1),
}

STRINGS = ["", "a", "hello world", "caf\u00e9", "\u65e5\u672c\u8a9e", "\U0001F600 emoji", "line\nbreak \"quoted\" \\",
           "\u2028\u2029", "\x00nul", "\ufeffbom", "\u00ff\u0100\uffff", "1", "true", "__proto__", "\U0010FFFF"]


def float32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


class Random:
    """Random values of every field kind, edge values mixed in, from one seed."""

    def __init__(self, seed, any_types=()):
        self.r = random.Random(seed)
        self.any_types = list(any_types)

    def integer(self, t):
        lo, hi = INT_RANGES[t]
        edges = [0, 1, lo, hi, 127, 128, 300, 16383, 16384]
        if lo < 0:
            edges += [-1, -2, -64, -65]
        v = self.r.choice(edges) if self.r.random() < 0.4 else self.r.randint(lo, hi) >> self.r.choice([0, 0, 8, 20, 40])
        return max(lo, min(hi, v))

    def double(self):
        edges = [0.0, -0.0, 1.0, -1.5, 0.1, math.nan, math.inf, -math.inf, 5e-324, 1.7976931348623157e308, 1e21, 1e-7]
        if self.r.random() < 0.4:
            return self.r.choice(edges)
        return self.r.uniform(-1, 1) * 10 ** self.r.randint(-30, 30)

    def float(self):
        # Not the largest float itself: Python prints it as 3.4028235e+38 and then cannot read that
        # back (the hand-written corpus has it); the float below it prints 3.4028233e+38.
        edges = [0.0, -0.0, 1.0, 0.1, math.nan, math.inf, -math.inf, 3.4028232635611926e38, 1.401298464324817e-45,
                 16777217.0, 4016023.25]
        if self.r.random() < 0.4:
            return float32(self.r.choice(edges))
        return float32(self.r.uniform(-1, 1) * 10 ** self.r.randint(-20, 20))

    def string(self):
        if self.r.random() < 0.5:
            return self.r.choice(STRINGS)
        alphabet = "abcXYZ019 _-\u00e9\u4e2d\U0001F680"
        return "".join(self.r.choice(alphabet) for _ in range(self.r.randint(1, 12)))

    def bytes(self):
        return bytes(self.r.randint(0, 255) for _ in range(self.r.choice([0, 1, 2, 3, 5, 16])))

    def scalar(self, field):
        t = field.type
        if t in INT_RANGES:
            return self.integer(t)
        if t == FD.TYPE_DOUBLE:
            return self.double()
        if t == FD.TYPE_FLOAT:
            return self.float()
        if t == FD.TYPE_BOOL:
            return self.r.random() < 0.5
        if t == FD.TYPE_STRING:
            return self.string()
        if t == FD.TYPE_BYTES:
            return self.bytes()
        if t == FD.TYPE_ENUM:
            values = [v.number for v in field.enum_type.values]
            if not field.enum_type.is_closed and self.r.random() < 0.15:
                return self.r.choice([7, 99, -100, 2**31 - 1])
            return self.r.choice(values)
        raise ValueError(t)

    # Well-known types get values their JSON forms can express.
    def timestamp(self):
        nanos = self.r.choice([0, 1, 500000000, 123000000, 123456000, 999999999, self.r.randint(0, 999999999)])
        seconds = self.r.choice([0, -1, 1767225600, -62135596800, 253402300799, self.r.randint(-62135596800, 253402300799)])
        return timestamp_pb2.Timestamp(seconds=seconds, nanos=nanos)

    def duration(self):
        seconds = self.r.choice([0, 1, -1, 315576000000, -315576000000, self.r.randint(-10**9, 10**9)])
        nanos = self.r.choice([0, 1, 5000000, 999999999, self.r.randint(0, 999999999)])
        if seconds < 0 or (seconds == 0 and self.r.random() < 0.5):
            nanos = -nanos
        return duration_pb2.Duration(seconds=seconds, nanos=nanos)

    def field_mask(self):
        words = ["a", "foo", "foo_bar", "x1", "deep_nested_name", "v2_field"]
        paths = [".".join(self.r.choice(words) for _ in range(self.r.randint(1, 3))) for _ in range(self.r.randint(0, 3))]
        return field_mask_pb2.FieldMask(paths=paths)

    def json_value(self, depth=0):
        kinds = ["null", "number", "string", "bool"] + (["list", "struct"] if depth < 2 else [])
        kind = self.r.choice(kinds)
        if kind == "null":
            return None
        if kind == "number":
            return self.r.choice([0, 1, -2.5, 1e100, 0.1, self.r.uniform(-1e6, 1e6)])
        if kind == "string":
            return self.string()
        if kind == "bool":
            return self.r.random() < 0.5
        if kind == "list":
            return [self.json_value(depth + 1) for _ in range(self.r.randint(0, 3))]
        return {self.string(): self.json_value(depth + 1) for _ in range(self.r.randint(0, 3))}

    def value(self, depth=0):
        return to_value(self.json_value(depth))

    def any(self):
        """An Any of a well-known type or of one of `any_types`, none of them with maps: Python
        packs the inner bytes without sorting map entries."""
        makers = [self.timestamp, self.duration, self.field_mask, lambda: empty_pb2.Empty(),
                  lambda: wrappers_pb2.Int32Value(value=self.integer(FD.TYPE_INT32)),
                  lambda: wrappers_pb2.StringValue(value=self.string()), lambda: self.value(depth=2)]
        makers += [lambda cls=cls: self.message(cls.DESCRIPTOR, cls(), 3) for cls in self.any_types]
        a = any_pb2.Any()
        a.Pack(self.r.choice(makers)(), deterministic=True)
        return a

    def well_known(self, name):
        if name == "google.protobuf.Timestamp":
            return self.timestamp()
        if name == "google.protobuf.Duration":
            return self.duration()
        if name == "google.protobuf.FieldMask":
            return self.field_mask()
        if name == "google.protobuf.Struct":
            s = struct_pb2.Struct()
            s.update({self.string(): self.json_value(1) for _ in range(self.r.randint(0, 3))})
            return s
        if name == "google.protobuf.Value":
            return self.value()
        if name == "google.protobuf.ListValue":
            lv = struct_pb2.ListValue()
            lv.extend([self.json_value(1) for _ in range(self.r.randint(0, 3))])
            return lv
        if name == "google.protobuf.Any":
            return self.any()
        if name == "google.protobuf.Empty":
            return empty_pb2.Empty()
        wrappers = {
            "DoubleValue": (wrappers_pb2.DoubleValue, self.double), "FloatValue": (wrappers_pb2.FloatValue, self.float),
            "Int64Value": (wrappers_pb2.Int64Value, lambda: self.integer(FD.TYPE_INT64)),
            "UInt64Value": (wrappers_pb2.UInt64Value, lambda: self.integer(FD.TYPE_UINT64)),
            "Int32Value": (wrappers_pb2.Int32Value, lambda: self.integer(FD.TYPE_INT32)),
            "UInt32Value": (wrappers_pb2.UInt32Value, lambda: self.integer(FD.TYPE_UINT32)),
            "BoolValue": (wrappers_pb2.BoolValue, lambda: self.r.random() < 0.5),
            "StringValue": (wrappers_pb2.StringValue, self.string), "BytesValue": (wrappers_pb2.BytesValue, self.bytes),
        }
        short = name.rsplit(".", 1)[1]
        if short in wrappers:
            cls, gen = wrappers[short]
            return cls(value=gen())
        return None

    # Below this many levels only required fields are set, so that recursive types end.
    MAX_DEPTH = 3

    def message(self, descriptor, msg, depth):
        """Fills msg: fields half the time (required ones always), one member of each oneof or none."""
        deep = depth > self.MAX_DEPTH
        chosen = {}
        for oneof in descriptor.oneofs:
            if not deep and not is_synthetic(oneof) and self.r.random() < 0.8:
                chosen[oneof.name] = self.r.choice(oneof.fields).name
        for field in descriptor.fields:
            oneof = field.containing_oneof
            if field.is_required:
                pass
            elif deep:
                continue
            elif oneof is not None and not is_synthetic(oneof):
                if chosen.get(oneof.name) != field.name:
                    continue
            elif self.r.random() < 0.35:
                continue
            self.set_field_if_possible(msg, field, depth)
        return msg

    def set_field(self, msg, field, depth):
        is_message = field.type in (FD.TYPE_MESSAGE, FD.TYPE_GROUP)
        if is_message and field.message_type.GetOptions().map_entry:
            key_f = field.message_type.fields_by_name["key"]
            value_f = field.message_type.fields_by_name["value"]
            target = getattr(msg, field.name)
            for _ in range(self.r.randint(0, 3)):
                key = self.scalar(key_f)
                if value_f.type == FD.TYPE_MESSAGE:
                    sub = self.sub_message(value_f.message_type, depth + 1)
                    if sub is not None:
                        target[key].CopyFrom(sub)
                else:
                    target[key] = self.scalar(value_f)
            return
        if field.is_repeated:
            target = getattr(msg, field.name)
            for _ in range(self.r.randint(0, 3)):
                if is_message:
                    sub = self.sub_message(field.message_type, depth + 1)
                    if sub is not None:
                        target.add().CopyFrom(sub)
                else:
                    target.append(self.scalar(field))
            return
        if is_message:
            sub = self.sub_message(field.message_type, depth + 1)
            if sub is not None:
                getattr(msg, field.name).CopyFrom(sub)
            return
        setattr(msg, field.name, self.scalar(field))

    def set_field_if_possible(self, msg, field, depth):
        if field.type in (FD.TYPE_MESSAGE, FD.TYPE_GROUP) and not satisfiable(field.message_type):
            return
        self.set_field(msg, field, depth)

    def sub_message(self, descriptor, depth):
        wkt = self.well_known(descriptor.full_name) if descriptor.full_name.startswith("google.protobuf.") else None
        if wkt is not None:
            return wkt
        cls = _message_class(descriptor)
        return self.message(descriptor, cls(), depth)


def satisfiable(descriptor, path=()):
    """False for a message whose required fields lead back to it (protobuf's conformance schemas
    have one): no finite message has them all set, so none can be encoded."""
    if descriptor.full_name in path:
        return False
    for f in descriptor.fields:
        if f.is_required and f.type in (FD.TYPE_MESSAGE, FD.TYPE_GROUP):
            if not satisfiable(f.message_type, path + (descriptor.full_name,)):
                return False
    return True


def is_synthetic(oneof):
    """protoc's oneof for a proto3 `optional` field, named after it."""
    return len(oneof.fields) == 1 and oneof.name == "_" + oneof.fields[0].name


def _message_class(descriptor):
    return message_factory.GetMessageClass(descriptor)


def to_value(j):
    v = struct_pb2.Value()
    if j is None:
        v.null_value = 0
    elif isinstance(j, bool):
        v.bool_value = j
    elif isinstance(j, (int, float)):
        v.number_value = j
    elif isinstance(j, str):
        v.string_value = j
    elif isinstance(j, list):
        v.list_value.SetInParent()
        for x in j:
            v.list_value.values.add().CopyFrom(to_value(x))
    else:
        v.struct_value.SetInParent()
        for k, x in j.items():
            v.struct_value.fields[k].CopyFrom(to_value(x))
    return v
