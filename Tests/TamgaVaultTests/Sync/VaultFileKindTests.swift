import Testing
@testable import TamgaVault

/// Sync and the guard judge each path by its kind (issue 16): anything that
/// is not part of a vault's layout must classify as `.unknown`, so it never travels.
@Suite struct VaultFileKindTests {
    static let hash = String(repeating: "ab", count: 32)
    static let blind = String(repeating: "c", count: 32)
    static let fingerprint = String(repeating: "d", count: 32)

    @Test(arguments: [
        ("config.json", VaultFileKind.config),
        (".gitignore", .gitSetting),
        ("keyring/\(hash).json", .keyring),
        ("log/\(hash).json", .logEntry),
        ("policy/\(hash).json", .policy),
        ("documents/\(blind)/state/\(hash)", .object(.documentPart, level: .state)),
        ("attachments/\(blind)/\(hash)", .object(.attachment, level: nil)),
        ("records/internal/\(hash)", .object(.record, level: .internal)),
        ("members/\(fingerprint).key", .memberKey(fingerprint: fingerprint)),
        ("keys/levels/public/2/\(fingerprint).sealed", .sealedKey(folder: "levels/public", epoch: 2, holder: fingerprint)),
        ("keys/signing/1/recovery.sealed", .sealedKey(folder: "signing", epoch: 1, holder: "recovery")),
    ])
    func layoutPathsHaveTheirKind(_ path: String, _ kind: VaultFileKind) {
        #expect(VaultFileKind(path: path) == kind)
    }

    @Test(arguments: [
        "notes.txt", "lock", ".tmp-123", "log/\(hash).json.bak", "log/\(hash.uppercased()).json", "log/sub/\(hash).json",
        "documents/\(blind)/secret/\(hash)", "documents/\(blind)/state/\(hash)/x", "documents/short/state/\(hash)",
        "keyring/\(hash)", "members/\(fingerprint).txt", "members/../config.json", "keys/levels/state/0/\(fingerprint).sealed",
        "keys/levels/state/01/\(fingerprint).sealed", "keys/index/1/someone.sealed", "keys/other/1/recovery.sealed",
        "config.json/x", ".git/config", ".gitmodules", "records/\(hash)",
    ])
    func everythingElseIsUnknown(_ path: String) {
        #expect(VaultFileKind(path: path) == .unknown)
    }

    @Test func remoteAddressesHideTheirPassword() {
        #expect(VaultRemotes.masked("https://npm:s3cret@git.example.org/v.git") == "https://npm:***@git.example.org/v.git")
        #expect(VaultRemotes.masked("ssh://git@example.org/v.git") == "ssh://git@example.org/v.git")
        #expect(VaultRemotes.masked("/srv/git/v.git") == "/srv/git/v.git")
    }

    @Test(arguments: ["origin", "office-bishkek", "usb_2", "a.b"])
    func usableRemoteNames(_ name: String) throws { try VaultRemotes.validate(name) }

    @Test(arguments: ["", "-f", "--upload-pack=x", ".hidden", "a..b", "a/b", "a b", "имя", String(repeating: "a", count: 65)])
    func unusableRemoteNames(_ name: String) {
        #expect(throws: SyncError.self) { try VaultRemotes.validate(name) }
    }

    @Test func guardReadsItsInputLines() {
        let zero = String(repeating: "0", count: 40), tip = String(repeating: "1", count: 40)
        let update = PushGuard.Update(line: "\(zero) \(tip) refs/heads/main")
        #expect(update?.ref == "refs/heads/main" && update?.isZero.old == true && update?.isZero.new == false)
        #expect(PushGuard.Update(line: "garbage") == nil)
    }
}
