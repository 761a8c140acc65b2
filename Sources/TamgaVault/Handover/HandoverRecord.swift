import Foundation

/// A hand-over this vault's log records (issue 18, attacker session 37 M6):
/// which documents it carried and the persons they concern, and whether the
/// successor's acceptance is recorded. A destruction or an erasure made
/// after a hand-over reaches this vault and its copies only: the successor
/// holds its own copy of what was carried, re-sealed to its own members, and
/// nothing here can shred it. So `destroy` and `person erase` say which
/// hand-over carried the record or the person, and whom to tell.
public struct HandoverRecord: Sendable, Equatable {
    /// The `handover` log entry, and when it was written.
    public let entry: String
    public let time: String
    /// SHA-256 (hex) of the manifest the successor countersigns.
    public let manifestHash: String
    /// The successor's vault id, as the entry's note names it (nil when it does not read).
    public let successorVault: String?
    /// Whether a `handover-accepted` entry closes it.
    public let accepted: Bool
    /// Each document carried and the persons it concerns.
    public let transferred: [String: [String]]

    /// Every hand-over the log records, oldest first. Members cleared
    /// internal: the actions are sealed to internal (others get none).
    public static func all(_ vault: UnlockedVault) throws -> [HandoverRecord] {
        let lines = try AuditTrail(vault: vault).list().lines
        let accepted = Set(lines.compactMap { $0.action?.action == "handover-accepted" ? $0.action?.hash : nil })
        return lines.compactMap { line in
            guard let action = line.action, action.action == "handover", let hash = action.hash else { return nil }
            return HandoverRecord(entry: line.entry, time: line.time, manifestHash: hash, successorVault: Self.successor(in: action.note),
                                  accepted: accepted.contains(hash), transferred: action.transferred ?? [:])
        }
    }

    /// The hand-overs that carried document `id`.
    public static func carrying(document id: String, in records: [HandoverRecord]) -> [HandoverRecord] {
        records.filter { $0.transferred[id] != nil }
    }

    /// The hand-overs that carried a document concerning `person`, with those documents.
    public static func carrying(person: String, in records: [HandoverRecord]) -> [(record: HandoverRecord, documents: [String])] {
        records.compactMap { record in
            let documents = record.transferred.filter { $0.value.contains(person) }.map(\.key).sorted()
            return documents.isEmpty ? nil : (record, documents)
        }
    }

    /// One line for the user: which hand-over, to whom, and what to do.
    public var notice: String {
        let to = successorVault.map { "vault \($0.prefix(16))…" } ?? "the successor"
        let state = accepted ? "accepted by the successor" : "not yet accepted (its package may still be on its way)"
        return "the hand-over of \(time.prefix(10)) (log entry \(entry.prefix(12)), manifest \(manifestHash.prefix(16))…) to \(to), "
            + "\(state), carried it: the successor's copy is not touched by this; ask the successor body to do the same there"
    }

    /// The vault id in a `handover` note ("to vault ID; transferred: …").
    static func successor(in note: String?) -> String? {
        guard let note, note.hasPrefix("to vault ") else { return nil }
        return note.dropFirst("to vault ".count).split(separator: ";").first.map(String.init)
    }
}
