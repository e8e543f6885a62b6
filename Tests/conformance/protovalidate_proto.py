#!/usr/bin/env python3
"""Writes buf/validate/validate.proto (protovalidate's rule annotations) for test fixtures.

The .proto source is not kept in this repository. PyPI's `protovalidate` wheel (pinned below)
embeds the compiled FileDescriptorProto of buf/validate/validate.proto in
protovalidate/_gen/buf/validate/validate_pb.py, as the first (bytes) argument of `file_desc(`.
This script reads that module without importing it (with `ast`), parses the descriptor with
google's `protobuf` package and prints it back as .proto source.

usage:
  protovalidate_proto.py OUT_DIR          write OUT_DIR/buf/validate/validate.proto
  protovalidate_proto.py --check OUT_DIR  compile OUT_DIR/buf/validate/validate.proto with protoc
                                          and compare it with the embedded descriptor; exits 1
                                          on any difference

The wheel's module is taken from the running interpreter's site-packages when protovalidate
PROTOVALIDATE_VERSION (2.1.0) is installed there; otherwise the wheel is fetched with
`python -m pip download --no-deps` into a cache (<venv>/cache/protovalidate, or a temporary
directory outside a venv; PROTOVALIDATE_WHEEL_CACHE overrides it). protovalidate itself is never
installed or imported.

Needs Python 3.8+ and the `protobuf` package; --check also needs protoc (grpc_tools.protoc when
importable, else $PROTOC or `protoc` on PATH).
"""
import ast
import glob
import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, text_encoding, text_format

try:
    from google.protobuf import unknown_fields as _unknown_fields
except ImportError:  # older protobuf
    _unknown_fields = None

PROTOVALIDATE_VERSION = "2.1.0"
MODULE_PATH = "protovalidate/_gen/buf/validate/validate_pb.py"
PROTO_NAME = "buf/validate/validate.proto"

FD = descriptor_pb2.FieldDescriptorProto
SCALAR_NAMES = {
    FD.TYPE_DOUBLE: "double", FD.TYPE_FLOAT: "float", FD.TYPE_INT64: "int64",
    FD.TYPE_UINT64: "uint64", FD.TYPE_INT32: "int32", FD.TYPE_FIXED64: "fixed64",
    FD.TYPE_FIXED32: "fixed32", FD.TYPE_BOOL: "bool", FD.TYPE_STRING: "string",
    FD.TYPE_BYTES: "bytes", FD.TYPE_UINT32: "uint32", FD.TYPE_SFIXED32: "sfixed32",
    FD.TYPE_SFIXED64: "sfixed64", FD.TYPE_SINT32: "sint32", FD.TYPE_SINT64: "sint64",
}
LABEL_NAMES = {FD.LABEL_OPTIONAL: "optional", FD.LABEL_REQUIRED: "required", FD.LABEL_REPEATED: "repeated"}
FIELD_MAX_EXCLUSIVE = 536870912  # 2^29: `max` of field numbers, end-exclusive
ENUM_MAX_INCLUSIVE = 2147483647


class Error(Exception):
    pass


def warn(msg):
    print("protovalidate_proto.py: warning: " + msg, file=sys.stderr)


# --------------------------------------------------------------------------------------------
# Finding the embedded descriptor


def _installed_module_source():
    """validate_pb.py's text from an installed protovalidate PROTOVALIDATE_VERSION, or None."""
    try:
        from importlib import metadata
    except ImportError:
        return None
    try:
        dist = metadata.distribution("protovalidate")
    except metadata.PackageNotFoundError:
        return None
    if dist.version != PROTOVALIDATE_VERSION:
        warn("installed protovalidate is %s, not %s; using the pinned wheel instead"
             % (dist.version, PROTOVALIDATE_VERSION))
        return None
    path = dist.locate_file(MODULE_PATH)
    if not os.path.isfile(str(path)):
        return None
    with open(str(path), encoding="utf-8") as f:
        return f.read(), str(path)


def _cache_dir():
    if os.environ.get("PROTOVALIDATE_WHEEL_CACHE"):
        return os.environ["PROTOVALIDATE_WHEEL_CACHE"]
    if sys.prefix != getattr(sys, "base_prefix", sys.prefix):  # running inside a venv
        return os.path.join(sys.prefix, "cache", "protovalidate")
    return os.path.join(tempfile.gettempdir(), "protovalidate-wheel-cache")


def _read_from_archive(path):
    if path.endswith(".whl") or zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name == MODULE_PATH or name.endswith("/" + MODULE_PATH):
                    return z.read(name).decode("utf-8")
    elif tarfile.is_tarfile(path):
        with tarfile.open(path) as t:
            for member in t.getmembers():
                if member.isfile() and member.name.endswith("/" + MODULE_PATH):
                    return t.extractfile(member).read().decode("utf-8")
    return None


