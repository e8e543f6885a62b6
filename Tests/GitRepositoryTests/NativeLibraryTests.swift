import CGit2
import CNativeLoader
import Foundation
import XCTest

/// libgit2 (like libarchive and libcurl) is opened on first use through CNativeLoader.
final class NativeLibraryTests: XCTestCase {
    func testLibgit2OpensUnderTheSonameOfItsHeaders() throws {
        var message = [CChar](repeating: 0, count: 1024)
        XCTAssertNotNil(protopkg_native_open(&protopkg_libgit2, &message, message.count))
        XCTAssertEqual(String(cString: protopkg_libgit2.soname), "libgit2.so.\(LIBGIT2_VER_MAJOR).\(LIBGIT2_VER_MINOR)")
        // A forwarded function reaches the real library.
        XCTAssertGreaterThan(git_libgit2_init(), 0)
    }

    func testAMissingLibraryIsNamedWithWhatNeedsItAndHowToInstallIt() throws {
        let soname = strdup("libprotopkg-absent.so.9")!, purpose = strdup("testing the loader")!,
            package = strdup("protopkg-absent9")!
        defer { free(soname); free(purpose); free(package) }
        var library = protopkg_native_library(soname: soname, needed_for: purpose, package: package, handle: nil)
        var message = [CChar](repeating: 0, count: 1024)
        XCTAssertNil(protopkg_native_open(&library, &message, message.count))
        XCTAssertNil(library.handle)
        let text = String(cString: message)
        XCTAssertTrue(text.hasPrefix("cannot load libprotopkg-absent.so.9, which protopkg needs for testing the loader: "), text)
        XCTAssertTrue(text.contains("apt-get install protopkg-absent9"), text)
    }
}
