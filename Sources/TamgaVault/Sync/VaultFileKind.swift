import TamgaCore

/// What a path inside a vault is (docs/VAULT-FORMAT.md, Layout), so that
/// sync and the guard apply each kind's rule: hash-named files are written
/// once and never change; key files may be re-sealed; anything else is not
/// part of a vault and never travels.
public enum VaultFileKind: Equatable, Sendable {
    case config
    /// `.gitignore` and `.gitattributes`, which sync writes with fixed content.
    case gitSetting
    case keyring
    case logEntry
    case policy
    /// A hash-named encrypted object: a document part, an attachment, a record or a data key.
    case object(ObjectHeader.Kind, level: Level?)
    case memberKey(fingerprint: String)
    /// A level, index or signing key sealed to a holder (a fingerprint or `recovery`).
    case sealedKey(folder: String, epoch: Int, holder: String)
    case unknown

    /// The fixed content of the git settings sync writes into a vault.
    /// `/datakeys/`: data keys travel on `refs/tamga/datakeys` (`DataKeyRef`), never in main's history.
    public static let gitignore = "# written by tamga sync: what never leaves this machine, or never enters main\n/lock\n.tmp-*\n/datakeys/\n"
    /// What sync wrote before data keys left main (accepted in a clone of a vault never synced since).
    static let gitignoreBeforeDataKeyRef = "# written by tamga sync: what never leaves this machine\n/lock\n.tmp-*\n"
    public static let gitattributes = "# written by tamga sync: every vault file is bytes, never converted\n* binary\n"

    public init(path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        self = Self.classify(parts)
    }

    private static func classify(_ parts: [String]) -> VaultFileKind {
        switch parts.first {
        case "config.json" where parts.count == 1: return .config
        case ".gitignore" where parts.count == 1, ".gitattributes" where parts.count == 1: return .gitSetting
        case "keyring" where parts.count == 2 && isHash(parts[1], suffix: ".json"): return .keyring
        case "log" where parts.count == 2 && isHash(parts[1], suffix: ".json"): return .logEntry
        case "policy" where parts.count == 2 && isHash(parts[1], suffix: ".json"): return .policy
        case "documents" where parts.count == 4 && isBlind(parts[1]) && isHash(parts[3], suffix: ""):
            guard let level = Level(rawValue: parts[2]) else { return .unknown }
            return .object(.documentPart, level: level)
        case "attachments" where parts.count == 3 && isBlind(parts[1]) && isHash(parts[2], suffix: ""):
            return .object(.attachment, level: nil)
        case "datakeys" where parts.count == 4 && isBlind(parts[1]) && isHash(parts[3], suffix: ""):
            guard let level = Level(rawValue: parts[2]) else { return .unknown }
            return .object(.dataKey, level: level)
        case "records" where parts.count == 3 && isHash(parts[2], suffix: ""):
            guard let level = Level(rawValue: parts[1]) else { return .unknown }
            return .object(.record, level: level)
        case "members" where parts.count == 2 && parts[1].hasSuffix(".key"):
            let fingerprint = String(parts[1].dropLast(4))
            return isHex(fingerprint, count: 32) ? .memberKey(fingerprint: fingerprint) : .unknown
        case "keys": return sealedKey(Array(parts.dropFirst()))
        default: return .unknown
        }
    }

    /// `levels/<level>/<epoch>/<holder>.sealed`, `index/<epoch>/…`, `signing/<epoch>/…`.
    private static func sealedKey(_ parts: [String]) -> VaultFileKind {
        let folder: String
        let rest: [String]
        switch parts.first {
        case "levels" where parts.count == 4 && Level(rawValue: parts[1]) != nil:
            folder = "levels/\(parts[1])"; rest = Array(parts.dropFirst(2))
        case "index" where parts.count == 3, "signing" where parts.count == 3:
            folder = parts[0]; rest = Array(parts.dropFirst())
        default: return .unknown
        }
        guard let epoch = Int(rest[0]), epoch > 0, String(epoch) == rest[0], rest[1].hasSuffix(".sealed") else { return .unknown }
        let holder = String(rest[1].dropLast(7))
        guard holder == "recovery" || isHex(holder, count: 32) else { return .unknown }
        return .sealedKey(folder: folder, epoch: epoch, holder: holder)
    }

    /// Whether the file's name must be the SHA-256 of its bytes.
    public var isHashNamed: Bool {
        switch self {
        case .keyring, .logEntry, .policy, .object: true
        default: false
        }
    }

    static func isHash(_ name: String, suffix: String) -> Bool {
        guard name.hasSuffix(suffix) else { return false }
        return isHex(String(name.dropLast(suffix.count)), count: 64)
    }

    static func isBlind(_ name: String) -> Bool { isHex(name, count: 32) }

    static func isHex(_ text: String, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
