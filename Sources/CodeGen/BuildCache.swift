import Foundation
import ProtopkgBasics

/// What a build remembers between runs, under `<module>/.protopkg/cache/`:
/// the fingerprint and outputs of the last successful build (for the no-op check), and the
/// generated code of each source file under a key of everything that file's code depends on.
public struct BuildCache {
    public struct State: Codable, Equatable {
        public struct Output: Codable, Equatable {
            public var path: String
            public var size: Int
            public var mtime: Double
        }
        public var fingerprint: String
        /// `InputStamps` of the inputs the fingerprint was taken from (nil when one had just changed).
        public var inputStamps: String?
        /// Tool path → "mtime:size" at the time of the build; a changed tool invalidates the build.
        public var tools: [String: String]
        public var outputs: [Output]
        public var summary: [String]
    }

    public let directory: String

    public init(moduleDirectory: String) { directory = "\(moduleDirectory)/.protopkg/cache" }

    var statePath: String { "\(directory)/state.json" }

    public func loadState() -> State? {
        guard let data = FileManager.default.contents(atPath: statePath) else { return nil }
        return try? JSONDecoder().decode(State.self, from: data)
    }

    public func saveState(_ state: State) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try FileSystem.writeAtomically(try encoder.encode(state), to: statePath)
    }

    /// True when the last build had this fingerprint, its tools are unchanged and its outputs are intact.
    public func isUpToDate(fingerprint: String) -> State? {
        isUpToDate { $0.fingerprint == fingerprint }
    }

    /// True when the last build's inputs had these stat stamps, its tools are unchanged and its outputs are intact.
    func isUpToDate(inputStamps: String) -> State? {
        isUpToDate { $0.inputStamps == inputStamps }
    }

    private func isUpToDate(_ matches: (State) -> Bool) -> State? {
        guard let state = loadState(), matches(state) else { return nil }
        for (tool, stamp) in state.tools where Self.stamp(tool) != stamp { return nil }
        for output in state.outputs {
            guard let attrs = try? FileManager.default.attributesOfItem(atPath: output.path),
                  (attrs[.size] as? Int) == output.size,
                  ((attrs[.modificationDate] as? Date)?.timeIntervalSince1970) == output.mtime else { return nil }
        }
        return state
    }

    public static func stamp(_ path: String) -> String {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path) else { return "missing" }
        let mtime = (attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(mtime):\(attrs[.size] as? Int ?? -1)"
    }

    public static func output(_ path: String) -> State.Output {
        let attrs = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        return State.Output(path: path, size: attrs[.size] as? Int ?? -1,
                            mtime: (attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    }

    // MARK: generated code per source file

    func generatedPath(_ key: String) -> String { "\(directory)/gen/\(key)" }

    public func generated(forKey key: String) -> GeneratedFiles? {
        let dir = generatedPath(key)
        guard FileSystem.exists("\(dir)/.complete") else { return nil }
        var files = GeneratedFiles.loading(from: dir)
        files[".complete"] = nil
        return files
    }

    /// Stores into a temporary directory renamed into place, so a crash leaves no partial entry.
    public func store(_ files: GeneratedFiles, forKey key: String) throws {
        let final = generatedPath(key)
        let tmp = "\(final).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        FileSystem.remove(tmp)
        for (path, data) in files { try FileSystem.writeAtomically(data, to: "\(tmp)/\(path)") }
        try FileSystem.writeAtomically(Data(), to: "\(tmp)/.complete")
        FileSystem.remove(final)
        try FileSystem.createDirectory((final as NSString).deletingLastPathComponent)
        if rename(tmp, final) != 0 { FileSystem.remove(tmp) }
    }
}