def _downloaded_module_source():
    cache = _cache_dir()
    pattern = os.path.join(cache, "protovalidate-%s*" % PROTOVALIDATE_VERSION)
    archives = sorted(glob.glob(pattern))
    if not archives:
        os.makedirs(cache, exist_ok=True)
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
               "protovalidate==" + PROTOVALIDATE_VERSION, "-d", cache]
        print("protovalidate_proto.py: " + " ".join(cmd), file=sys.stderr)
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              universal_newlines=True)
        if proc.returncode != 0:
            raise Error("`%s` failed (exit %d):\n%s" % (" ".join(cmd), proc.returncode, proc.stdout))
        archives = sorted(glob.glob(pattern))
        if not archives:
            raise Error("pip download reported success but no protovalidate-%s archive is in %s"
                        % (PROTOVALIDATE_VERSION, cache))
    # Prefer wheels: they hold the generated module as is.
    archives.sort(key=lambda p: not p.endswith(".whl"))
    for path in archives:
        src = _read_from_archive(path)
        if src is not None:
            return src, path + "!" + MODULE_PATH
    raise Error("%s not found in %s" % (MODULE_PATH, ", ".join(archives)))


def extract_descriptor_bytes(source, origin):
    tree = ast.parse(source, filename=origin)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name == "file_desc":
            found.append(node)
    if len(found) != 1:
        raise Error("%s: expected exactly one call to file_desc(...), found %d" % (origin, len(found)))
    call = found[0]
    if not call.args:
        raise Error("%s:%d: file_desc(...) has no positional argument" % (origin, call.lineno))
    arg = call.args[0]
    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, bytes)):
        raise Error("%s:%d: first argument of file_desc(...) is not a bytes literal" % (origin, call.lineno))
    return arg.value


def load_embedded_descriptor():
    found = _installed_module_source() or _downloaded_module_source()
    source, origin = found
    data = extract_descriptor_bytes(source, origin)
    fdp = descriptor_pb2.FileDescriptorProto()
    try:
        fdp.ParseFromString(data)
    except Exception as e:  # DecodeError
        raise Error("%s: the file_desc bytes are not a FileDescriptorProto: %s" % (origin, e))
    if fdp.name != PROTO_NAME:
        raise Error("%s: embedded descriptor is %r, expected %r" % (origin, fdp.name, PROTO_NAME))
    return fdp, origin


# --------------------------------------------------------------------------------------------
# A descriptor pool that knows the file's own extensions, to decode custom options


class OptionDecoder:
    """Parses options messages with a pool holding the file and its imports, so that custom
    options (extensions, which descriptor_pb2 keeps as unknown fields) can be printed."""

    def __init__(self, fdp):
        self.pool = None
        self.classes = {}
        pool = descriptor_pool.DescriptorPool()
        added = set()

        def add(proto):
            if proto.name in added:
                return
            for dep in proto.dependency:
                add(self._dependency(dep))
            pool.AddSerializedFile(proto.SerializeToString())
            added.add(proto.name)

        try:
            add(self._dependency("google/protobuf/descriptor.proto"))  # the options types
            add(fdp)
        except Exception as e:
            warn("custom options cannot be decoded (%s); they will be left out" % e)
            return
        self.pool = pool

    @staticmethod
    def _dependency(name):
        if not (name.startswith("google/protobuf/") and name.endswith(".proto")):
            raise Error("import %r is not a well-known type" % name)
        module = "google.protobuf." + name[len("google/protobuf/"):-len(".proto")].replace("/", ".") + "_pb2"
        mod = importlib.import_module(module)
        proto = descriptor_pb2.FileDescriptorProto()
        mod.DESCRIPTOR.CopyToProto(proto)
        return proto

    def parse(self, options):
        """Returns options re-parsed with the pool (extensions known), or options unchanged."""
        if self.pool is None:
            return options
        full = options.DESCRIPTOR.full_name
        cls = self.classes.get(full)
        if cls is None:
            cls = message_factory.GetMessageClass(self.pool.FindMessageTypeByName(full))
            self.classes[full] = cls
        return cls.FromString(options.SerializeToString())


def unknown_field_numbers(msg):
    if _unknown_fields is None:
        return []
    return sorted({f.field_number for f in _unknown_fields.UnknownFieldSet(msg)})


# --------------------------------------------------------------------------------------------
# Printing


def quote(value):
    if isinstance(value, str):
        value = value.encode("utf-8")
    return '"' + text_encoding.CEscape(value, False) + '"'


def float_text(v):
    if v != v:
        return "nan"
    if v == float("inf"):
        return "inf"
    if v == float("-inf"):
        return "-inf"
    return repr(v)


def default_json_name(name):
    # protoc's ToJsonName: drop '_' and upper-case the letter after it.
    out, upper = [], False
    for ch in name:
        if ch == "_":
            upper = True
        elif upper:
            out.append(ch.upper())
            upper = False
        else:
            out.append(ch)
    return "".join(out)


