import ProtoBundle
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// Whether `ModuleBuilder.build` has anything to do, decided quickest first:
/// 1. every input's stat stamp as at the last build, with the version and git state read without
///    libgit2 when the manifest allows (`ModuleVersion.quickKey`);
/// 2. the same, with the version and git state from libgit2 (`ModuleVersion.resolve`);
/// 3. every input's content (`ModuleBuilder.fingerprint`), which records the stamps for next time.
enum NoOpCheck {
    case upToDate(BuildReport)
    /// What the build goes on with.
    case stale(version: ModuleVersion, stamps: InputStamps, fingerprint: String)

    static func run(_ builder: ModuleBuilder, _ ws: ModuleWorkspace, outDir: String, only: [String],
                    cache: BuildCache) throws -> NoOpCheck {
        func upToDate(_ state: BuildCache.State, _ version: SemVer, _ source: String) -> NoOpCheck {
            .upToDate(BuildReport(upToDate: true, version: version.description, versionSource: source, outputs: state.summary,
                                  regenerated: [:], compiledFiles: 0,
                                  bundlePath: "\(outDir)/\(BundleFileName.of(ws.manifest.name, version))"))
        }
        let now = builder.now()
        let quickStamps = ModuleVersion.quickKey(ws, now: now).map {
            InputStamps(ws, settings: builder.settingsDigest($0, outDir: outDir, only: only), now: now)
        }
        if let quickStamps, let version = ws.manifest.version, quickStamps.settled,
           let state = cache.isUpToDate(inputStamps: quickStamps.digest) {
            return upToDate(state, version, ws.manifestFile)
        }
        let version = try ModuleVersion.resolve(ws)
        let settings = builder.settingsDigest("\(version.version) \(version.git?.commit ?? "-") \(version.git?.dirty ?? false)",
                                              outDir: outDir, only: only)
        let stamps = quickStamps ?? InputStamps(ws, settings: settings, now: now)
        if quickStamps == nil, stamps.settled, let state = cache.isUpToDate(inputStamps: stamps.digest) {
            return upToDate(state, version.version, version.source)
        }
        let fingerprint = builder.fingerprint(ws, settings: settings)
        if var state = cache.isUpToDate(fingerprint: fingerprint) {
            if stamps.settled && state.inputStamps != stamps.digest {
                state.inputStamps = stamps.digest
                try? cache.saveState(state)
            }
            return upToDate(state, version.version, version.source)
        }
        return .stale(version: version, stamps: stamps, fingerprint: fingerprint)
    }
}
