import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaVault

/// Replays every fuzzing seed and every saved crash (Fuzz/regressions) through
/// the same parser entry points the fuzzer drives: each must return, not crash.
@Suite struct FuzzRegressionTests {
    static func inputs() -> [String] {
        let root = RepositoryPaths.root.appendingPathComponent("Fuzz")
        var paths: [String] = []
        for folder in ["seeds", "regressions"] {
            for surface in ParserSurface.allCases {
                let directory = root.appendingPathComponent("\(folder)/\(surface.rawValue)")
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted() where !name.hasPrefix(".") {
                    paths.append("\(folder)/\(surface.rawValue)/\(name)")
                }
            }
        }
        return paths
    }

    @Test func thereAreSeedsForEveryParser() {
        for surface in ParserSurface.allCases {
            #expect(Self.inputs().contains { $0.hasPrefix("seeds/\(surface.rawValue)/") }, "no seed for \(surface.rawValue)")
        }
    }

    @Test(arguments: inputs())
    func replays(_ path: String) throws {
        let surfaceName = path.split(separator: "/")[1]
        let surface = try #require(ParserSurface(rawValue: String(surfaceName)))
        let bytes = try [UInt8](Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Fuzz/\(path)")))
        surface.exercise(bytes)
        // Truncations and single-byte damage of each input too.
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 16)) { surface.exercise(Array(bytes[0..<cut])) }
        if !bytes.isEmpty {
            var damaged = bytes
            damaged[bytes.count / 2] ^= 0x5A
            surface.exercise(damaged)
        }
    }
}
