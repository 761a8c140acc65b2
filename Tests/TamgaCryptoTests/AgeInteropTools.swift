import Foundation
import Testing

/// Runs the standard tools the exports must interoperate with (Debian's
/// `age`, `age-keygen` and `minisign`, installed by `make test-deps`).
/// A missing tool fails the test with a message saying how to install it:
/// interop that silently skips proves nothing.
struct ExternalTool {
    struct Result {
        let status: Int32
        let standardOutput: Data
        let standardError: String
        var text: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    let name: String
    let path: String?

    init(_ name: String) {
        self.name = name
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        path = searchPath.split(separator: ":")
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The tool's path, or a failed requirement naming the fix.
    func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(path != nil, "\(name) is not installed: run `make test-deps` (apt-get install -y age minisign)",
                     sourceLocation: sourceLocation)
        return path!
    }

    /// Runs the tool with `arguments` in `directory`, feeding `input`.
    func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try require(sourceLocation: sourceLocation))
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let errorReader = Thread.detachNewThreadWithResult { stderr.fileHandleForReading.readDataToEndOfFile() }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = errorReader.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: output,
                      standardError: String(decoding: errors, as: UTF8.self))
    }
}

extension Thread {
    /// A tiny future on a detached thread, so two pipes drain concurrently.
    final class ResultBox<T>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var value: T?
        func set(_ newValue: T) { value = newValue; done.signal() }
        func wait() -> T { done.wait(); return value! }
    }

    static func detachNewThreadWithResult<T>(_ body: @escaping @Sendable () -> T) -> ResultBox<T> {
        let box = ResultBox<T>()
        Thread.detachNewThread { box.set(body()) }
        return box
    }
}
