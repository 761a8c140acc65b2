import Foundation
import Testing
import TamgaTestSupport

/// The built binary answers `--version` and `--help`, and the help documents
/// every exit status a script can meet.
@Suite struct HelpAndVersionTests {
    let tamga = TamgaBinary()

    @Test func versionNamesTheFormatsAndLibsodium() throws {
        let result = try tamga.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("tamga "))
        #expect(result.standardOutput.contains("libsodium 1.0."))
    }

    @Test(arguments: ["0 ", "1 ", "64", "65", "66"])
    func helpDocumentsExitStatus(_ status: String) throws {
        let result = try tamga.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("EXIT STATUS:"))
        #expect(result.standardOutput.contains("\n  \(status)"))
    }

    @Test func unknownOptionIsBadUsage() throws {
        let result = try tamga.run(["--no-such-option"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("Error:"))
    }
}
