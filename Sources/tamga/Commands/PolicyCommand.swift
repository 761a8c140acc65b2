import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga policy show|set`: the signed policy in force.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Show or set the policy in force (signed by an administrator).",
        discussion: """
        The policy says who sees what (policy/README.md). It is stored in the
        vault signed by an administrator; a policy file edited by hand is
        refused. Until one is set, the policy shipped with tamga is in force.

        EXAMPLES:
          tamga policy show
          tamga policy set my-policy.yaml
        """,
        subcommands: [Show.self, Set.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the policy in force.")
        @OptionGroup var options: VaultOptions

        func run() throws {
            let vault = try options.unlock()
            let inForce = try PolicyStore(paths: vault.paths).current(vault)
            Terminal.writeStandardError(inForce.isShipped ? "# the shipped policy (none set in this vault)\n"
                : "# set \(inForce.body!.set)\n")
            Terminal.writeStandardError("# sha256 \(inForce.hash)\n")
            print(inForce.yaml, terminator: "")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a policy file and make it the policy in force.",
            discussion: """
            Refused, with nothing changed, when the newest revision of a document
            does not validate under it (a kind or role it uses is renamed or
            gone): that document's persons would leave the registry and their
            names would no longer be withheld elsewhere. Change the document
            first (`tamga edit ID`). Older revisions may use what the policy no
            longer has; they are read as stored (an unknown kind as internal, an
            unknown role as naming nobody).

            EXAMPLES:
              tamga policy set my-policy.yaml
            """)
        @OptionGroup var options: VaultOptions
        @Argument(help: "The policy YAML file.") var file: String

        func run() throws {
            guard FileManager.default.fileExists(atPath: file) else { throw StorageError(operation: "read", path: file, code: 2) }
            let yaml = String(decoding: try DurableFile.readAll(URL(fileURLWithPath: file)), as: UTF8.self)
            _ = try Policy.load(yaml: yaml, file: file)
            let vault = try options.unlock()
            let result = try PolicyChange(vault: vault).set(yaml: yaml, file: file, progress: Terminal.refreshProgress)
            print("policy set (sha256 \(result.hash))" + (result.reprojected > 0 ? "; re-projected \(result.reprojected) stored part(s)" : ""))
            if result.oneLineOnly {
                print("note: the policy asks for a second administrator's approval, and you are the only member cleared internal: "
                    + "members you add from now on never approve your requests, nor you theirs; add the other administrators "
                    + "before setting this rule, or rely on an administrator the init recovery shares sign in")
            }
        }
    }
}
