import CodeGen
import ProtoModule

enum ModuleBuilderForTests {
    static func build(_ dir: String, _ env: [String: String]) throws -> BuildReport {
        try ModuleBuilder(toolchain: Toolchain(environment: env)).build(directory: dir)
    }
}
