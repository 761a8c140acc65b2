import Foundation
import TamgaCore
import TamgaCrypto

/// The append-only, hash-chained audit log (docs/VAULT-FORMAT.md, Audit log).
///
/// One file per entry, named by its SHA-256, so two copies written apart merge
/// by copying; each entry names the heads its writer saw, so the chain records
/// both branches and the next entry joins them. Entries are signed by the
/// member who acted; what they did is sealed to the internal level.
public struct AuditLog: Sendable {
    public let paths: VaultPaths

    public init(paths: VaultPaths) { self.paths = paths }

    /// An entry as read from disk, signature not yet checked.
    public struct Entry: Sendable {
        public let name: String
        public let envelope: SignedEnvelope
        public let body: LogEntryBody
    }

    /// One entry by name (without `.json`), parsed, signature not yet checked.
    public func entry(named name: String) throws -> Entry {
        let bytes = try DurableFile.readAll(paths.log.appendingPathComponent("\(name).json"))
        guard name == Hex.encode(SHA256.hash(bytes)), let entry = Self.parse(bytes, name: name) else {
            throw VaultError.damaged(path: "log/\(name).json", problem: "not a log entry, or not matching its hash")
        }
        return entry
    }

    /// An entry from bytes already read (hash not checked), or nil when they are not one.
    static func parse(_ bytes: [UInt8], name: String) -> Entry? {
        guard let envelope = try? SignedEnvelope.decode(bytes),
              let body = try? JSONDecoder().decode(LogEntryBody.self, from: Data(envelope.body.utf8)),
              body.format == LogEntryBody.formatName else { return nil }
        return Entry(name: name, envelope: envelope, body: body)
    }

    /// Every entry, parsed; a file that does not parse is reported, not skipped.
    public func entries() throws -> [Entry] {
        try VaultPaths.fileNames(in: paths.log).map { name in
            let bytes = try DurableFile.readAll(paths.log.appendingPathComponent(name))
            guard name == "\(Hex.encode(SHA256.hash(bytes))).json" else {
                throw VaultError.damaged(path: "log/\(name)", problem: "the file does not match its hash")
            }
            guard let envelope = try? SignedEnvelope.decode(bytes),
                  let body = try? JSONDecoder().decode(LogEntryBody.self, from: Data(envelope.body.utf8)),
                  body.format == LogEntryBody.formatName else {
                throw VaultError.damaged(path: "log/\(name)", problem: "not a log entry")
            }
            return Entry(name: String(name.dropLast(5)), envelope: envelope, body: body)
        }
    }

    /// The entries no other entry names as previous: the current ends of the chain.
    public static func heads(of entries: [Entry]) -> [String] {
        let named = Set(entries.flatMap(\.body.previous))
        return entries.map(\.name).filter { !named.contains($0) }.sorted()
    }

    /// The revision ids committed by some entry.
    public static func committedRevisions(in entries: [Entry]) -> Set<String> {
        Set(entries.flatMap(\.body.revisions))
    }

    /// Appends an entry after the current heads, signed by `actor`.
    @discardableResult
    public func append(
        _ action: LogAction, revisions: [String] = [], objects: [String] = [], removed: [String] = [], destroyed: [String] = [],
        erased: [String] = [], approval: LogEntryBody.Approval = .none, actor: MemberIdentity, vaultID: String, keyring: String, internalKey: (epoch: Int, publicKey: [UInt8]),
        heads knownHeads: [String]? = nil, sequence knownSequence: Int? = nil
    ) throws -> String {
        // A writer that has the vault's index passes its heads; otherwise (the
        // first entry, made by `init`) they are read from the folder.
        let existing = knownHeads == nil ? try entries() : []
        let heads = knownHeads ?? Self.heads(of: existing)
        let sequence = knownSequence ?? ((existing.map(\.body.sequence).max() ?? 0) + 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let sealed = try VaultObject.seal(
            Array(try encoder.encode(action)),
            header: ObjectHeaderFields(kind: .logBody, level: .internal, epoch: UInt32(internalKey.epoch)),
            levelKey: internalKey.publicKey)
        let body = LogEntryBody(
            vault: vaultID, previous: heads, sequence: sequence, keyring: keyring, time: Timestamp.now(),
            actor: actor.fingerprint, revisions: revisions, sealed: Hex.encode(sealed),
            objects: objects.isEmpty ? nil : objects, removed: removed.isEmpty ? nil : removed,
            destroyed: destroyed.isEmpty ? nil : destroyed, erased: erased.isEmpty ? nil : erased,
            changesRedaction: LogEntryBody.redactionActions.contains(action.action) ? true : nil,
            vouchesProjections: action.action == "refresh" ? true : nil,
            requests: approval.requests.isEmpty ? nil : approval.requests, requestsErasure: approval.erasure ? true : nil,
            approves: approval.approves,
            destructionApproval: approval.policyAsks ? true : nil, withdraws: approval.withdraws)
        let text = String(decoding: try encoder.encode(body), as: UTF8.self)
        let signature = actor.signing.signature(for: SignedEnvelope.signedBytes(domain: "log", body: text))
        let bytes = try SignedEnvelope(body: text, signer: actor.fingerprint, signature: Hex.encode(signature)).encoded()
        let name = Hex.encode(SHA256.hash(bytes))
        try DurableFile.write(bytes, to: paths.log, name: "\(name).json")
        return name
    }

    /// Whether an entry's signature verifies with the key of its actor in any
    /// keyring of the chain (a removed member's old entries still verify).
    public static func isSignatureValid(_ entry: Entry, keyrings: [KeyringBody]) -> Bool {
        guard entry.envelope.signer == entry.body.actor,
              let member = keyrings.lazy.compactMap({ $0.member(fingerprint: entry.body.actor) }).first,
              let signature = try? Hex.decode(entry.envelope.signature),
              let key = try? Hex.decode(member.signingKey) else { return false }
        return Ed25519.isValidSignature(
            signature, for: SignedEnvelope.signedBytes(domain: "log", body: entry.envelope.body), publicKey: key)
    }

    /// Decrypts what an entry records; needs the internal level keys.
    public static func action(of entry: Entry, keys: LevelKeySet) throws -> LogAction {
        let sealed: [UInt8]
        do { sealed = try Hex.decode(entry.body.sealed) } catch {
            throw VaultError.damaged(path: "log/\(entry.name).json", problem: "the sealed action is not hex")
        }
        do {
            let (header, plaintext) = try VaultObject.open(sealed, keys: keys)
            guard header.kind == .logBody, header.level == .internal else { throw ObjectFormatError.mismatch("not a log body") }
            return try plaintext.withUnsafeBytes { try JSONDecoder().decode(LogAction.self, from: Data($0)) }
        } catch let error as ObjectFormatError {
            throw VaultError.damaged(path: "log/\(entry.name).json", problem: error.description)
        }
    }
}

/// Times in the vault: UTC, ISO 8601, to the millisecond (so a refreshed part sorts after the one it replaces).
public enum Timestamp {
    public static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
