import Foundation
import TamgaCore
#if canImport(Glibc)
import Glibc
#endif

/// Attaching evidence files to a document, the one way `tamga attach` does
/// it (and, later, the web front end's streamed upload: issue 20, one use
/// case per action).
///
/// The rules, in order: every source is checked before anything is stored;
/// a restricted (intimate) image stays internal; files are named by position
/// only ("file 2 of 3"), never by their confidential names, in errors and
/// output; under the vault's write lock, each file is streamed, hashed,
/// encrypted and recorded in the signed log (`AttachmentStore`), whole or not
/// at all, and wiped afterwards when asked.
public struct EvidenceAttachment: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Which files, to which document, with what the monitor says about them.
    public struct Request: Sendable {
        public var documentID: String
        public var files: [URL]
        public var details: AttachmentRequest
        /// The original name to keep (encrypted) for each file, when its URL
        /// does not carry it: a file opened by its bytes (a name that is not
        /// UTF-8) is read through `/proc/self/fd/N`; an upload held in a
        /// `MemoryFile` (the web front end). nil: the URL's last component.
        public var fileNames: [String?]

        public init(documentID: String, files: [URL], details: AttachmentRequest = AttachmentRequest(), fileNames: [String?] = []) {
            self.documentID = documentID
            self.files = files
            self.details = details
            self.fileNames = fileNames
        }
    }

    /// One file stored.
    public struct Attached: Sendable {
        /// Its position in the request.
        public let index: Int
        /// How output names it: its position, never its name.
        public let label: String
        public let stored: AttachmentStore.Stored
    }

    /// What a front end shows while files are attached.
    public enum Event: Sendable {
        /// File `index`: a step ("hashing", "encrypting"), bytes done of its size.
        case streaming(index: Int, step: String, done: Int64, total: Int64)
        /// File `index` is stored (before the next one starts).
        case attached(Attached)
    }

    /// How errors and output name file `index` of `count`: its position, never its name.
    public static func label(_ index: Int, of count: Int) -> String {
        count == 1 ? "the file" : "file \(index + 1) of \(count)"
    }

    /// Checks every source before anything is stored (and before a front end
    /// asks for a passphrase): each must exist and be a regular file. With
    /// `wipe`, none may be a symbolic link (the link would be opened, the
    /// file stored and the wipe then refused: half done, attacker round 3,
    /// F9) and none may be given twice (the first wipe removes the second).
    /// Given the vault's folder, none may lie inside it, links resolved:
    /// `--wipe` zero-filled and unlinked live objects and key files (F14).
    public static func checkSources(_ files: [URL], wipe: Bool = false, vault: VaultPaths? = nil) throws {
        var seen: Set<[UInt64]> = []
        let root = vault.map { OutputTarget.realPath($0.root.standardizedFileURL.path) }
        for (index, file) in files.enumerated() {
            let label = label(index, of: files.count)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else {
                throw StorageError(operation: "read", path: label, code: ENOENT)
            }
            if isFolder.boolValue { throw VaultError.invalidArgument("\(label) is not a regular file") }
            var info = stat()
            if wipe, lstat(file.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
                throw VaultError.invalidArgument("\(label) is a symbolic link: --wipe overwrites only a file named by its own path; "
                                                 + "give the path of the file it points to")
            }
            guard stat(file.path, &info) == 0 else { throw StorageError(operation: "read", path: label, code: errno) }
            if wipe, !seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted {
                throw VaultError.invalidArgument("\(label) is the same file as an earlier one: with --wipe each file may be given once")
            }
            if let root {
                let path = OutputTarget.realPath(file.standardizedFileURL.path)
                if path == root || path.hasPrefix(root + "/") {
                    throw VaultError.invalidArgument("\(label) lies inside the vault folder: its files are never attached or wiped; "
                                                     + "attach a file from outside it")
                }
            }
        }
    }

    /// Names given with the files (an upload's, or a name that is not UTF-8
    /// written with `\xHH` escapes): the last part of a Windows path a browser
    /// may send whole (`C:\\Users\\…`), one line of plain text (it is shown to
    /// other members), never empty, `.` or `..`. Errors name the file by position.
    static func checkNames(_ names: [String?], count: Int) throws -> [String?] {
        guard names.isEmpty || names.count == count else { throw VaultError.invalidArgument("give one name for each file to attach") }
        return try names.enumerated().map { index, given in
            guard let name = given else { return nil }
            let windowsPath = name.range(of: #"^([A-Za-z]:\\|\\\\)"#, options: .regularExpression) != nil
            let base = String(name.split(whereSeparator: { $0 == "/" || (windowsPath && $0 == "\\") }).last ?? "")
            guard !base.isEmpty, base != ".", base != "..", !DisplayText.hasControl(base) else {
                throw VaultError.invalidArgument("\(label(index, of: count))'s name is empty or holds a control character; rename it and attach it again")
            }
            return base
        }
    }

    /// Attaches every file of `request` in order; returns what was stored.
    /// `isCancelled` is asked before each file: a cancelled request keeps the
    /// files stored before it (each whole) and throws `CancellationError`.
    @discardableResult
    public func attach(_ request: Request, progress: (Event) -> Void = { _ in },
                       isCancelled: () -> Bool = { false }) throws -> [Attached] {
        guard !request.files.isEmpty else { throw VaultError.invalidArgument("give at least one file to attach") }
        if request.details.restricted, request.details.level != .internal {
            throw VaultError.invalidArgument("a restricted attachment stays at level internal")
        }
        try Self.checkSources(request.files, wipe: request.details.wipe, vault: vault.paths)
        let names = try Self.checkNames(request.fileNames, count: request.files.count)
        // A caption is typed by a member (or a contributor) and read by others:
        // a control character in it would drive their terminal (attacker round 3, F6).
        if let caption = request.details.caption, DisplayText.hasControl(caption) {
            throw VaultError.invalidArgument("--caption holds a control character (a newline, tab, escape sequence or bidi override); "
                                             + "give it as one line of plain text")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        // The store keeps its progress closure only while the file streams.
        return try withoutActuallyEscaping(progress) { progress in
            var attached: [Attached] = []
            for (index, file) in request.files.enumerated() {
                if isCancelled() { throw CancellationError() }
                let label = Self.label(index, of: request.files.count)
                let fileName = index < names.count ? names[index] : nil
                let stored = try AttachmentStore(vault: vault).attach(file, to: request.documentID, request: request.details,
                                                                      label: label, fileName: fileName) { step, done, total in
                    progress(.streaming(index: index, step: step, done: done, total: total))
                }
                let item = Attached(index: index, label: label, stored: stored)
                attached.append(item)
                progress(.attached(item))
            }
            return attached
        }
    }
}
