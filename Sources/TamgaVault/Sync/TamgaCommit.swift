import Foundation

/// The exact text of a commit tamga writes, main's and the data-key ref's
/// alike: a commit is accepted only when rebuilding it from its tree,
/// parents, times and one of tamga's messages gives back its bytes, byte
/// for byte. A keyless writer could otherwise make a commit with tamga's
/// author and message that carries bytes of its own, which git keeps as
/// long as the history: an extra header (`encoding`, `gpgsig` with a
/// payload, any `x-…`), bytes after the message (past a NUL, or blank
/// lines), a zero-padded time (attacker review, issue 18: H2).
struct TamgaCommit {
    /// What a commit's text says, parsed only as far as rebuilding needs.
    let tree: String
    let parents: [String]
    let author: (time: String, zone: String)
    let committer: (time: String, zone: String)
    let message: String

    /// The bytes `git commit-tree`/`git commit` write for these fields, with
    /// tamga's identity (`GitRunner` sets it) and one newline after the message.
    var text: [UInt8] {
        var lines = ["tree \(tree)"] + parents.map { "parent \($0)" }
        lines.append("author tamga <tamga@localhost> \(author.time) \(author.zone)")
        lines.append("committer tamga <tamga@localhost> \(committer.time) \(committer.zone)")
        return Array((lines.joined(separator: "\n") + "\n\n" + message + "\n").utf8)
    }

    /// Reads the fields back from a commit's bytes (nil when it is not in
    /// tamga's shape at all); the caller compares `text` with the bytes.
    init?(_ bytes: [UInt8]) {
        guard let blank = Self.firstBlankLine(bytes) else { return nil }
        let head = String(decoding: bytes[..<blank], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var message = bytes[(blank + 2)...]
        guard message.last == 10 else { return nil }
        message = message.dropLast()
        guard head.count >= 3, head[0].hasPrefix("tree "), VaultFileKind.isHex(String(head[0].dropFirst(5)), count: 40) else { return nil }
        let parentLines = head.dropFirst().prefix { $0.hasPrefix("parent ") }
        guard head.count == 3 + parentLines.count else { return nil }
        let parents = parentLines.map { String($0.dropFirst(7)) }
        guard parents.allSatisfy({ VaultFileKind.isHex($0, count: 40) }),
              let author = Self.stamp(head[1 + parents.count], "author"),
              let committer = Self.stamp(head[2 + parents.count], "committer") else { return nil }
        tree = String(head[0].dropFirst(5))
        self.parents = parents
        self.author = author
        self.committer = committer
        self.message = String(decoding: message, as: UTF8.self)
    }

    /// The time and zone of a `ROLE tamga <tamga@localhost> TIME ZONE` line.
    private static func stamp(_ line: Substring, _ role: String) -> (time: String, zone: String)? {
        let prefix = role + " tamga <tamga@localhost> "
        guard line.hasPrefix(prefix) else { return nil }
        let rest = line.dropFirst(prefix.count).split(separator: " ", omittingEmptySubsequences: false)
        guard rest.count == 2, let time = UInt64(rest[0]), rest[1].count == 5, rest[1].first == "+" || rest[1].first == "-",
              rest[1].dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // Rebuilt from the number: a zero-padded or signed time gives other bytes.
        return (String(time), String(rest[1]))
    }

    /// Where the header ends (the index of the first "\n\n").
    private static func firstBlankLine(_ bytes: [UInt8]) -> Int? {
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            if bytes[index] == 10 && bytes[index + 1] == 10 { return index }
            index += 1
        }
        return nil
    }

    /// Whether `bytes` are exactly a commit tamga writes whose message
    /// `allowed` accepts, with at most `maxParents` parents.
    static func isExact(_ bytes: [UInt8], maxParents: Int, allowed: (String) -> Bool) -> Bool {
        guard let commit = TamgaCommit(bytes), commit.parents.count <= maxParents, allowed(commit.message) else { return false }
        return commit.text == bytes
    }

    /// The messages `tamga sync` writes on main: this copy's own files, or a merge with a remote.
    static func isMainMessage(_ message: String) -> Bool {
        if message == "tamga: what this copy wrote" { return true }
        guard message.hasPrefix("tamga: merge ") else { return false }
        return (try? VaultRemotes.validate(String(message.dropFirst("tamga: merge ".count)))) != nil
    }

    /// Whether `bytes` are exactly a main commit tamga writes (at most two parents: a merge).
    static func isMainCommit(_ bytes: [UInt8]) -> Bool { isExact(bytes, maxParents: 2, allowed: isMainMessage) }

    /// The tree a commit's bytes name (its first line), whatever else they hold.
    static func tree(_ bytes: [UInt8]) -> String? {
        let line = bytes.prefix { $0 != 10 }
        guard line.count == 45, line.starts(with: Array("tree ".utf8)) else { return nil }
        return String(decoding: line.dropFirst(5), as: UTF8.self)
    }

    /// The raw bytes of each commit, by id, read through one `git cat-file --batch`.
    static func texts(_ ids: [String], git: GitRunner) throws(SyncError) -> [String: [UInt8]] {
        guard !ids.isEmpty else { return [:] }
        let output = try git.run(["cat-file", "--batch"], input: Array((ids.joined(separator: "\n") + "\n").utf8)).output
        var found: [String: [UInt8]] = [:]
        var index = 0
        for id in ids {
            guard let newline = output[index...].firstIndex(of: 10) else { break }
            let header = String(decoding: output[index..<newline], as: UTF8.self).split(separator: " ")
            index = newline + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= output.count else { break }
            if header[1] == "commit" { found[id] = Array(output[index..<index + size]) }
            index += size + 1
        }
        return found
    }
}
