#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator, set for a command that builds a large heap and exits: each thread's arena
/// then grows 64 MiB at a time instead of a page or so (`M_TOP_PAD`), which on googleapis spared
/// `lint` and `breaking` a tenth of their time in mprotect and brk calls. Only address space is
/// reserved: pages still count towards memory when first touched.
public enum MallocTuning {
    /// glibc's `M_TOP_PAD` (malloc.h), which Swift's Glibc module does not export.
    private static let topPadParameter: Int32 = -2

    /// True when glibc took the setting.
    @discardableResult
    public static func growInLargeSteps() -> Bool {
        #if canImport(Glibc)
        // mallopt is not exported to Swift either; it is looked up by name.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        return mallopt(topPadParameter, 64 << 20) == 1
        #else
        return false
        #endif
    }
}
