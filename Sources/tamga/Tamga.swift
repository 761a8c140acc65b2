import ArgumentParser
import Foundation
import TamgaCore
import TamgaCrypto
import TamgaVault

/// The root command. It only parses and prints; every rule lives in the modules.
@main
struct Tamga: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tamga",
        abstract: "A confidentiality-aware document vault for National Preventive Mechanisms.",
        discussion: """
        tamga stores visit reports and interview records encrypted, knows which
        parts each audience may read (internal, state, public), and exports the
        redacted, signed version for each audience.

        EXAMPLES:
          tamga --version
          tamga help <subcommand>

        EXIT STATUS:
          0   success
          1   an operation refused or failed (a leak found, tampered data,
              wrong passphrase, not cleared)
          64  bad usage (an unknown option, a missing argument)
          65  bad input data (a document or policy that does not parse or validate)
          66  an input that does not exist
        """,
        version: "tamga \(version) (vault format \(TamgaVault.formatVersion), document format \(TamgaCore.formatVersion), libsodium \(Sodium.versionString))",
        subcommands: [InitCommand.self, AddCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self, HistoryCommand.self,
                      EditCommand.self, AttachCommand.self, AttachmentsCommand.self, AttachmentCommand.self, MemberCommand.self, RekeyCommand.self,
                      RecoverCommand.self, RecoveryCommand.self,
                      ExportCommand.self, PreviewCommand.self, RecCommand.self, PersonCommand.self, PolicyCommand.self, DisclosuresCommand.self,
                      StatsCommand.self, SummaryCommand.self, KeyCommand.self, LockCommand.self, RetentionCommand.self, DestroyCommand.self, HandoverCommand.self, ServeCommand.self, VerifyCommand.self, DecryptCommand.self,
                      LogCommand.self, CheckCommand.self, RefreshCommand.self, ResolveCommand.self,
                      RemoteCommand.self, SyncCommand.self, CloneCommand.self, GuardCommand.self]
    )

    /// Maps the modules' errors to the documented exit statuses and prints them
    /// as `Error:` / `Hint:` lines; ArgumentParser handles its own (64).
    static func main() {
        ProcessHardening.apply()
        InterruptHandler.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any UserFacingError {
            Terminal.printError(error.message, hint: error.hint)
            Foundation.exit(error.failureClass.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
