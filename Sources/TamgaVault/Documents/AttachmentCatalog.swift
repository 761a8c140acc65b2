import Foundation
import TamgaCore
import TamgaCrypto

/// The attachments of one document that a member may open, read from the
/// objects the signed log commits (a planted file is not listed). An
/// attachment above the member's clearance is counted, never described: its
/// metadata, file name included, is sealed to a key they do not hold.
public struct AttachmentCatalog: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// One attachment the member can open.
    public struct Item: Sendable {
        /// SHA-256 of the encrypted object (its file name).
        public let object: String
        /// Its path in the vault, as the log commits it.
        public let path: String
        public let url: URL
        public let metadata: PartMetadata

        /// The short reference `tamga attachments` shows and `attachment get` takes.
        public var reference: String { String(object.prefix(AttachmentCatalog.referenceLength)) }
    }

    /// What a member sees of a document's attachments.
    public struct Listing: Sendable {
        public let items: [Item]
        /// Object hashes (in the clear, as file names) of the attachments
        /// sealed to a level above the member's clearance.
        public let hidden: [String]
        public var aboveClearance: Int { hidden.count }
        /// Restricted attachments (intimate images) this member is not a
        /// viewer of: sealed to a restriction key they were not granted.
        public var restrictedFromYou: [String] = []
        /// Committed attachments that are missing or do not open (see `tamga check`).
        public let damaged: [String]
        /// Second copies of an attachment listed once (two copies of the vault
        /// re-encrypted it apart: both are live after the merge). Their
        /// black-outs apply to the one listed (`EvidenceLog.names`).
        public var sameAttachment: [String] = []
    }

    /// Hex digits of the object hash shown as an attachment's name.
    public static let referenceLength = 12
    /// The shortest prefix `find` accepts: shorter ones match too easily.
    public static let minimumPrefixLength = 4

    /// Every committed attachment of `id`: the ones this member opens, oldest first, and a count of the others.
    /// `checkingNames`: hash each object it can open against its name before
    /// describing it (evidence round 3, N5), for a listing a person reads
    /// (`AttachmentListing`). Every other caller opens the object fully
    /// afterwards, which checks the name then (`AttachmentReader.read`): it
    /// does not read each file twice.
    public func list(_ id: String, checkingNames: Bool = false) throws -> Listing {
        let index = try vault.commitIndex()
        let blinds = try vault.blindIDs(id)
        guard blinds.contains(where: { DocumentStore.touched(blind: $0, index: index) }) else { throw VaultError.unknownDocument(id: id) }
        var items: [Item] = [], hidden: [String] = [], damaged: [String] = [], restricted: [String] = []
        let evidence = try EvidenceLog.load(vault)
        let restriction = evidence.restriction
        let keys = try RestrictedViewing.attachmentKeys(for: vault, from: restriction)
        for path in index.liveObjects.sorted() {
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 3, parts[0] == "attachments", blinds.contains(parts[1]) else { continue }
            let url = vault.paths.attachments(blind: parts[1]).appendingPathComponent(parts[2])
            do {
                let metadata = try AttachmentReader.metadata(of: url, keys: keys)
                if checkingNames { try AttachmentReader.checkName(of: url) }
                guard metadata.document == id else { damaged.append(path); continue }
                items.append(Item(object: parts[2], path: path, url: url, metadata: metadata))
            } catch ObjectFormatError.noKey {
                let header = try? AttachmentReader.header(of: url)
                if let header, RestrictedViewing.isRestricted(header, keys: restriction) { restricted.append(parts[2]) } else { hidden.append(parts[2]) }
            } catch {
                damaged.append(path)
            }
        }
        items.sort { ($0.metadata.created, $0.object) < ($1.metadata.created, $1.object) }
        // One attachment re-encrypted apart on two copies is one attachment: listed (and exported) once.
        var listed: [Item] = [], seen: Set<String> = [], same: [String] = []
        for item in items.sorted(by: { $0.object < $1.object }) {
            if seen.contains(item.object) { same.append(item.object); continue }
            seen.formUnion(evidence.names(of: item.object))
            listed.append(item)
        }
        let kept = Set(listed.map(\.object))
        items = items.filter { kept.contains($0.object) }
        return Listing(items: items, hidden: hidden, restrictedFromYou: restricted, damaged: damaged, sameAttachment: same)
    }

    /// The attachment of `id` that `name` designates: a prefix of its object
    /// hash (at least `minimumPrefixLength` hex digits) or its exact original
    /// file name. Errors never repeat `name`: it may be a confidential file name.
    public func find(_ id: String, name: String) throws -> Item {
        let listing = try list(id)
        let prefix = name.lowercased()
        let isReference = prefix.count >= Self.minimumPrefixLength && prefix.allSatisfy(\.isHexDigit)
        var matches = listing.items.filter { isReference && $0.object.hasPrefix(prefix) }
        if matches.isEmpty { matches = listing.items.filter { $0.metadata.fileName == name } }
        switch matches.count {
        case 1:
            return matches[0]
        case 0 where isReference && listing.hidden.contains(where: { $0.hasPrefix(prefix) }):
            // The object's hash is its file name, in the clear: saying it is above clearance reveals nothing.
            throw VaultError.notCleared(member: vault.member.name, needed: "opening this attachment (its level is above your clearance)")
        case 0:
            let hidden = listing.aboveClearance > 0
                ? " (\(listing.aboveClearance) of its attachments are above your clearance and cannot be named)" : ""
            throw VaultError.missingAttachment(document: id, note: hidden)
        default:
            throw VaultError.invalidArgument("the name given matches \(matches.count) attachments of \(id): "
                + matches.map(\.reference).joined(separator: ", ") + "; give one of these references")
        }
    }
}