def is_repeated(fdesc):
    rep = getattr(fdesc, "is_repeated", None)
    if rep is not None:
        return rep
    return fdesc.label == fdesc.LABEL_REPEATED


class ProtoPrinter:
    def __init__(self, fdp, decoder):
        self.fdp = fdp
        self.decoder = decoder
        self.out = []
        syntax = fdp.syntax or "proto2"
        if syntax not in ("proto2", "proto3", "editions"):
            raise Error("unknown syntax %r" % syntax)
        self.syntax = syntax
        self.warned_unknown = set()

    # -- small helpers

    def line(self, depth, text=""):
        self.out.append(("  " * depth + text) if text else "")

    def option_items(self, options, where, skip=()):
        """[(name, value_text)] for every option set in `options`; value_text may be multi-line."""
        if options is None or not options.ByteSize():
            return []
        parsed = self.decoder.parse(options)
        items = []
        for fdesc, value in parsed.ListFields():
            if fdesc.name in skip and not fdesc.is_extension:
                continue
            if fdesc.name == "uninterpreted_option" and not fdesc.is_extension:
                raise Error("%s: uninterpreted_option in a compiled descriptor" % where)
            name = "(.%s)" % fdesc.full_name if fdesc.is_extension else fdesc.name
            for v in (value if is_repeated(fdesc) else [value]):
                items.append((name, self.value_text(fdesc, v)))
        unknown = unknown_field_numbers(parsed)
        if unknown:
            key = (parsed.DESCRIPTOR.full_name, tuple(unknown))
            if key not in self.warned_unknown:
                self.warned_unknown.add(key)
                warn("%s: option field(s) %s of %s are unknown extensions and are left out"
                     % (where, unknown, parsed.DESCRIPTOR.full_name))
        return items

    def value_text(self, fdesc, v):
        t = fdesc.type
        if t in (fdesc.TYPE_MESSAGE, fdesc.TYPE_GROUP):
            short = text_format.MessageToString(v, as_utf8=False, as_one_line=True)
            if len(short) <= 60:
                return "{" + short + "}" if short else "{}"
            body = text_format.MessageToString(v, as_utf8=False)
            body = body.rstrip("\n")
            if not body:
                return "{}"
            return "{\n" + "\n".join("  " + l for l in body.split("\n")) + "\n}"
        if t == fdesc.TYPE_ENUM:
            ev = fdesc.enum_type.values_by_number.get(v)
            return ev.name if ev is not None else str(v)
        if t == fdesc.TYPE_BOOL:
            return "true" if v else "false"
        if t in (fdesc.TYPE_STRING, fdesc.TYPE_BYTES):
            return quote(v)
        if t in (fdesc.TYPE_FLOAT, fdesc.TYPE_DOUBLE):
            return float_text(v)
        return str(v)

    def emit_option_statements(self, depth, options, where, skip=()):
        for name, value in self.option_items(options, where, skip):
            self.emit_multiline(depth, "option %s = " % name, value, ";")

    def emit_multiline(self, depth, prefix, value, suffix):
        lines = value.split("\n")
        if len(lines) == 1:
            self.line(depth, prefix + value + suffix)
            return
        self.line(depth, prefix + lines[0])
        for l in lines[1:-1]:
            self.line(depth, l)
        self.line(depth, lines[-1] + suffix)

    def emit_with_bracket_options(self, depth, head, items, tail=";"):
        """`head [a = 1, b = 2];` or, when some value spans lines, one option per line."""
        if not items:
            self.line(depth, head + tail)
            return
        if all("\n" not in v for _, v in items):
            one = head + " [" + ", ".join("%s = %s" % kv for kv in items) + "]" + tail
            if len(one) + 2 * depth <= 100:
                self.line(depth, one)
                return
        self.line(depth, head + " [")
        for i, (name, value) in enumerate(items):
            sep = "," if i + 1 < len(items) else ""
            lines = ("%s = %s" % (name, value)).split("\n")
            for j, l in enumerate(lines):
                self.line(depth + 1, l + (sep if j == len(lines) - 1 else ""))
        self.line(depth, "]" + tail)

    def visibility_prefix(self, proto):
        vis = getattr(proto, "visibility", 0) if proto.DESCRIPTOR.fields_by_name.get("visibility") else 0
        if vis == 1:
            return "local "
        if vis == 2:
            return "export "
        return ""

    def reserved_names(self, names):
        if self.syntax == "editions":
            return ", ".join(names)
        return ", ".join(quote(n) for n in names)

    # -- file

    def render(self):
        fdp = self.fdp
        self.line(0, "// Generated by Tests/conformance/protovalidate_proto.py from the descriptor")
        self.line(0, "// embedded in PyPI's protovalidate %s (%s)." % (PROTOVALIDATE_VERSION, MODULE_PATH))
        self.line(0, "// Source: github.com/bufbuild/protovalidate, Copyright Buf Technologies, Inc.,")
        self.line(0, "// Apache License 2.0. Comments are lost; do not commit this file.")
        self.line(0)
        if self.syntax == "editions":
            ed = descriptor_pb2.Edition.Name(fdp.edition)
            if not ed.startswith("EDITION_") or not ed[len("EDITION_"):].isdigit():
                raise Error("cannot print edition %s" % ed)
            self.line(0, 'edition = "%s";' % ed[len("EDITION_"):])
        else:
            self.line(0, 'syntax = "%s";' % self.syntax)
        self.line(0)
        if fdp.package:
            self.line(0, "package %s;" % fdp.package)
            self.line(0)
        public, weak = set(fdp.public_dependency), set(fdp.weak_dependency)
        for i, dep in enumerate(fdp.dependency):
            kind = "public " if i in public else "weak " if i in weak else ""
            self.line(0, "import %s%s;" % (kind, quote(dep)))
        for dep in getattr(fdp, "option_dependency", []):
            self.line(0, "import option %s;" % quote(dep))
        if fdp.dependency or getattr(fdp, "option_dependency", []):
            self.line(0)
        if fdp.HasField("options"):
            self.emit_option_statements(0, fdp.options, "file options")
            self.line(0)
        scope = "." + fdp.package if fdp.package else ""
        for e in fdp.enum_type:
            self.enum(0, e, scope)
            self.line(0)
        for m in fdp.message_type:
            self.message(0, m, scope)
            self.line(0)
        self.extends(0, fdp.extension, scope, None)
        for s in fdp.service:
            self.service(0, s)
            self.line(0)
        while self.out and self.out[-1] == "":
            self.out.pop()
        return "\n".join(self.out) + "\n"

    # -- enums

    def enum(self, depth, e, scope):
        where = "enum %s%s" % (scope, "." + e.name)
        self.line(depth, "%senum %s {" % (self.visibility_prefix(e), e.name))
        self.emit_option_statements(depth + 1, e.options if e.HasField("options") else None, where)
        for v in e.value:
            items = self.option_items(v.options if v.HasField("options") else None, where + "." + v.name)
            self.emit_with_bracket_options(depth + 1, "%s = %d" % (v.name, v.number), items)
        for r in e.reserved_range:
            end = "max" if r.end == ENUM_MAX_INCLUSIVE else str(r.end)
            self.line(depth + 1, "reserved %d;" % r.start if r.start == r.end else "reserved %d to %s;" % (r.start, end))
        if e.reserved_name:
            self.line(depth + 1, "reserved %s;" % self.reserved_names(e.reserved_name))
        self.line(depth, "}")

    # -- messages

    def message(self, depth, m, scope, group_field=None):
        full = scope + "." + m.name
        where = "message " + full[1:]
        if group_field is None:
            self.line(depth, "%smessage %s {" % (self.visibility_prefix(m), m.name))
        nested = {full + "." + n.name: n for n in m.nested_type}
        map_entries = {k for k, n in nested.items() if n.options.map_entry}
        groups = {}
        for f in m.field:
            if f.type == FD.TYPE_GROUP and self.syntax != "editions":
                if f.type_name not in nested:
                    raise Error("%s: group field %r's type %s is not nested in the message"
                                % (where, f.name, f.type_name))
                if f.name != nested[f.type_name].name.lower():
                    raise Error("%s: group field %r does not match its type name %r"
                                % (where, f.name, nested[f.type_name].name))
                groups[f.type_name] = nested[f.type_name]
        if m.extension and any(x.type == FD.TYPE_GROUP for x in m.extension) and self.syntax != "editions":
            raise Error("%s: group extensions are not supported" % where)

        body = depth + 1
        self.emit_option_statements(body, m.options if m.HasField("options") else None, where,
                                    skip=("map_entry",))
        synthetic = set()
        for i, o in enumerate(m.oneof_decl):
            members = [f for f in m.field if f.HasField("oneof_index") and f.oneof_index == i]
            if not members:
                raise Error("%s: oneof %r has no fields" % (where, o.name))
            if len(members) == 1 and members[0].proto3_optional:
                synthetic.add(i)
        for e in m.enum_type:
            self.enum(body, e, full)
        # protoc lists map entries and group types among the nested messages at their field's
        # place, so plain nested messages are printed between fields to keep that order.
        nested_index = {full + "." + n.name: i for i, n in enumerate(m.nested_type)}
        owned = set(map_entries) | set(groups)
        plain = [i for i, n in enumerate(m.nested_type) if full + "." + n.name not in owned]
        units, seen_oneofs = [], set()
        for f in m.field:
            if f.HasField("oneof_index") and f.oneof_index not in synthetic:
                if f.oneof_index not in seen_oneofs:
                    seen_oneofs.add(f.oneof_index)
                    units.append(("oneof", f.oneof_index,
                                  [g for g in m.field if g.HasField("oneof_index") and g.oneof_index == f.oneof_index]))
            else:
                units.append(("field", None, [f]))
        for kind, i, fields in units:
            owned_here = [nested_index[f.type_name] for f in fields if f.type_name in owned]
            if owned_here:
                while plain and plain[0] < min(owned_here):
                    self.message(body, m.nested_type[plain.pop(0)], full)
            if kind == "field":
                self.field(body, fields[0], full, nested, map_entries, groups, in_oneof=False)
                continue
            o = m.oneof_decl[i]
            self.line(body, "oneof %s {" % o.name)
            self.emit_option_statements(body + 1, o.options if o.HasField("options") else None,
                                        where + " oneof " + o.name)
            for g in fields:
                self.field(body + 1, g, full, nested, map_entries, groups, in_oneof=True)
            self.line(body, "}")
        for i in plain:
            self.message(body, m.nested_type[i], full)
        self.extends(body, m.extension, full, nested)
        for r in m.extension_range:
            items = self.option_items(r.options if r.HasField("options") else None, where + " extensions")
            end = r.end - 1
            end_text = "max" if r.end == FIELD_MAX_EXCLUSIVE and not m.options.message_set_wire_format else str(end)
            head = "extensions %d" % r.start if r.start == end else "extensions %d to %s" % (r.start, end_text)
            self.emit_with_bracket_options(body, head, items)
        for r in m.reserved_range:
            end = r.end - 1
            end_text = "max" if r.end == FIELD_MAX_EXCLUSIVE else str(end)
            self.line(body, "reserved %d;" % r.start if r.start == end else "reserved %d to %s;" % (r.start, end_text))
        if m.reserved_name:
            self.line(body, "reserved %s;" % self.reserved_names(m.reserved_name))
        self.line(depth, "}")

    def type_text(self, f):
        if f.type in SCALAR_NAMES:
            return SCALAR_NAMES[f.type]
        if f.type in (FD.TYPE_MESSAGE, FD.TYPE_ENUM, FD.TYPE_GROUP):
            if not f.type_name:
                raise Error("field %r has no type_name" % f.name)
            return f.type_name
        raise Error("field %r has unknown type %d" % (f.name, f.type))

    def label_text(self, f, in_oneof, is_extension):
        if in_oneof:
            return ""
        if f.label == FD.LABEL_REPEATED:
            return "repeated "
        if self.syntax == "proto2":
            return LABEL_NAMES[f.label] + " "
        if f.label == FD.LABEL_REQUIRED:
            raise Error("field %r: required is not valid in %s" % (f.name, self.syntax))
        if f.proto3_optional:
            return "optional "
        return ""

    def field_items(self, f, where, is_extension):
        items = []
        if f.HasField("default_value"):
            items.append(("default", self.default_text(f, where)))
        if f.HasField("json_name") and not is_extension and f.json_name != default_json_name(f.name):
            items.append(("json_name", quote(f.json_name)))
        items += self.option_items(f.options if f.HasField("options") else None, where)
        return items

    def default_text(self, f, where):
        dv = f.default_value
        if f.type == FD.TYPE_STRING:
            return quote(dv)
        if f.type == FD.TYPE_BYTES:
            return '"' + dv + '"'  # already C-escaped in descriptors
        if f.type in (FD.TYPE_MESSAGE, FD.TYPE_GROUP):
            raise Error("%s: default value on a message field" % where)
        return dv  # numbers, inf/-inf/nan, true/false, enum value names

    def field(self, depth, f, scope, nested, map_entries, groups, in_oneof, is_extension=False):
        where = "field %s.%s" % (scope[1:], f.name)
        items = self.field_items(f, where, is_extension)
        if f.type_name in map_entries and f.label == FD.LABEL_REPEATED and not is_extension:
            entry = nested[f.type_name]
            by_num = {x.number: x for x in entry.field}
            if set(by_num) != {1, 2}:
                raise Error("%s: map entry %s does not have fields 1 and 2" % (where, f.type_name))
            head = "map<%s, %s> %s = %d" % (self.type_text(by_num[1]), self.type_text(by_num[2]), f.name, f.number)
            self.emit_with_bracket_options(depth, head, items)
            return
        label = self.label_text(f, in_oneof, is_extension)
        if f.type == FD.TYPE_GROUP and self.syntax != "editions":
            g = groups[f.type_name]
            head = "%sgroup %s = %d" % (label, g.name, f.number)
            self.emit_with_bracket_options(depth, head, items, tail=" {")
            # body of the group's message, printed in place
            self.message(depth, g, scope, group_field=f)
            return
        head = "%s%s %s = %d" % (label, self.type_text(f), f.name, f.number)
        self.emit_with_bracket_options(depth, head, items)

    def extends(self, depth, extensions, scope, nested):
        run = []
        for x in list(extensions) + [None]:
            if run and (x is None or x.extendee != run[0].extendee):
                self.line(depth, "extend %s {" % run[0].extendee)
                for y in run:
                    self.field(depth + 1, y, scope, nested or {}, set(), {}, in_oneof=False, is_extension=True)
                self.line(depth, "}")
                if depth == 0:
                    self.line(depth)
                run = []
            if x is not None:
                if not x.extendee:
                    raise Error("extension %r has no extendee" % x.name)
                if x.HasField("oneof_index"):
                    raise Error("extension %r has a oneof_index" % x.name)
                run.append(x)

    def service(self, depth, s):
        where = "service " + s.name
        self.line(depth, "service %s {" % s.name)
        self.emit_option_statements(depth + 1, s.options if s.HasField("options") else None, where)
        for mth in s.method:
            head = "rpc %s(%s%s) returns (%s%s)" % (
                mth.name, "stream " if mth.client_streaming else "", mth.input_type,
                "stream " if mth.server_streaming else "", mth.output_type)
            items = self.option_items(mth.options if mth.HasField("options") else None, where + "." + mth.name)
            if not items:
                self.line(depth + 1, head + ";")
            else:
                self.line(depth + 1, head + " {")
                for name, value in items:
                    self.emit_multiline(depth + 2, "option %s = " % name, value, ";")
                self.line(depth + 1, "}")
        self.line(depth, "}")


