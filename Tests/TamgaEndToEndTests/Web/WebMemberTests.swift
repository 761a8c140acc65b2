import Foundation
import Testing
import TamgaTestSupport

/// Member changes in the browser (issue 20), through the built binary with
/// curl as the browser: the members page adds and removes members through
/// `MemberChange`, the use case `tamga member add` and `remove` call, each
/// after a confirmation page that names what will happen and writes nothing;
/// only an administrator cleared internal sees or may post the forms (403),
/// and every refusal comes back with its reason (422), nothing written.
@Suite(.serialized) struct WebMemberTests {
    /// A key line as `tamga member invite` prints it for `name`, made on a machine of their own.
    static func invite(_ vault: CLIVault, _ name: String) throws -> String {
        let home = vault.folder.path("home-\(name)")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let invited = try vault.run(["member", "invite", "--name", name], extra: ["XDG_STATE_HOME": home])
        #expect(invited.status == 0, "\(invited.standardError)")
        return invited.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The one report written since `folders` is sealed, at State and public, to epoch 2 only (after Liaison's removal).
    static func expectNewReportSealedToEpoch2(_ attack: DataKeyAttackVault, besides folders: Set<String>) throws {
        let blind = try #require(attack.names("datakeys").subtracting(folders).first, "no data keys for the new report")
        for level in ["state", "public"] {
            let epochs = try attack.names("datakeys/\(blind)/\(level)").map {
                try DataKeyAttackVault.epoch(of: attack.root.appendingPathComponent("datakeys/\(blind)/\(level)/\($0)"))
            }
            #expect(!epochs.isEmpty && epochs.allSatisfy { $0 == 2 }, "\(level): epochs \(epochs) after Liaison's removal")
        }
    }

    /// `tamga member list` as Admin: the state of the membership the CLI sees.
    static func roster(_ vault: CLIVault) throws -> String {
        try vault.run(["member", "list", "--member", "Admin"]).standardOutput
    }

    @Test func anAdministratorAddsAStateMemberWhoThenCannotReachTheForms() throws {
        let vault = try ExportTests.vaultWithExamples()
        let key = try Self.invite(vault, "Nurlan Toktogulov")
        let server = try WebServer(vault)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        let page = try admin.request("/members")
        #expect(page.status == 200 && page.body.contains("id=\"add-member-form\""), "\(page.status)")
        let before = try Self.roster(vault)

        // The first form is checked and answered with what will happen; nothing is written yet.
        let form = [("csrf", csrf), ("name", "Nurlan Toktogulov"), ("key", key), ("clearance", "state")]
        let confirm = try admin.request("/members/add", form: form)
        #expect(confirm.status == 200 && confirm.body.contains("id=\"confirm-form\""), "\(confirm.status) \(confirm.body.suffix(600))")
        #expect(confirm.body.contains("state, public") && confirm.body.contains("by phone"), "\(confirm.body.suffix(800))")
        #expect(try Self.roster(vault) == before, "the confirmation page wrote")

        // Confirmed: added as `tamga member add` adds, logged as it logs.
        let added = try admin.request("/members/add", form: form + [("confirm", "yes")])
        #expect(added.status == 200 && added.body.contains("Added Nurlan Toktogulov"), "\(added.status) \(added.body.suffix(600))")
        let roster = try Self.roster(vault)
        let row = try #require(roster.split(separator: "\n").first { $0.hasPrefix("Nurlan Toktogulov") }, "\(roster)")
        #expect(row.contains(" state ") && row.contains("member"), "\(row)")
        #expect(roster.contains("state (epoch 1): Admin, Nurlan Toktogulov"), "\(roster)")
        #expect(try vault.run(["log", "--member", "Admin"]).standardOutput.contains("member-add"))
        #expect(try vault.run(["check", "--member", "Admin"]).status == 0)
        // Posting the confirmation again adds nobody twice.
        #expect(try admin.request("/members/add", form: form + [("confirm", "yes")]).status == 422)

        // The State member: no form on the page, and a posted one is refused with 403, nothing written.
        #expect(try admin.request("/lock", form: [("csrf", csrf)]).status == 303)
        let unlocked = try admin.request("/unlock", form: [("csrf", csrf), ("passphrase", vault.passphrase), ("member", "Nurlan Toktogulov")])
        #expect(unlocked.status == 303, "\(unlocked.status) \(unlocked.body)")
        let theirs = try admin.request("/members")
        #expect(theirs.status == 200 && !theirs.body.contains("add-member-form") && !theirs.body.contains("action=\"/members/remove\""))
        let other = try Self.invite(vault, "Other")
        let refused = try admin.request("/members/add", form: [("csrf", csrf), ("name", "Other"), ("key", other), ("clearance", "internal"),
                                                               ("administrator", "1"), ("confirm", "yes")])
        #expect(refused.status == 403 && refused.body.contains("internal administrator"), "\(refused.status) \(refused.body.suffix(400))")
        #expect(try admin.request("/members/remove", form: [("csrf", csrf), ("name", "Admin"), ("confirm", "yes")]).status == 403)
        #expect(try Self.roster(vault) == roster)
    }

    @Test func aContributorIsRefusedToo() throws {
        let attack = try DataKeyAttackVault()
        let server = try WebServer(attack.v)
        let before = try Self.roster(attack.v)
        let (field, csrf) = try server.unlockedClient(member: "Field")
        #expect(!(try field.request("/members").body.contains("add-member-form")))
        #expect(try field.request("/members/remove", form: [("csrf", csrf), ("name", "Liaison")]).status == 403)
        #expect(try field.request("/members/remove", form: [("csrf", csrf), ("name", "Liaison"), ("confirm", "yes")]).status == 403)
        #expect(try Self.roster(attack.v) == before)
    }

    @Test func aRemovedMembersKeyNoLongerOpensTheVault() throws {
        let attack = try DataKeyAttackVault()
        let vault = attack.v
        // Before: Liaison reads through the command line and the browser.
        #expect(try vault.run(["list", "--member", "Liaison"]).status == 0)
        let server = try WebServer(vault)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        #expect(try admin.request("/members").body.contains("<input type=\"hidden\" name=\"name\" value=\"Liaison\">"))
        // Admin's own row has no remove button.
        #expect(!(try admin.request("/members").body.contains("name=\"name\" value=\"Admin\"")))
        let before = try Self.roster(vault)

        let confirm = try admin.request("/members/remove", form: [("csrf", csrf), ("name", "Liaison")])
        #expect(confirm.status == 200 && confirm.body.contains("id=\"confirm-form\""), "\(confirm.status) \(confirm.body.suffix(600))")
        #expect(confirm.body.contains("A new key epoch for state, public") && confirm.body.contains("tamga rekey --all"), "\(confirm.body.suffix(900))")
        #expect(try Self.roster(vault) == before, "the confirmation page wrote")

        let removed = try admin.request("/members/remove", form: [("csrf", csrf), ("name", "Liaison"), ("confirm", "yes")])
        #expect(removed.status == 200 && removed.body.contains("Removed Liaison."), "\(removed.status) \(removed.body.suffix(600))")
        let roster = try Self.roster(vault)
        #expect(roster.split(separator: "\n").first { $0.hasPrefix("Liaison") }?.contains("removed") == true, "\(roster)")
        #expect(roster.contains("state (epoch 2): Admin") && !roster.contains("epoch 2): Admin, Liaison"), "\(roster)")
        #expect(try vault.run(["log", "--member", "Admin"]).standardOutput.contains("member-remove"))
        #expect(try vault.run(["check", "--member", "Admin"]).status == 0)

        // The session goes on with the vault as it is now: a report written next is sealed to the new epoch, which
        // Liaison's key does not open (not to the one the session had opened before the removal).
        let folders = attack.names("datakeys")
        let written = try admin.request("/documents/new", form: WebWritingTests.newReport(csrf, id: "VR-2026-501"))
        #expect(written.status == 200, "\(WebWritingTests.alert(written))")
        try Self.expectNewReportSealedToEpoch2(attack, besides: folders)
        // A second change in the same session is written after the newest keyring.
        let bob = try Self.invite(vault, "Bob")
        let added = try admin.request("/members/add", form: [("csrf", csrf), ("name", "Bob"), ("key", bob), ("clearance", "state"), ("confirm", "yes")])
        #expect(added.status == 200 && added.body.contains("Added Bob"), "\(added.status) \(added.body.suffix(500))")
        let afterBob = try Self.roster(vault)
        #expect(afterBob.contains("state (epoch 2): Admin, Bob"), "\(afterBob)")
        #expect(try vault.run(["check", "--member", "Admin"]).status == 0)

        // Their key opens nothing now: neither the command line nor the browser unlocks as Liaison.
        let cli = try vault.run(["list", "--member", "Liaison"])
        #expect(cli.status != 0, "\(cli.standardOutput)")
        #expect(try admin.request("/lock", form: [("csrf", csrf)]).status == 303)
        let unlock = try admin.request("/unlock", form: [("csrf", csrf), ("passphrase", vault.passphrase), ("member", "Liaison")])
        #expect(unlock.status == 401, "\(unlock.status) \(unlock.body.suffix(400))")
        #expect(try admin.request("/documents").status == 303)
    }

    @Test func refusalsComeBackWithTheReasonAndWriteNothing() throws {
        let vault = try ExportTests.vaultWithExamples()
        let key = try Self.invite(vault, "Nurlan")
        let server = try WebServer(vault)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        let before = try Self.roster(vault)
        let keyring = try FileManager.default.contentsOfDirectory(atPath: vault.vault + "/keyring").sorted()
        // One changed hex digit: the checksum catches it; the typed name is kept in the form.
        let last = key.last == "0" ? "1" : "0"
        let typo = String(key.dropLast()) + last
        for confirm in [[], [("confirm", "yes")]] {
            let bad = try admin.request("/members/add", form: [("csrf", csrf), ("name", "Nurlan"), ("key", typo), ("clearance", "state")] + confirm)
            #expect(bad.status == 422 && bad.body.contains("checksum") && bad.body.contains("value=\"Nurlan\""), "\(bad.status) \(bad.body.suffix(600))")
        }
        let refusals: [([(String, String)], String)] = [
            ([("name", "Nurlan"), ("key", "tamga-member:00"), ("clearance", "state")], "not a member key"),
            ([("name", "Nurlan"), ("key", key), ("clearance", "state"), ("administrator", "1")], "administrator must be cleared internal"),
            ([("name", "Nurlan"), ("key", key), ("clearance", "root")], "choose a clearance"),
            ([("name", "Admin"), ("key", key), ("clearance", "state")], "Admin"),
            ([("name", "Nurlan\u{1B}[2J"), ("key", key), ("clearance", "state")], "a member name must be"),
        ]
        for (fields, reason) in refusals {
            for confirm in [[], [("confirm", "yes")]] {
                let reply = try admin.request("/members/add", form: [("csrf", csrf)] + fields + confirm)
                #expect(reply.status == 422 && reply.body.contains("Nothing was changed") && reply.body.contains(reason),
                        "\(fields) \(reply.status) \(reply.body.suffix(500))")
            }
        }
        for (name, reason) in [("Admin", "cannot remove yourself"), ("Nobody", "Nobody")] {
            for confirm in [[], [("confirm", "yes")]] {
                let reply = try admin.request("/members/remove", form: [("csrf", csrf), ("name", name)] + confirm)
                #expect(reply.status == 422 && reply.body.contains(reason), "\(name) \(reply.status) \(reply.body.suffix(500))")
            }
        }
        // Without the session's CSRF token: 403.
        #expect(try admin.request("/members/add", form: [("name", "Nurlan"), ("key", key), ("clearance", "state"), ("confirm", "yes")]).status == 403)
        #expect(try admin.request("/members/remove", form: [("csrf", String(repeating: "a", count: 64)), ("name", "Nurlan"),
                                                             ("confirm", "yes")]).status == 403)
        #expect(try Self.roster(vault) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: vault.vault + "/keyring").sorted() == keyring)
        #expect(try vault.run(["check", "--member", "Admin"]).status == 0)
    }
}
