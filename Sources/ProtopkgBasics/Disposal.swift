import Foundation

/// Where large object graphs go when their owner is done with them: a compilation's millions
/// of descriptor, AST and symbol objects take a noticeable part of a run to free one by one.
/// A one-shot command (`lint`, `breaking`) sets `keepUntilExit`, and the exit returns the memory
/// at once; a long-lived process (the registry server, the tests) frees them on a background
/// queue, off the caller's path.
public enum Disposal {
    nonisolated(unsafe) private static var keepsUntilExit = false
    nonisolated(unsafe) private static var kept: [Any] = []
    private static let lock = NSLock()

    /// Called by commands that exit when their one job is done, before they compile.
    public static func keepUntilExit() {
        lock.withLock { keepsUntilExit = true }
    }

    /// Lets go of `object`: kept until the process exits, or freed in the background.
    public static func release(_ object: AnyObject) {
        let keep = lock.withLock {
            if keepsUntilExit { kept.append(object) }
            return keepsUntilExit
        }
        if !keep {
            DispatchQueue.global(qos: .background).async { withExtendedLifetime(object) {} }
        }
    }

    /// Keeps `objects` (values included) until the process exits, whatever the mode.
    public static func keep(_ objects: [Any]) {
        lock.withLock { kept.append(contentsOf: objects) }
    }
}
