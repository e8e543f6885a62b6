import Foundation
import ProtopkgBasics

/// Blobs as files `DIR/sha256/ab/abcdef…`, written through a temporary file, fsynced and
/// renamed, so a killed server never leaves a partial blob under its name.
public struct FileBlobStore: BlobStore {
    public let directory: String

    public init(directory: String) throws {
        self.directory = directory
        try FileSystem.createDirectory("\(directory)/sha256")
    }

    func file(_ digest: String) -> String? {
        guard SHA256Hex.isValid(digest) else { return nil }
        return "\(directory)/sha256/\(digest.prefix(2))/\(digest)"
    }

    public func put(_ data: Data) async throws -> String {
        let digest = SHA256Hex.of(data)
        let target = file(digest)!
        if FileSystem.exists(target) { return digest }
        try FileSystem.createDirectory((target as NSString).deletingLastPathComponent)
        let tmp = "\(target).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw ProtopkgError("cannot write blob: \(String(cString: strerror(errno)))", at: tmp) }
        let ok = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return fsync(fd) == 0
        }
        close(fd)
        guard ok, rename(tmp, target) == 0 else {
            unlink(tmp)
            throw ProtopkgError("cannot store blob \(digest): \(String(cString: strerror(errno)))", at: directory)
        }
        return digest
    }

    public func get(_ digest: String) async throws -> Data? {
        guard let f = file(digest) else { return nil }
        return FileManager.default.contents(atPath: f)
    }

    public func size(of digest: String) async throws -> Int? {
        guard let f = file(digest) else { return nil }
        var info = stat()
        guard stat(f, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    public func read(_ digest: String, _ body: (Data) async throws -> Void) async throws -> Bool {
        guard let f = file(digest), let handle = FileHandle(forReadingAtPath: f) else { return false }
        defer { try? handle.close() }
        while let piece = try handle.read(upToCount: BlobStoreLimits.chunkSize), !piece.isEmpty {
            try await body(piece)
        }
        return true
    }

    public func path(of digest: String) -> String? {
        guard let f = file(digest), FileSystem.exists(f) else { return nil }
        return f
    }

    public func ping() async throws {
        guard FileSystem.isDirectory("\(directory)/sha256") else {
            throw ProtopkgError("the blob directory is missing", at: directory)
        }
    }
}
