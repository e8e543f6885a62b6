import ArgumentParser
import ProtoModule
import ProtoPackaging

struct CICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ci", abstract: "Continuous integration: write a pipeline, find the release to check against.",
        subcommands: [CIInitCommand.self, CIAgainstCommand.self])

    /// What the person still has to set up in the CI, printed after writing a pipeline.
    static func setupNote(_ ci: CIProvider, _ name: ModuleName) -> String {
        switch ci {
        case .github:
            return "next: add the secret PROTOPKG_TOKEN (scope publish:\(name)) and the variables PROTOPKG_REGISTRY and PROTOPKG_IMAGE in the repository's settings"
        case .gitlab:
            return "next: add the CI/CD variables PROTOPKG_TOKEN (scope publish:\(name), masked), PROTOPKG_REGISTRY and PROTOPKG_IMAGE"
        case .jenkins:
            return "next: add a Secret text credential 'protopkg-token' (scope publish:\(name)) and set the registry in protopkg.yaml"
        }
    }
}
