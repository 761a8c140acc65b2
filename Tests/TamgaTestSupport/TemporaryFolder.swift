import Foundation

/// A fresh folder under the system's temporary directory, removed when the
/// value is released, so every test works in isolation.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init(_ label: String = "tamga-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a text file (0600) and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let path = self.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
