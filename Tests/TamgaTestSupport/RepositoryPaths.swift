import Foundation

/// Locations the tests need, found from this source file so that `swift test`
/// works from any working directory.
public enum RepositoryPaths {
    /// The root of the tamga checkout (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The shared test vectors beside the checkout (`../shared/vectors`).
    /// Tests that need them must fail, not skip, when the folder is missing.
    public static let vectors: URL = root.deletingLastPathComponent()
        .appendingPathComponent("shared/vectors", isDirectory: true)

    /// The bundled example documents.
    public static let examples: URL = root.appendingPathComponent("examples", isDirectory: true)
}
