import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 15: every command's help can be followed as printed.
@Suite struct HelpExamplesTests {
    static let tamga = TamgaBinary()

    /// Every command path, from the SUBCOMMANDS block of each help, recursively.
    static func commands(under prefix: [String] = []) throws -> [[String]] {
        let help = try tamga.run(prefix + ["--help"]).standardOutput
        guard let block = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [prefix] }
        let names = block.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .compactMap { line -> String? in
                guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
                return line.split(separator: " ").first.map(String.init)
            }
            .filter { $0 != "help" }
        return try [prefix] + names.flatMap { try commands(under: prefix + [$0]) }
    }

    /// An example line starts a command (or is a comment), or continues a
    /// line that ends in `\`: never a command cut in two by the wrapping.
    @Test func noExampleWrapsMidCommand() throws {
        let starts = /^  (#|tamga |git |minisign |age |[A-Z_]+=\S* tamga )/
        let commands = try Self.commands()
        #expect(commands.count > 40 && commands.contains(["person", "consent"]), "\(commands)")
        for command in commands {
            let help = try Self.tamga.run(command + ["--help"]).standardOutput
            guard let block = help.components(separatedBy: "EXAMPLES:\n").dropFirst().first else { continue }
            var previous = ""
            for line in block.split(separator: "\n", omittingEmptySubsequences: false).prefix(while: { !$0.isEmpty }).map(String.init) {
                #expect(line.firstMatch(of: starts) != nil || previous.hasSuffix("\\"), "tamga \(command.joined(separator: " ")): \(line)")
                previous = line
            }
        }
    }

    @Test func helpOffersOnlyWhatMeansSomething() throws {
        let consent = try Self.tamga.run(["person", "consent", "--help"]).standardOutput
        // Transfer: consent to a hand-over to a successor body (issue 18). The help wraps where it likes.
        let words = consent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("(values: state, public, transfer)") && !consent.contains("internal"), "\(consent)")
        for command in [["init"], ["member", "invite"]] {
            #expect(!(try Self.tamga.run(command + ["--help"]).standardOutput.contains("--member")), "\(command)")
        }
        #expect(!(try Self.tamga.run(["verify", "--help"]).standardOutput.contains(".pdf")))
    }
}
