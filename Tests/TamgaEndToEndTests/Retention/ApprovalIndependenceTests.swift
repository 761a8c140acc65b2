import Foundation
import Testing
import TamgaTestSupport

/// Web red team 40, F10: under the second-administrator policy, the only
/// administrator asks, adds a "second administrator" whose key they made,
/// and approves as it. An administrator added after the request never
/// approves it (the use case refuses, and readers would not count it); one
/// who already was an administrator when it was asked does.
@Suite struct ApprovalIndependenceTests {
    @Test func anAdministratorAddedAfterTheRequestCannotApproveIt() throws {
        let v = try RetentionCommandTests.vault(schedule: RetentionCommandTests.schedule + DestroyApprovalCommandTests.asking)
        let asked = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes", "--member", "Admin"])
        #expect(asked.status == 0, "\(asked.standardError)")
        let key = try v.run(["member", "invite", "--name", "Sock"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Sock", key, "--clearance", "internal", "--administrator"]).status == 0)
        let before = v.files()
        let sock = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", "Sock"])
        #expect(sock.status != 0, "\(sock.standardOutput)")
        #expect(sock.standardError.contains("not an administrator cleared internal when the destruction of INT-2014-044 was asked"),
                "\(sock.standardError)")
        #expect(v.files() == before)
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))

        // Asked again now that Sock is an administrator: still refused, for Admin made Sock one after the
        // vault asked for approval (web red team 42, D1: the addition made first, then the request).
        #expect(try v.run(["destroy", "--cancel", "INT-2014-044", "--member", "Admin"]).status == 0)
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes", "--member", "Admin"]).status == 0)
        let again = v.files()
        let refused = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", "Sock"])
        #expect(refused.status != 0, "\(refused.standardOutput)")
        #expect(refused.standardError.contains("come from one member's additions"), "\(refused.standardError)")
        #expect(v.files() == again)
    }

    /// Web red team 42, D1, in both orders and through a chain: under the policy, an administrator the
    /// asker made (or one made by such an administrator) never approves the asker's request; an
    /// administrator made before the policy asked does, and the asker's own additions approve others.
    @Test func anAdministratorTheAskerMadeNeverApprovesTheirRequest() throws {
        let v = try RetentionCommandTests.vault(schedule: RetentionCommandTests.schedule)
        func add(_ name: String, by adder: String) throws -> TamgaBinary.Result {
            let key = try v.run(["member", "invite", "--name", name]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            return try v.run(["member", "add", "--member", adder, name, key, "--clearance", "internal", "--administrator"])
        }
        // Colleague is made before the policy asks; Sock and Sock2 after, by Admin and by Sock.
        #expect(try add("Colleague", by: "Admin").status == 0)
        let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        let set = try v.run(["policy", "set", "--member", "Admin", try v.folder.write("asking.yaml", shipped + RetentionCommandTests.schedule
            + DestroyApprovalCommandTests.asking)])
        #expect(set.status == 0, "\(set.standardError)")
        let sock = try add("Sock", by: "Admin")
        #expect(sock.status == 0 && sock.standardOutput.contains("never approve each other's requests"), "\(sock.standardOutput)")
        #expect(try add("Sock2", by: "Sock").status == 0)

        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes", "--member", "Admin"]).status == 0)
        for name in ["Sock", "Sock2"] {
            let before = v.files()
            let refused = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", name])
            #expect(refused.status != 0 && refused.standardError.contains("come from one member's additions"), "\(name): \(refused.standardError)")
            #expect(v.files() == before)
        }
        let approved = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", "Colleague"])
        #expect(approved.status == 0, "\(approved.standardError)")
        #expect(!(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044")))

        // The roles swapped (session 43 attacker, A1): Sock asks, Admin, who made Sock, may not approve; Colleague may.
        #expect(try v.run(["destroy", "VR-2014-017", "--reason", "retention", "--yes", "--member", "Sock"]).status == 0)
        let byAdmin = try v.run(["destroy", "--approve", "VR-2014-017", "--yes", "--member", "Admin"])
        #expect(byAdmin.status != 0 && byAdmin.standardError.contains("come from one member's additions"), "\(byAdmin.standardError)")
        let byColleague = try v.run(["destroy", "--approve", "VR-2014-017", "--yes", "--member", "Colleague"])
        #expect(byColleague.status == 0, "\(byColleague.standardError)")
        #expect(try v.run(["check", "--member", "Admin"]).status == 0)
    }

    /// Session 43 attacker, A2: the only administrator reshares the recovery key after the policy asks (the
    /// new shares are printed to them), signs in "Rescuer" with it, and approves as Rescuer. What a recovery
    /// key signs counts as made by whoever put that key in force after the policy: refused.
    @Test func aRecoveryKeyResharedAfterThePolicyIsTheResharersOwn() throws {
        let v = try RetentionCommandTests.vault(schedule: RetentionCommandTests.schedule)
        let set = try DestroyApprovalCommandTests.setAsking(v, schedule: RetentionCommandTests.schedule)
        #expect(set.standardOutput.contains("you are the only member cleared internal"), "\(set.standardOutput)")
        let reshared = try v.run(["recovery", "reshare", "--threshold", "2", "--shares", "3", "--member", "Admin"])
        #expect(reshared.status == 0, "\(reshared.standardError)")
        let shares = RecoveryReshareCLITests.shares(in: reshared.standardOutput)
        let recovered = try v.run(["recover", "--name", "Rescuer"], input: shares.prefix(2).joined(separator: "\n") + "\n\n")
        #expect(recovered.status == 0, "\(recovered.standardError)")
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes", "--member", "Admin"]).status == 0)
        let before = v.files()
        let refused = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", "Rescuer"])
        #expect(refused.status != 0 && refused.standardError.contains("come from one member's additions"), "\(refused.standardError)")
        #expect(v.files() == before)
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))
    }
}
