import Foundation
import TamgaCrypto
import TamgaTestSupport

/// One file of the C2SP (CCTV) age testkit in `../shared/vectors/age-testkit`:
/// header lines (`expect:`, `payload:`, `identity:`, `passphrase:`,
/// `armored:`, `compressed:`, `comment:`, `file key:`), a blank line, then
/// the age file (zlib-compressed when `compressed: zlib`).
struct AgeTestkitVector: Sendable, CustomStringConvertible {
    struct LoadError: Error, CustomStringConvertible { let description: String }

    /// The testkit's outcome classes.
    static let outcomes = ["success", "header failure", "payload failure", "HMAC failure", "armor failure", "no match"]
    static let expectedFileCount = 143

    let name: String
    let expect: String
    let payloadHash: String?
    let identities: [String]
    let passphrases: [String]
    let armored: Bool
    let file: [UInt8]

    var description: String { name }

    /// ML-KEM hybrid vectors: tamga does not implement mlkem768x25519.
    var isHybrid: Bool {
        name.contains("hybrid") || identities.contains { $0.hasPrefix("AGE-SECRET-KEY-PQ-") }
    }

    static let folder = RepositoryPaths.vectors.appendingPathComponent("age-testkit", isDirectory: true)

    /// Every vector, sorted by name. Throws (so the tests fail, not skip)
    /// when the folder is missing or incomplete.
    static func loadAll() throws -> [AgeTestkitVector] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() } catch {
            throw LoadError(description: "the age testkit is missing at \(folder.path): \(error)")
        }
        guard names.count >= expectedFileCount else {
            throw LoadError(description: "the age testkit at \(folder.path) has \(names.count) files, expected \(expectedFileCount)")
        }
        return try names.map { try load(name: $0) }
    }

    static func load(name: String) throws -> AgeTestkitVector {
        let data = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        var expect: String?, payload: String?, identities: [String] = [], passphrases: [String] = []
        var armored = false, compressed = false
        var position = 0
        while true {
            guard let end = data[position...].firstIndex(of: 0x0A) else { throw LoadError(description: "\(name): no blank line") }
            let line = String(decoding: data[position..<end], as: UTF8.self)
            position = end + 1
            if line.isEmpty { break }
            guard let separator = line.range(of: ": ") else { throw LoadError(description: "\(name): bad line \(line)") }
            let key = String(line[..<separator.lowerBound]), value = String(line[separator.upperBound...])
            switch key {
            case "expect":
                guard outcomes.contains(value) else { throw LoadError(description: "\(name): unknown expect \(value)") }
                expect = value
            case "payload": payload = value
            case "identity": identities.append(value)
            case "passphrase": passphrases.append(value)
            case "armored": armored = value == "yes"
            case "compressed":
                guard value == "zlib" else { throw LoadError(description: "\(name): unknown compression \(value)") }
                compressed = true
            case "comment", "file key": break
            default: throw LoadError(description: "\(name): unknown header \(key)")
            }
        }
        guard let expect else { throw LoadError(description: "\(name): no expect line") }
        var file = Array(data[position...])
        if compressed { file = try Inflate.zlib(file) }
        return AgeTestkitVector(name: name, expect: expect, payloadHash: payload, identities: identities,
                                passphrases: passphrases, armored: armored, file: file)
    }

    /// The identities tamga can build from the vector: X25519 keys and
    /// passphrases (ML-KEM hybrid identities are left out; see `isHybrid`).
    func supportedIdentities() throws -> [any AgeIdentity] {
        var result: [any AgeIdentity] = []
        for text in identities where !text.hasPrefix("AGE-SECRET-KEY-PQ-") {
            result.append(try AgeX25519Identity(parsing: text))
        }
        for passphrase in passphrases {
            result.append(AgeScryptIdentity(passphrase: try SecretBytes(copying: Array(passphrase.utf8))))
        }
        return result
    }

    /// What tamga's streaming reader makes of the file: the testkit class of
    /// the outcome, and the plaintext released before it.
    func run() throws -> (outcome: String, released: [UInt8]) {
        var released: [UInt8] = []
        do {
            try AgeReader.decrypt(file, identities: try supportedIdentities(), armor: armored ? .required : .forbidden) { chunk in
                released += chunk
            }
            return ("success", released)
        } catch let error as AgeError {
            return (Self.outcome(of: error), released)
        }
    }

    /// The testkit class for an `AgeError`; "unsupported" for the ML-KEM case.
    static func outcome(of error: AgeError) -> String {
        switch error.kind {
        case .header: "header failure"
        case .headerMAC: "HMAC failure"
        case .payload: "payload failure"
        case .armor: "armor failure"
        case .noMatch: "no match"
        case .unsupportedRecipientType: "unsupported"
        case .invalidKey, .invalidArgument, .io: "unexpected \(error.kind): \(error.message)"
        }
    }
}
