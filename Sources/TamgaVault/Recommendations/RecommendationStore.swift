import Foundation
import TamgaCore
import TamgaCrypto

/// Responses and verifications of recommendations, stored as encrypted
/// objects at their level (`records/<level>/`, object type 4) and committed by
/// a log entry like documents. The recommendations themselves are derived
/// from the documents; only what happened to them is stored here.
public struct RecommendationStore: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    var root: URL { vault.paths.root.appendingPathComponent("records", isDirectory: true) }

    /// Stores an event at its level and logs it.
    public func record(_ event: RecommendationEvent) throws {
        let key = try vault.currentKey(event.level)
        let revision = SecureRandom.bytes(count: 16)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try VaultObject.seal(Array(try encoder.encode(event)),
                                          header: ObjectHeaderFields(kind: .record, level: event.level, epoch: UInt32(key.epoch), revision: revision),
                                          levelKey: key.publicKey)
        let name = Hex.encode(SHA256.hash(object))
        try DurableFile.write(object, to: root.appendingPathComponent(event.level.rawValue), name: name)
        let action = event.kind == .response ? "rec-respond" : "rec-verify"
        try vault.log(LogAction(action: action, document: event.recommendation, level: event.level.rawValue,
                                note: event.establishedStatus.rawValue, date: event.date),
                      revisions: [Hex.encode(revision)], objects: ["records/\(event.level.rawValue)/\(name)"])
    }

    /// Every committed event the member can read, oldest first.
    public func events() throws -> [RecommendationEvent] {
        let index = try vault.commitIndex()
        var events: [RecommendationEvent] = []
        for level in Level.allCases where vault.levelKeys.canRead(level) {
            let folder = root.appendingPathComponent(level.rawValue)
            for name in VaultPaths.fileNames(in: folder) {
                let path = "records/\(level.rawValue)/\(name)"
                let bytes = try DurableFile.readAll(folder.appendingPathComponent(name))
                do {
                    guard index.isLive(path) else { continue }
                    let (header, plaintext) = try VaultObject.open(bytes, keys: vault.levelKeys)
                    guard header.kind == .record, header.level == level,
                          let event = plaintext.withUnsafeBytes({ try? JSONDecoder().decode(RecommendationEvent.self, from: Data($0)) }),
                          event.level == level else { throw ObjectFormatError.mismatch("not a recommendation record of this level") }
                    events.append(event)
                } catch let error as ObjectFormatError {
                    throw VaultError.damaged(path: path, problem: error.description)
                }
            }
        }
        return events.sorted { ($0.date, $0.recorded) < ($1.date, $1.recorded) }
    }
}