def render_proto(fdp):
    return ProtoPrinter(fdp, OptionDecoder(fdp)).render()


def write_atomic(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp",
                               dir=os.path.dirname(path))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# --------------------------------------------------------------------------------------------
# --check: compile the written file and compare it with the embedded descriptor


def protoc_command():
    if os.environ.get("PROTOC"):
        return [os.environ["PROTOC"]], []
    spec = importlib.util.find_spec("grpc_tools")
    if spec is not None and spec.submodule_search_locations:
        include = os.path.join(list(spec.submodule_search_locations)[0], "_proto")
        return [sys.executable, "-m", "grpc_tools.protoc"], ["-I" + include] if os.path.isdir(include) else []
    exe = shutil.which("protoc")
    if exe:
        return [exe], []
    raise Error("no protoc: install grpcio-tools, put protoc on PATH or set PROTOC")


def compile_proto(out_dir):
    cmd, includes = protoc_command()
    with tempfile.TemporaryDirectory() as tmp:
        dst = os.path.join(tmp, "set.binpb")
        full = cmd + ["-I" + out_dir] + includes + ["--descriptor_set_out=" + dst, PROTO_NAME]
        proc = subprocess.run(full, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
        if proc.returncode != 0:
            raise Error("protoc failed (exit %d): %s\n%s" % (proc.returncode, " ".join(full), proc.stdout))
        with open(dst, "rb") as f:
            fds = descriptor_pb2.FileDescriptorSet.FromString(f.read())
    files = [x for x in fds.file if x.name == PROTO_NAME]
    if len(files) != 1:
        raise Error("protoc's descriptor set has no %s" % PROTO_NAME)
    return files[0]


def _value_lines(v):
    if hasattr(v, "ListFields"):
        return text_format.MessageToString(v).splitlines()
    if isinstance(v, (str, bytes, int, float, bool)):
        return [repr(v)]
    return [line for x in v for line in _value_lines(x)]  # repeated


def first_difference(a, b):
    """Where two option values first differ, as text."""
    la, lb = _value_lines(a), _value_lines(b)
    for i in range(max(len(la), len(lb))):
        x = la[i].strip() if i < len(la) else "<end>"
        y = lb[i].strip() if i < len(lb) else "<end>"
        if x != y:
            return "embedded has %s where the compiled file has %s (line %d of the value)" % (x[:200], y[:200], i + 1)
    return "values differ"


class Comparer:
    def __init__(self, decoder):
        self.decoder = decoder
        self.diffs = []

    def diff(self, where, what):
        self.diffs.append("%s: %s" % (where, what))

    def scalar(self, where, name, a, b):
        if a != b:
            if name == "label":
                a, b = FD.Label.Name(a), FD.Label.Name(b)
            elif name == "type":
                a, b = FD.Type.Name(a), FD.Type.Name(b)
            self.diff(where, "%s is %r in the embedded descriptor but %r in the compiled one" % (name, a, b))

    def options(self, where, a, b, a_has, b_has):
        pa = self.decoder.parse(a) if a_has else None
        pb = self.decoder.parse(b) if b_has else None
        fa = dict((f.full_name, (f, v)) for f, v in pa.ListFields()) if pa is not None else {}
        fb = dict((f.full_name, (f, v)) for f, v in pb.ListFields()) if pb is not None else {}
        for key in sorted(set(fa) | set(fb)):
            fdesc = (fa.get(key) or fb.get(key))[0]
            name = "(%s)" % key if fdesc.is_extension else fdesc.name
            if key not in fb:
                self.diff(where, "option %s is set in the embedded descriptor only" % name)
            elif key not in fa:
                self.diff(where, "option %s is set in the compiled file only" % name)
            elif fa[key][1] != fb[key][1]:
                self.diff(where, "option %s differs: %s" % (name, first_difference(fa[key][1], fb[key][1])))
        ua = unknown_field_numbers(pa) if pa is not None else []
        ub = unknown_field_numbers(pb) if pb is not None else []
        if ua != ub or (ua and pa.SerializeToString(deterministic=True) != pb.SerializeToString(deterministic=True)):
            self.diff(where, "undecodable option fields differ: %s vs %s" % (ua, ub))

    def named_lists(self, where, kind, a, b, each):
        na, nb = [x.name for x in a], [x.name for x in b]
        missing = [n for n in na if n not in nb]
        extra = [n for n in nb if n not in na]
        if missing:
            self.diff(where, "%s missing from the compiled file: %s" % (kind, ", ".join(missing)))
        if extra:
            self.diff(where, "%s only in the compiled file: %s" % (kind, ", ".join(extra)))
        if not missing and not extra and na != nb:
            self.diff(where, "%s are in a different order: %s vs %s" % (kind, na, nb))
        bmap = {x.name: x for x in b}
        for x in a:
            if x.name in bmap:
                each(x, bmap[x.name])

    def ranges(self, where, kind, a, b):
        ra = [(r.start, r.end) for r in a]
        rb = [(r.start, r.end) for r in b]
        if ra != rb:
            self.diff(where, "%s differ: %s vs %s" % (kind, ra, rb))

    def file(self, a, b):
        w = "file " + a.name
        self.scalar(w, "package", a.package, b.package)
        self.scalar(w, "syntax", a.syntax or "proto2", b.syntax or "proto2")
        if (a.syntax == "editions") or (b.syntax == "editions"):
            self.scalar(w, "edition", a.edition, b.edition)
        self.scalar(w, "dependency", list(a.dependency), list(b.dependency))
        self.scalar(w, "public_dependency", list(a.public_dependency), list(b.public_dependency))
        self.scalar(w, "weak_dependency", list(a.weak_dependency), list(b.weak_dependency))
        self.scalar(w, "option_dependency", list(getattr(a, "option_dependency", [])),
                    list(getattr(b, "option_dependency", [])))
        self.options(w, a.options, b.options, a.HasField("options"), b.HasField("options"))
        self.named_lists(w, "messages", a.message_type, b.message_type, self.message)
        self.named_lists(w, "enums", a.enum_type, b.enum_type, self.enum)
        self.named_lists(w, "extensions", a.extension, b.extension,
                         lambda x, y: self.field(w + " extension " + x.name, x, y, True))
        self.named_lists(w, "services", a.service, b.service, self.service)

    def message(self, a, b, scope=""):
        w = "message " + scope + a.name
        self.options(w, a.options, b.options, a.HasField("options"), b.HasField("options"))
        self.named_lists(w, "fields", a.field, b.field, lambda x, y: self.field(w + " field " + x.name, x, y, False))
        self.named_lists(w, "oneofs", a.oneof_decl, b.oneof_decl,
                         lambda x, y: self.options(w + " oneof " + x.name, x.options, y.options,
                                                   x.HasField("options"), y.HasField("options")))
        self.named_lists(w, "nested messages", a.nested_type, b.nested_type,
                         lambda x, y: self.message(x, y, scope + a.name + "."))
        self.named_lists(w, "nested enums", a.enum_type, b.enum_type,
                         lambda x, y: self.enum(x, y, scope + a.name + "."))
        self.named_lists(w, "extensions", a.extension, b.extension,
                         lambda x, y: self.field(w + " extension " + x.name, x, y, True))
        self.ranges(w, "extension ranges", a.extension_range, b.extension_range)
        for i, (x, y) in enumerate(zip(a.extension_range, b.extension_range)):
            self.options("%s extension range #%d" % (w, i), x.options, y.options,
                         x.HasField("options"), y.HasField("options"))
        self.ranges(w, "reserved ranges", a.reserved_range, b.reserved_range)
        self.scalar(w, "reserved names", list(a.reserved_name), list(b.reserved_name))

    def field(self, w, a, b, is_extension):
        for name in ("number", "label", "type", "type_name", "extendee", "proto3_optional"):
            self.scalar(w, name, getattr(a, name), getattr(b, name))
        self.scalar(w, "oneof_index", a.oneof_index if a.HasField("oneof_index") else None,
                    b.oneof_index if b.HasField("oneof_index") else None)
        self.scalar(w, "default_value", a.default_value if a.HasField("default_value") else None,
                    b.default_value if b.HasField("default_value") else None)
        if not is_extension:
            ja = a.json_name if a.HasField("json_name") else default_json_name(a.name)
            jb = b.json_name if b.HasField("json_name") else default_json_name(b.name)
            self.scalar(w, "json_name", ja, jb)
        self.options(w, a.options, b.options, a.HasField("options"), b.HasField("options"))

    def enum(self, a, b, scope=""):
        w = "enum " + scope + a.name
        self.options(w, a.options, b.options, a.HasField("options"), b.HasField("options"))

        def value(x, y):
            self.scalar(w + " value " + x.name, "number", x.number, y.number)
            self.options(w + " value " + x.name, x.options, y.options, x.HasField("options"), y.HasField("options"))

        self.named_lists(w, "values", a.value, b.value, value)
        self.ranges(w, "reserved ranges", a.reserved_range, b.reserved_range)
        self.scalar(w, "reserved names", list(a.reserved_name), list(b.reserved_name))

    def service(self, a, b):
        w = "service " + a.name
        self.options(w, a.options, b.options, a.HasField("options"), b.HasField("options"))

        def method(x, y):
            for name in ("input_type", "output_type", "client_streaming", "server_streaming"):
                self.scalar(w + " rpc " + x.name, name, getattr(x, name), getattr(y, name))
            self.options(w + " rpc " + x.name, x.options, y.options, x.HasField("options"), y.HasField("options"))

        self.named_lists(w, "methods", a.method, b.method, method)


def normalized(fdp):
    """A copy without options, source info and derivable json_names, for a last whole-file check."""
    c = descriptor_pb2.FileDescriptorProto()
    c.CopyFrom(fdp)
    c.ClearField("source_code_info")
    c.ClearField("options")
    if c.syntax == "proto2":
        c.ClearField("syntax")
    if c.syntax != "editions":
        c.ClearField("edition")

    def fields(fs, is_ext):
        for f in fs:
            f.ClearField("options")
            if is_ext or f.json_name == default_json_name(f.name):
                f.ClearField("json_name")

    def message(m):
        m.ClearField("options")
        fields(m.field, False)
        fields(m.extension, True)
        for o in m.oneof_decl:
            o.ClearField("options")
        for r in m.extension_range:
            r.ClearField("options")
        for e in m.enum_type:
            enum(e)
        for n in m.nested_type:
            message(n)

    def enum(e):
        e.ClearField("options")
        for v in e.value:
            v.ClearField("options")

    for m in c.message_type:
        message(m)
    for e in c.enum_type:
        enum(e)
    fields(c.extension, True)
    for s in c.service:
        s.ClearField("options")
        for mth in s.method:
            mth.ClearField("options")
    return c


def check(out_dir):
    path = os.path.join(out_dir, PROTO_NAME)
    if not os.path.isfile(path):
        raise Error("%s does not exist; run `protovalidate_proto.py %s` first" % (path, out_dir))
    expected, origin = load_embedded_descriptor()
    actual = compile_proto(out_dir)
    comparer = Comparer(OptionDecoder(expected))
    comparer.file(expected, actual)
    diffs = comparer.diffs
    if not diffs and normalized(expected) != normalized(actual):
        a = text_format.MessageToString(normalized(expected)).splitlines()
        b = text_format.MessageToString(normalized(actual)).splitlines()
        import difflib
        d = list(difflib.unified_diff(a, b, "embedded", "compiled", lineterm="", n=2))
        diffs.append("descriptors differ outside the compared fields:\n" + "\n".join(d[:80]))
    if diffs:
        print("protovalidate_proto.py --check: %s differs from the descriptor in %s:" % (path, origin),
              file=sys.stderr)
        for d in diffs:
            print("  " + d, file=sys.stderr)
        return 1
    n_msgs = sum(1 for _ in _walk_messages(expected.message_type))
    print("ok: %s compiles to the embedded descriptor (%d messages, %d enums, %d extensions; options included)"
          % (path, n_msgs, len(expected.enum_type) + sum(len(m.enum_type) for m in _walk_messages(expected.message_type)),
             len(expected.extension) + sum(len(m.extension) for m in _walk_messages(expected.message_type))))
    return 0


def _walk_messages(ms):
    for m in ms:
        yield m
        for n in _walk_messages(m.nested_type):
            yield n


def main(argv):
    args = argv[1:]
    mode_check = False
    if args and args[0] == "--check":
        mode_check = True
        args = args[1:]
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: protovalidate_proto.py [--check] OUT_DIR", file=sys.stderr)
        return 2
    out_dir = args[0]
    try:
        if mode_check:
            return check(out_dir)
        fdp, _origin = load_embedded_descriptor()
        text = render_proto(fdp)
        write_atomic(os.path.join(out_dir, PROTO_NAME), text)
        return 0
    except Error as e:
        print("protovalidate_proto.py: error: %s" % e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
