import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension Clearance: ExpressibleByArgument {}

/// `tamga member ...`: who may read what.
struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: "Invite, add, list and remove members.",
        discussion: """
        Clearances: internal (reads everything), state (reads what the State
        may see and public text), contributor (adds documents, reads nothing).
        Clearance is enforced by which keys are sealed to a member.

        EXAMPLES:
          tamga member invite --name "Nurlan Toktogulov"   # on their machine
          tamga member add "Nurlan Toktogulov" tamga-member:… --clearance state
          tamga member list
          tamga member remove "Nurlan Toktogulov"
        """,
        subcommands: [Invite.self, Add.self, List.self, Remove.self])

    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create your identity in your copy of the vault and print your public key.")

        @OptionGroup var options: NewIdentityOptions

        @Option(help: "Your name, as the administrator will add you.")
        var name: String

        @Flag(help: "Keep your key file in your own folder on this machine, not in the vault (see `tamga key move-out`).")
        var keyOutside = false

        func run() throws {
            let passphrase = try options.passphrases.readNew(prompt: "New passphrase for \(name): ")
            let key = try MemberInvitation.create(in: options.paths, name: name, passphrase: passphrase,
                                                  strength: VaultOptions.testOnlyWeakKeys ? .testOnlyFast : .standard,
                                                  outside: keyOutside)
            print(key.text)
            Terminal.writeStandardError("""
            Send the line above to an administrator, who runs:
              tamga member add \(name.shellQuoted) <that line> --clearance internal|state|contributor
            Then compare this fingerprint with them by phone: \(Fingerprint.grouped(key.fingerprint))

            """)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a member from the key line `member invite` printed.")

        @OptionGroup var options: VaultOptions

        @Argument(help: "The new member's name.")
        var name: String

        @Argument(help: "Their public key line (tamga-member:…).")
        var key: String

        @Option(help: "internal, state or contributor.")
        var clearance: Clearance

        @Flag(help: "Make them an administrator (requires --clearance internal).")
        var administrator = false

        func run() throws {
            let publicKey = try MemberPublicKey(text: key)
            let vault = try options.unlock()
            let change = MemberChange(vault: vault)
            let addition = MemberChange.Addition(name: name, key: publicKey, clearance: clearance, administrator: administrator)
            let limited = try change.cannotApproveAddersRequests(addition)
            try change.add(addition)
            print("added \(name) (\(Fingerprint.grouped(publicKey.fingerprint))) with clearance \(clearance.rawValue)")
            if limited {
                print("note: the vault asks for a second administrator's approval of destructions and erasures; \(name) and you "
                    + "never approve each other's requests (nor those of members either of you adds): only another line's")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List members, fingerprints, clearances and who holds each level's keys.",
            discussion: "Names are shown to members cleared internal; others see fingerprints (and their own name).")

        @OptionGroup var options: VaultOptions

        func run() throws {
            let roster = MemberRoster(vault: try options.unlock())
            print("NAME                      FINGERPRINT                               CLEARANCE    ROLE")
            for row in roster.rows {
                print(row.name.padding(toLength: 24, withPad: " ", startingAt: 0) + "  " +
                      Fingerprint.grouped(row.fingerprint).padding(toLength: 40, withPad: " ", startingAt: 0) + "  " +
                      row.clearance.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0) + "  " + row.role)
            }
            print("\nAccess by level (members holding the newest key):")
            for access in roster.access {
                print("  \(access.level.rawValue) (epoch \(access.epoch)): \(access.holders.joined(separator: ", "))")
            }
            if let fork = roster.pendingFork {
                print("\nThis list is this copy's, not the vault's: \(fork)")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a member and start a new key epoch for every level they held.",
            discussion: "Copies they already took cannot be recalled; run `tamga rekey --all` to re-encrypt old parts, and publish the new export key.")

        @OptionGroup var options: VaultOptions

        @Argument(help: "The member's name.")
        var name: String

        func run() throws {
            let vault = try options.unlock()
            let removal = try MemberChange(vault: vault).remove(name: name)
            let rotated = removal.rotated
            print("removed \(name)" + (rotated.isEmpty ? "" : "; new key epoch for " + rotated.map(\.rawValue).joined(separator: ", ")))
            // What the removal leaves to do (issue 19 item 8): the old parts are still under keys the member held.
            if removal.needsRekey {
                print("next: run `tamga rekey --all`, so that the keys \(name) held open none of the parts in the vault now")
            }
            print("next: publish the new export key (`tamga key public -o npm.pub`); `tamga key history` shows it certified by the old one")
        }
    }
}
