import Foundation
import TamgaCrypto

/// What git says about trees: the files one holds, what changed between two,
/// and the bytes of blobs, written out where verification can read them.
struct GitTree {
    let git: GitRunner

    /// Git's empty tree: the base of a first push or a clone.
    static let empty = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

    /// One file of a tree.
    struct File: Equatable {
        let mode: String
        let blob: String
        let path: String
    }

    /// One difference between two trees.
    struct Change: Equatable {
        enum Status: Equatable { case added, modified, deleted, typeChanged }
        let status: Status
        let oldMode: String
        let newMode: String
        let newBlob: String
        let path: String
    }

    /// Every file of `treeish` (recursively), optionally only under `paths`.
    /// The tree (or the part of it under `paths`, top-level names) is walked
    /// within the vault layout's bounds first (`TreeBound`).
    func files(_ treeish: String, under paths: [String] = []) throws(SyncError) -> [File] {
        try bound([treeish], under: paths.allSatisfy { !$0.contains("/") } ? paths : [])
        let fields = try git.run(["ls-tree", "-r", "-z", "--full-tree", treeish, "--"] + paths).fields
        return fields.compactMap { field in
            guard let tab = field.firstIndex(of: "\t") else { return nil }
            let meta = field[..<tab].split(separator: " ")
            guard meta.count == 3 else { return nil }
            return File(mode: String(meta[0]), blob: String(meta[2]), path: String(field[field.index(after: tab)...]))
        }
    }

    /// What changed from `base` to `target` (no rename detection: a vault never renames).
    /// Both trees are walked within the vault layout's bounds first
    /// (`TreeBound`), unless they are the same tree (an idle sync reads none).
    func changes(from base: String, to target: String) throws(SyncError) -> [Change] {
        let trees = try git.run(["rev-parse", "\(base)^{tree}", "\(target)^{tree}"], allowFailure: true)
        if trees.status == 0, trees.lines.count == 2, trees.lines[0] == trees.lines[1] { return [] }
        try bound([base, target])
        let fields = try git.run(["diff-tree", "-r", "-z", "--no-renames", "--raw", base, target]).fields
        var changes: [Change] = []
        var index = 0
        while index + 1 < fields.count {
            let meta = fields[index].dropFirst().split(separator: " ")
            let path = fields[index + 1]
            index += 2
            guard meta.count == 5 else { continue }
            let status: Change.Status
            switch meta[4].first {
            case "A": status = .added
            case "D": status = .deleted
            case "T": status = .typeChanged
            default: status = .modified
            }
            changes.append(Change(status: status, oldMode: String(meta[0]), newMode: String(meta[1]),
                                  newBlob: String(meta[3]), path: path))
        }
        return changes
    }

    /// The commit (or tree) id `revision` names, or nil when it names nothing.
    func resolve(_ revision: String) -> String? {
        guard let result = try? git.run(["rev-parse", "--verify", "-q", revision], allowFailure: true), result.status == 0 else { return nil }
        return result.lines.first
    }

    /// Writes each blob's bytes to `root/path` (0600, folders 0700), streaming,
    /// so an attachment of any size passes in constant memory.
    func materialize(_ files: [(blob: String, path: String)], into root: URL) throws {
        try stream(files) { file, size, reader in
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
                  let handle = FileHandle(forWritingAtPath: url.path) else {
                throw SyncError.git(command: "cat-file", message: "cannot write \(file.path) for verification")
            }
            try reader.copy(size) { try handle.write(contentsOf: $0) }
            try handle.close()
        }
    }

    /// The SHA-256 (hex) and first 64 KiB of each blob, by path, streamed:
    /// what judging an encrypted object needs, without writing it anywhere.
    func digests(_ files: [(blob: String, path: String)]) throws -> [String: (hash: String, head: [UInt8])] {
        var found: [String: (hash: String, head: [UInt8])] = [:]
        try stream(files) { file, size, reader in
            var hasher = SHA256Hasher()
            var head: [UInt8] = []
            try reader.copy(size) { chunk in
                if head.count < 1 << 16 { head += chunk.prefix((1 << 16) - head.count) }
                hasher.update(Array(chunk))
            }
            found[file.path] = (Hex.encode(hasher.finalize()), head)
        }
        return found
    }

    /// Runs `git cat-file --batch` over the blobs and hands each one's size
    /// and the stream positioned at its bytes to `body`, in order.
    private func stream(_ files: [(blob: String, path: String)],
                        _ body: ((blob: String, path: String), Int, inout StreamReader) throws -> Void) throws {
        guard !files.isEmpty else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + GitRunner.safety + ["cat-file", "--batch"]
        process.currentDirectoryURL = git.directory
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in git.environment { environment[key] = value }
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw SyncError.gitMissing }
        let request = Data(files.map { "\($0.blob)\n" }.joined().utf8)
        DispatchQueue.global().async {
            input.fileHandleForWriting.write(request)
            try? input.fileHandleForWriting.close()
        }
        var reader = StreamReader(handle: output.fileHandleForReading)
        defer { process.waitUntilExit() }
        for file in files {
            guard let header = reader.line() else { throw SyncError.git(command: "cat-file", message: "output ended early") }
            let fields = header.split(separator: " ")
            guard fields.count == 3, fields[1] == "blob", let size = Int(fields[2]) else {
                throw SyncError.git(command: "cat-file", message: "\(file.path) is not a file in git")
            }
            try body(file, size, &reader)
            _ = reader.line()
        }
    }

    /// A buffered reader over a pipe: lines for headers, exact byte counts for contents.
    struct StreamReader {
        let handle: FileHandle
        var buffer: [UInt8] = []
        var position = 0

        init(handle: FileHandle) { self.handle = handle }

        private mutating func fill() -> Bool {
            if position >= buffer.count {
                let data = handle.readData(ofLength: 1 << 16)
                guard !data.isEmpty else { return false }
                buffer = Array(data)
                position = 0
            }
            return true
        }

        mutating func line() -> String? {
            var bytes: [UInt8] = []
            while fill() {
                if let newline = buffer[position...].firstIndex(of: 10) {
                    bytes += buffer[position..<newline]
                    position = newline + 1
                    return String(decoding: bytes, as: UTF8.self)
                }
                bytes += buffer[position...]
                position = buffer.count
            }
            return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
        }

        /// Hands the next `count` bytes to `sink`, chunk by chunk.
        mutating func copy(_ count: Int, to sink: (ArraySlice<UInt8>) throws -> Void) throws {
            var left = count
            while left > 0 {
                guard fill() else { throw SyncError.git(command: "cat-file", message: "output ended early") }
                let take = min(left, buffer.count - position)
                try sink(buffer[position..<position + take])
                position += take
                left -= take
            }
        }
    }
}
