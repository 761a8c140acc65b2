import Foundation
import Testing
import TamgaTestSupport

/// Crypto-shredding (issue 18) against members: a State member, a
/// contributor and a removed member try to make a member cleared internal
/// seal a new revision to a data key whose secret they know, and a copy
/// taken before a destruction is tried without its data keys.
@Suite struct AttackDataKeyInsiderTests {
    static func revision(of example: String, id: String? = nil, title: String, in f: DataKeyAttackVault) throws -> String {
        var text = try CLIVault.example(example)
        if let id { text = text.replacingOccurrences(of: "INT-2014-044", with: id) }
        text = text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: \(title) ")
        return try f.v.folder.write("\(title)-\(example)", text)
    }

    /// A contributor made the secret of the data key of its own document; a
    /// modified client could keep it. The next revision by a member cleared
    /// internal is sealed to a new data key.
    @Test func aContributorsDataKeyNeverSealsAnInternalMembersRevision() throws {
        let f = try DataKeyAttackVault()
        let known = f.names("datakeys")
        let mine = try Self.revision(of: "INT-2014-044.md", id: "INT-2014-099", title: "Field", in: f)
        #expect(try f.v.run(["add", mine, "--member", "Field"]).status == 0)
        let blind = try #require(f.names("datakeys").subtracting(known).first)
        #expect(f.names("datakeys/\(blind)/internal").count == 1)
        let theirs = try Self.revision(of: "INT-2014-044.md", id: "INT-2014-099", title: "Admin", in: f)
        let added = try f.v.run(["add", theirs, "--member", "Admin"])
        #expect(added.status == 0, "\(added.standardError)")
        // Reusing the contributor's key would have made no new file.
        #expect(f.names("datakeys/\(blind)/internal").count == 2)
        #expect(try f.v.run(["check", "--member", "Admin"]).status == 0)
    }

    /// A State member opens every State data key, so they know the secret of
    /// each. They put one of another document's in place of this document's
    /// State data key (and beside its internal one): the next revision by a
    /// member cleared internal uses none of them, `check` names the swap.
    @Test func aStateMembersPlantedDataKeysAreNeverReused() throws {
        let f = try DataKeyAttackVault()
        let report = try #require(f.names("datakeys").first)
        let donor = try #require(f.names("datakeys").subtracting([report]).first)
        let donorKey = try #require(f.names("datakeys/\(donor)/state").first)
        let donorURL = f.root.appendingPathComponent("datakeys/\(donor)/state/\(donorKey)")
        let stateKeys = f.root.appendingPathComponent("datakeys/\(report)/state")
        let swapped = try #require(f.names("datakeys/\(report)/state").first)
        try FileManager.default.removeItem(at: stateKeys.appendingPathComponent(swapped))
        try FileManager.default.copyItem(at: donorURL, to: stateKeys.appendingPathComponent(swapped))
        try FileManager.default.copyItem(at: donorURL, to: stateKeys.appendingPathComponent(donorKey))
        try FileManager.default.copyItem(at: donorURL, to: f.root.appendingPathComponent("datakeys/\(report)/internal/\(donorKey)"))
        let internalBefore = f.names("datakeys/\(report)/internal"), stateBefore = f.names("datakeys/\(report)/state")

        // Every document gets a new revision: whichever one `report` is, it is written again.
        for example in ["VR-2014-017.md", "VR-2014-021.ru.md", "INT-2014-044.md"] {
            let added = try f.v.run(["add", try Self.revision(of: example, title: "New", in: f), "--member", "Admin"])
            #expect(added.status == 0, "\(added.standardError)")
        }
        // A new State data key: neither the swapped file nor the planted one was taken.
        #expect(f.names("datakeys/\(report)/state").subtracting(stateBefore).count == 1)
        #expect(f.names("datakeys/\(report)/internal").subtracting(internalBefore).isEmpty, "the internal key is the member's own")
        let check = try f.v.run(["check", "--member", "Admin"])
        #expect(check.status != 0 && (check.standardOutput + check.standardError).contains(swapped), "\(check.standardOutput)\(check.standardError)")
    }

    /// After a member's removal and `rekey --all`, every part is sealed to a
    /// data key of the new epoch: what the removed member held opens none of them.
    @Test func aRemovedMembersEpochSealsNothingAfterRekey() throws {
        let f = try DataKeyAttackVault()
        try f.addMember("Bob", clearance: "internal")
        #expect(try f.v.run(["member", "remove", "Bob", "--member", "Admin"]).status == 0)
        #expect(try f.v.run(["rekey", "--all", "--member", "Admin"]).status == 0)
        let documents = f.root.appendingPathComponent("documents")
        let parts = try #require(FileManager.default.enumerator(at: documents, includingPropertiesForKeys: nil))
        var count = 0
        for case let url as URL in parts where !url.hasDirectoryPath && !url.lastPathComponent.hasPrefix(".") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            #expect(try DataKeyAttackVault.epoch(of: url) == 2, "\(url.path) is still sealed under the removed member's epoch")
            count += 1
        }
        #expect(count >= 9)
        for blind in f.names("datakeys") {
            for level in ["internal", "state", "public"] {
                let epochs = try f.names("datakeys/\(blind)/\(level)").map {
                    try DataKeyAttackVault.epoch(of: f.root.appendingPathComponent("datakeys/\(blind)/\(level)/\($0)"))
                }
                #expect(epochs.contains(2), "datakeys/\(blind)/\(level) has no data key of the new epoch")
            }
        }
        #expect(try f.v.run(["check", "--member", "Admin"]).status == 0)
    }

    /// `destroy` says a copy made before opens the document only while it
    /// holds its data keys: that copy, on another machine, opens it; with its
    /// `datakeys/<folder>/` removed, neither the administrator (every level,
    /// every epoch) nor the State member opens anything of it.
    @Test func aCopyMadeBeforeOpensNothingWithoutItsDataKeys() throws {
        let f = try DataKeyAttackVault()
        let copy = try f.copy("backup")
        let (blind, _) = try f.destroy()
        let env = ["TAMGA_VAULT": copy, "XDG_STATE_HOME": f.v.folder.path("backup-machine")]
        let opened = try f.v.run(["show", DataKeyAttackVault.interview, "--member", "Admin"], extra: env)
        #expect(opened.status == 0 && opened.standardOutput.contains("Aibek Sadykov"), "\(opened.standardError)")

        try FileManager.default.removeItem(atPath: copy + "/datakeys/" + blind)
        for member in ["Admin", "Liaison"] {
            let show = try f.v.run(["show", DataKeyAttackVault.interview, "--member", member], extra: env)
            #expect(show.status != 0 && !show.standardOutput.contains("Sadykov") && !show.standardOutput.contains("temporary detention"),
                    "\(member): \(show.standardOutput)")
            let history = try f.v.run(["history", DataKeyAttackVault.interview, "--member", member], extra: env)
            #expect(!history.standardOutput.contains("temporary detention"), "\(member): \(history.standardOutput)")
        }
        let export = try f.v.run(["export", DataKeyAttackVault.interview, "--audience", "internal", "-o", f.v.folder.path("x.md"),
                                  "--member", "Admin"], extra: env)
        #expect(export.status != 0 && !FileManager.default.fileExists(atPath: f.v.folder.path("x.md")))
    }
}
