import ArgumentParser
import Foundation
import TamgaCrypto
import TamgaVault

extension HandoverCommand {
    /// `tamga handover verify-certificate`: for anyone who trusted the former body's key.
    struct VerifyCertificate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify-certificate",
            abstract: "Check a hand-over package's certificate with the former body's key and give the successor's key.",
            discussion: """
            For anyone who checks the former body's exports: the package's
            manifest and successor-key.txt must verify with the former body's
            export key (a minisign public key file), the certificate's trusted
            comment must be exactly `tamga-handover certifies successor export
            key <id> of vault <16 hex digits>` (no export is signed with such a
            comment, so an export or a file an insider signed with the export
            key is refused), and the certificate must be the one the manifest
            makes. Prints the certified key's id and vault; -o writes it as a
            minisign public key file to check the successor's exports with.
            Needs no vault.

            EXAMPLES:
              tamga handover verify-certificate package --former-key former.pub
              tamga handover verify-certificate package --former-key former.pub \\
                  -o successor.pub
            """)

        @Argument(help: "The package folder `tamga handover execute` wrote.")
        var package: String

        @Option(name: .customLong("former-key"), help: ArgumentHelp("The former body's export key (minisign public key file).", valueName: "file"))
        var formerKey: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the certified key to this new file.", valueName: "file"))
        var output: String?

        func run() throws {
            let key = try MinisignPublicKey(text: String(decoding: try Data(contentsOf: URL(fileURLWithPath: formerKey)), as: UTF8.self))
            let certified = try HandoverCertificate.verify(package: URL(fileURLWithPath: package), formerKey: key)
            print("certified: export key \(certified.successorKey.keyIDText) of vault \(certified.successorVault), by the former export key "
                  + "\(certified.formerKeyID), for the records handed over on \(certified.asOf)")
            print("trusted comment: \(certified.trustedComment)")
            if let output {
                try HandoverCertificate.write(certified, to: URL(fileURLWithPath: output))
                print("wrote \(output)")
            }
        }
    }
}
