import ArgumentParser
import Foundation
import TamgaVault

/// `tamga check`: verifies the vault and names every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every object, signature and chain in the vault.",
        discussion: """
        Checks that every file matches its hash, every object's header and key
        commitment, the authentication of every object your keys open, the
        keyring chain and its signatures, the log chain and its signatures,
        and that every revision has its parts. Exits 1 on any problem, naming
        each file and what is wrong. Run it as a member cleared `internal` to
        check everything.

        EXAMPLES:
          tamga check
        """)

    @OptionGroup var options: VaultOptions

    func run() throws {
        let vault = try options.unlock()
        let report = VaultChecker.check(vault)
        for finding in report.problems { print("problem: \(finding)") }
        for finding in report.warnings { print("warning: \(finding)") }
        let counts = report.checked.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("checked \(counts.isEmpty ? "nothing" : counts)" +
              (report.notDecrypted > 0 ? "; \(report.notDecrypted) objects not decrypted (no key for their level)" : ""))
        guard report.isClean else {
            throw VaultError.damaged(path: vault.paths.root.path, problem: "\(report.problems.count) problem(s) found")
        }
        if let entries = try? AuditLog(paths: vault.paths).entries() {
            LocalMemory(vaultID: vault.vaultID).remember(AuditLog.heads(of: entries))
        }
        print("ok")
    }
}
