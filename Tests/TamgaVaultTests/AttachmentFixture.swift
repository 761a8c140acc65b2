import Foundation
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// A library-made vault with one interview that declares person D-0042, and
/// evidence files to attach to it (storage-level attachment tests).
final class AttachmentFixture: @unchecked Sendable {
    let base: VaultFixture
    let id = "INT-7"
    /// A confidential-looking original file name: it must never be found outside the encryption.
    static let secretName = "Sadykov-forearm-bruise.jpg"

    init() throws {
        base = try VaultFixture()
        let source = Array("""
            ---
            id: \(id)
            kind: interview
            title: Interview
            date: 2014-10-28
            persons:
              D-0042:
                name: Aibek Sadykov
                role: detainee
                consent: []
            ---
            The interviewee showed a bruise on his forearm.

            """.utf8)
        let parts: [Level: DocumentSubmission.Part] = [
            .internal: .init(content: source, title: "Interview", facility: nil),
            .state: .init(content: Array("state view".utf8), title: "Interview", facility: nil),
            .public: .init(content: Array("public view".utf8), title: "Interview", facility: nil),
        ]
        try DocumentStore(vault: try base.unlock()).add(
            DocumentSubmission(id: id, kind: "interview", date: "2014-10-28", source: source, parts: parts))
    }

    func admin() throws -> UnlockedVault { try base.unlock() }

    /// Writes `bytes` to a new file in the fixture's folder (outside the vault).
    func file(_ bytes: [UInt8], named name: String = AttachmentFixture.secretName) throws -> URL {
        let url = base.folder.url.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Bytes that cross several 64 KiB chunks and end mid-chunk.
    static func photoBytes(_ count: Int = 3 * 64 * 1024 + 1234) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }
    }

    static func sha256(_ bytes: [UInt8]) -> String { Hex.encode(SHA256.hash(bytes)) }

    /// Every regular file under the vault, with its bytes.
    func vaultFiles() -> [(path: String, bytes: [UInt8])] {
        let root = base.paths.root
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var result: [(String, [UInt8])] = []
        for case let url as URL in walker {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            result.append((String(url.path.dropFirst(root.path.count)), [UInt8](data)))
        }
        return result
    }

    /// The decrypted actions of every log entry, as an internal member reads them.
    func logActions() throws -> [LogAction] {
        let vault = try admin()
        return try AuditLog(paths: base.paths).entries().map { try AuditLog.action(of: $0, keys: vault.levelKeys) }
    }
}
