import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 19 item 10: on a vault the user cannot write, `show` says that reads
/// are logged and need write access, not "cannot open …/lock".
@Suite struct ReadOnlyVaultTests {
    @Test func showOnAReadOnlyVaultSaysWhyItNeedsWriteAccess() throws {
        let v = try ExportTests.vaultWithExamples()
        // A read-only bind mount in a private mount namespace: a real EROFS, even for root.
        let script = "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && exec \"$@\""
        let namespace = geteuid() == 0 ? ["--mount"] : ["--mount", "--user", "--map-root-user"]
        let result = try TamgaBinary(path: "/usr/bin/unshare").run(
            namespace + ["sh", "-c", script, "sh", v.vault, v.tamga.path, "show", "VR-2014-017"],
            environment: v.environment, in: v.folder.url)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardError.contains("read-only") && result.standardError.contains("logs every read"))
        #expect(!result.standardError.contains("/lock"))
        #expect(result.standardOutput.isEmpty)
    }
}
