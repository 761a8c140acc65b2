import Foundation
import Testing
import TamgaTestSupport

/// A keyless writer with write access to a synced copy's folder (a shared
/// laptop, a folder synced by other means), against that copy's next sync
/// (attacker review of issue 18, L6 and L7): a `datakeys` link that would
/// make sync write arriving keys outside the vault, and git settings in
/// `.git` that would run a program. Each is refused before anything runs,
/// named, and nothing outside the vault is touched.
@Suite(.serialized) struct AttackCopyFolderTests {
    static func files(_ path: String) -> Set<String> { Set((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []) }

    @Test func aPlantedDatakeysLinkIsRefused() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let outside = team.origin.folder.path("outside")
        try FileManager.default.moveItem(atPath: b.path + "/datakeys", toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: b.path + "/datakeys", withDestinationPath: outside)
        let before = Self.files(outside)
        try a.run(["add", try team.document(1, prefix: "A")])
        try a.run(["destroy", "INT-2014-044", "--reason", "erasure asked", "--yes"])
        try a.run(["sync"])
        let sync = try b.run(["sync"], expect: 1)
        #expect(sync.standardError.contains("datakeys: a symbolic link"), "\(sync.standardError)")
        #expect(Self.files(outside) == before, "sync wrote or deleted through the link")
        // Put back by hand, the copy syncs again.
        try FileManager.default.removeItem(atPath: b.path + "/datakeys")
        try FileManager.default.moveItem(atPath: outside, toPath: b.path + "/datakeys")
        try b.run(["sync"])
        try b.run(["list"])
    }

    /// What is planted in the copy's `.git` (settings `git config` writes, and
    /// `.git/info/attributes`), each of which would run `touch MARK` at the next sync.
    static func plantings(_ mark: String) -> [(name: String, settings: [(String, String)], attributes: String?)] {
        [("core.fsmonitor", [("core.fsmonitor", "touch \(mark); true")], nil),
         ("remote.origin.uploadpack", [("remote.origin.uploadpack", "touch \(mark); git-upload-pack")], nil),
         ("remote.origin.receivepack", [("remote.origin.receivepack", "touch \(mark); git-receive-pack")], nil),
         ("filter.carry.clean", [("filter.carry.clean", "touch \(mark); cat")], "* filter=carry\n"),
         ("core.hookspath", [("core.hooksPath", mark + "-hooks")], nil)]
    }

    @Test func aPlantedGitSettingRunsNothing() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let mark = team.origin.folder.path("ran")
        // A hooks folder whose every hook would leave the mark.
        try FileManager.default.createDirectory(atPath: mark + "-hooks", withIntermediateDirectories: true)
        for hook in ["pre-commit", "post-commit", "post-merge", "post-checkout", "pre-push", "reference-transaction"] {
            let path = mark + "-hooks/" + hook
            try Data("#!/bin/sh\ntouch \(mark)\n".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        for (number, planted) in Self.plantings(mark).enumerated() {
            try a.run(["add", try team.document(number + 1, prefix: "A")])
            try a.run(["sync"])
            for (key, value) in planted.settings { #expect(try team.inGit(b.path, ["config", key, value]).status == 0) }
            let attributes = b.path + "/.git/info/attributes"
            if let text = planted.attributes { try Data(text.utf8).write(to: URL(fileURLWithPath: attributes)) }
            // Something of b's own to commit, so that `git add` and `git commit` run.
            try b.run(["add", try team.document(number + 1, prefix: "B")])
            let sync = try b.run(["sync"], expect: 1)
            #expect(sync.standardError.contains(planted.name), "\(planted.name): \(sync.standardError)")
            #expect(!FileManager.default.fileExists(atPath: mark), "\(planted.name): git ran the planted program")
            try? FileManager.default.removeItem(atPath: mark)
            for (key, _) in planted.settings { try team.inGit(b.path, ["config", "--unset", key]) }
            try? FileManager.default.removeItem(atPath: attributes)
            try b.run(["sync"])
        }
        #expect(!FileManager.default.fileExists(atPath: mark))
    }
}
