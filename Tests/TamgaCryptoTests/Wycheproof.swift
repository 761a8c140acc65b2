import Foundation
import TamgaTestSupport
import Testing
import TamgaCrypto

/// Loads Wycheproof vector files from `../shared/vectors/wycheproof`.
/// A missing folder or file throws, so every test that uses it fails (a
/// skipped vector test would look like a pass).
enum Wycheproof {
    struct MissingVectors: Error, CustomStringConvertible {
        let path: String
        var description: String { "test vectors missing at \(path): the vector tests cannot run" }
    }

    struct File<Group: Decodable>: Decodable {
        let algorithm: String
        let numberOfTests: Int
        let testGroups: [Group]
    }

    struct CountMismatch: Error, CustomStringConvertible {
        let file: String, declared: Int, found: Int
        var description: String { "\(file) declares \(declared) cases but holds \(found)" }
    }

    /// Every case of a file, flattened over its groups, after checking that
    /// the count equals the file's own `numberOfTests` (no silent loss).
    static func cases<Group: Decodable, Case>(
        _ name: String, as group: Group.Type, _ flatten: (Group) -> [Case]
    ) throws -> [Case] {
        let file = try load(name, as: group)
        let cases = file.testGroups.flatMap(flatten)
        guard cases.count == file.numberOfTests else {
            throw CountMismatch(file: name, declared: file.numberOfTests, found: cases.count)
        }
        return cases
    }

    /// The decoded file.
    static func load<Group: Decodable>(_ name: String, as: Group.Type) throws -> File<Group> {
        let url = RepositoryPaths.vectors.appendingPathComponent("wycheproof/\(name)")
        guard FileManager.default.fileExists(atPath: url.path) else { throw MissingVectors(path: url.path) }
        return try JSONDecoder().decode(File<Group>.self, from: Data(contentsOf: url))
    }
}

/// The fields every Wycheproof case has.
enum Expected: String, Decodable, Sendable {
    case valid, invalid, acceptable
}

/// Hex from the vector files, failing the test on bad hex.
func bytes(_ hex: String) throws -> [UInt8] { try Hex.decode(hex) }

/// A vector case's display name in `swift test` output.
protocol NamedVector: CustomTestStringConvertible {
    var tcId: Int { get }
    var comment: String { get }
}

extension NamedVector {
    var testDescription: String { "tcId \(tcId)" + (comment.isEmpty ? "" : " (\(comment))") }
}
