import ArchiveKit
import Foundation
import ProtopkgBasics
import XCTest

final class ArchiveWriterTests: XCTestCase {
    private let entries = [
        ArchiveEntry(path: "zeta/last.txt", data: Data("last\n".utf8)),
        ArchiveEntry(path: "bin/run.sh", data: Data("#!/bin/sh\necho hi\n".utf8), mode: 0o755),
        ArchiveEntry(path: "alpha.proto", data: Data(repeating: 0x61, count: 100_000)),
        ArchiveEntry(path: "empty", data: Data()),
        ArchiveEntry(path: "deep/a/b/c/d.bin", data: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })),
    ]

    func testTarGzipRoundTrip() throws {
        let data = try ArchiveWriter.write(entries, format: .tarGzip)
        XCTAssertEqual(try ArchiveReader.read(data), entries)
    }

    func testZipRoundTrip() throws {
        let data = try ArchiveWriter.write(entries, format: .zip)
        XCTAssertEqual(Array(data.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        XCTAssertEqual(try ArchiveReader.read(data), entries)
    }

    func testEmptyArchiveRoundTrips() throws {
        for format in [ArchiveFormat.tarGzip, .zip] {
            XCTAssertEqual(try ArchiveReader.read(ArchiveWriter.write([], format: format)), [])
        }
    }

    func testWritingTwiceGivesIdenticalBytes() throws {
        for format in [ArchiveFormat.tarGzip, .zip] {
            let first = try ArchiveWriter.write(entries, format: format)
            let second = try ArchiveWriter.write(entries, format: format)
            XCTAssertEqual(first, second, "\(format)")
            XCTAssertEqual(SHA256Hex.of(first), SHA256Hex.of(second))
        }
    }

    /// Zip's DOS time is local time to libarchive: the bytes must not depend on the writer's zone.
    func testBytesDoNotDependOnTimeZone() throws {
        let original = getenv("TZ").map { String(cString: $0) }
        defer {
            if let original { setenv("TZ", original, 1) } else { unsetenv("TZ") }
            tzset()
        }
        var outputs: [String: [Data]] = [:]
        for zone in ["UTC", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati"] {
            setenv("TZ", zone, 1)
            tzset()
            outputs[zone] = try [ArchiveFormat.tarGzip, .zip].map { try ArchiveWriter.write(entries, format: $0) }
        }
        for (zone, output) in outputs {
            XCTAssertEqual(output.map(SHA256Hex.of), outputs["UTC"]?.map(SHA256Hex.of), "tgz and zip written in \(zone)")
        }
    }

    func testDifferentContentGivesDifferentBytes() throws {
        var changed = entries
        changed[0].data = Data("LAST\n".utf8)
        for format in [ArchiveFormat.tarGzip, .zip] {
            XCTAssertNotEqual(try ArchiveWriter.write(entries, format: format),
                              try ArchiveWriter.write(changed, format: format))
        }
    }

    func testEntryOrderIsKept() throws {
        for format in [ArchiveFormat.tarGzip, .zip] {
            let read = try ArchiveReader.read(ArchiveWriter.write(entries, format: format))
            XCTAssertEqual(read.map(\.path), ["zeta/last.txt", "bin/run.sh", "alpha.proto", "empty", "deep/a/b/c/d.bin"])
            let sorted = try ArchiveReader.read(ArchiveWriter.write(entries.sortedByPath, format: format))
            XCTAssertEqual(sorted.map(\.path), ["alpha.proto", "bin/run.sh", "deep/a/b/c/d.bin", "empty", "zeta/last.txt"])
        }
    }

    func testDuplicatePathThrows() {
        let dup = [ArchiveEntry(path: "a.txt", data: Data("1".utf8)),
                   ArchiveEntry(path: "b.txt", data: Data()),
                   ArchiveEntry(path: "a.txt", data: Data("2".utf8))]
        for format in [ArchiveFormat.tarGzip, .zip] {
            XCTAssertThrowsError(try ArchiveWriter.write(dup, format: format)) { error in
                XCTAssertTrue("\(error)".contains("a.txt"), "\(error)")
            }
        }
    }

    func testGzipHeaderHasNoTimestamp() throws {
        let data = try ArchiveWriter.write(entries, format: .tarGzip)
        let bytes = [UInt8](data.prefix(10))
        XCTAssertEqual(Array(bytes[0...2]), [0x1F, 0x8B, 0x08])
        XCTAssertEqual(Array(bytes[4...7]), [0, 0, 0, 0])
    }

    /// Python's own readers see owner 0, the fixed time and the modes: other tools agree with ours.
    func testPythonReadsBothFormatsWithFixedMetadata() throws {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "archive-writer-test")
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(try ArchiveWriter.write(entries, format: .tarGzip), to: "\(dir)/a.tgz")
        try FileSystem.writeAtomically(try ArchiveWriter.write(entries, format: .zip), to: "\(dir)/a.zip")
        let script = #"""
import calendar, hashlib, json, struct, sys, tarfile, zipfile
out = {"tar": [], "zip": []}
with tarfile.open(sys.argv[1], "r:gz") as t:
    for m in t.getmembers():
        data = t.extractfile(m).read()
        out["tar"].append({"name": m.name, "uid": m.uid, "gid": m.gid, "uname": m.uname, "gname": m.gname,
                           "mtime": m.mtime, "mode": m.mode, "regular": m.isreg(),
                           "sha": hashlib.sha256(data).hexdigest()})
with zipfile.ZipFile(sys.argv[2]) as z:
    assert z.testzip() is None
    for i in z.infolist():
        data = z.read(i)
        fields, extra = {}, i.extra
        while len(extra) >= 4:
            kind, size = struct.unpack("<HH", extra[:4])
            fields[kind] = extra[4:4 + size]
            extra = extra[4 + size:]
        ut = fields.get(0x5455)
        ux = fields.get(0x7875)
        uid = gid = None
        if ux is not None:
            n = ux[1]; uid = int.from_bytes(ux[2:2 + n], "little")
            m = ux[2 + n]; gid = int.from_bytes(ux[3 + n:3 + n + m], "little")
        out["zip"].append({"name": i.filename, "mode": (i.external_attr >> 16) & 0o777,
                           "date": list(i.date_time), "compress": i.compress_type,
                           "utime": struct.unpack("<i", ut[1:5])[0] if ut and ut[0] & 1 else None,
                           "dostime": calendar.timegm(i.date_time + (0, 0, 0)),
                           "uid": uid, "gid": gid, "sha": hashlib.sha256(data).hexdigest()})
print(json.dumps(out))
"""#
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, "\(dir)/a.tgz", "\(dir)/a.zip"])
        XCTAssertEqual(result.status, 0, result.stderrText)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: [[String: Any]]])
        let fixed = ArchiveWriter.fixedModificationTime

        let tar = try XCTUnwrap(object["tar"])
        XCTAssertEqual(tar.map { $0["name"] as? String }, entries.map(\.path))
        for (member, entry) in zip(tar, entries) {
            XCTAssertEqual(member["uid"] as? Int, 0)
            XCTAssertEqual(member["gid"] as? Int, 0)
            XCTAssertEqual(member["uname"] as? String, "")
            XCTAssertEqual(member["gname"] as? String, "")
            XCTAssertEqual(member["mtime"] as? Int, fixed)
            XCTAssertEqual(member["mode"] as? Int, Int(entry.mode))
            XCTAssertEqual(member["regular"] as? Bool, true)
            XCTAssertEqual(member["sha"] as? String, SHA256Hex.of(entry.data))
        }

        let zip = try XCTUnwrap(object["zip"])
        XCTAssertEqual(zip.map { $0["name"] as? String }, entries.map(\.path))
        for (member, entry) in Swift.zip(zip, entries) {
            XCTAssertEqual(member["sha"] as? String, SHA256Hex.of(entry.data))
            XCTAssertEqual(member["mode"] as? Int, Int(entry.mode))
            // The DOS date is read as UTC by everyone; a Unix time would have to agree with it in every zone.
            XCTAssertEqual(member["dostime"] as? Int, fixed, "DOS time of \(entry.path)")
            XCTAssertNil(member["utime"] as? Int, "extended timestamp of \(entry.path)")
            XCTAssertEqual(member["uid"] as? Int, 0, "uid of \(entry.path)")
            XCTAssertEqual(member["gid"] as? Int, 0, "gid of \(entry.path)")
            XCTAssertEqual(member["date"] as? [Int], [1980, 1, 1, 0, 0, 0], "DOS date of \(entry.path)")
        }
        // zipfile.ZIP_DEFLATED == 8 for data worth compressing.
        XCTAssertEqual(zip[2]["compress"] as? Int, 8)
    }
}
