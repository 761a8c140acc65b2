import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a command writes what it produced, with the rules that keep
/// plaintext where the user asked for it and nowhere else (age's rules):
/// files are written whole or not at all (0600, temporary name, rename),
/// never over an existing file unless `--force`, never inside the vault, and
/// `-` (standard output) only when asked for explicitly.
///
/// It lives in the vault module, not the CLI, because these are rules every
/// front end that writes an export must keep (issue 20): the export use case
/// checks and writes its targets itself.
public struct OutputTarget: Sendable {
    public enum Destination: Equatable, Sendable {
        case standardOutput
        case file(URL)
    }

    public let destination: Destination

    public init(destination: Destination) { self.destination = destination }

    /// Resolves `-o`: nil means `defaultName` in the current folder; `-` is
    /// standard output; an existing folder (or several outputs) means a file
    /// named `defaultName` inside it.
    public static func resolve(_ option: String?, defaultName: String, manyOutputs: Bool) throws -> OutputTarget {
        guard let option else { return OutputTarget(destination: .file(URL(fileURLWithPath: defaultName))) }
        if option == "-" {
            guard !manyOutputs else { throw VaultError.invalidArgument("`-o -` takes one output; give a folder for several") }
            return OutputTarget(destination: .standardOutput)
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: option, isDirectory: &isDirectory)
        if manyOutputs || (exists && isDirectory.boolValue) || option.hasSuffix("/") {
            return OutputTarget(destination: .file(URL(fileURLWithPath: option).appendingPathComponent(defaultName)))
        }
        return OutputTarget(destination: .file(URL(fileURLWithPath: option)))
    }

    /// Refuses writing into the vault folder and over existing files.
    public func check(vault: VaultPaths?, force: Bool) throws {
        guard case .file(let url) = destination else { return }
        var info = stat()
        if lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            throw VaultError.invalidArgument("\(url.path) is a symbolic link; refusing to write through it")
        }
        if let link = Self.danglingLink(above: url.standardizedFileURL.path) {
            throw VaultError.invalidArgument("\(link) is a symbolic link to a folder that does not exist; refusing to write through it")
        }
        let target = Self.realPath(url.standardizedFileURL.path)
        if let vault {
            let root = Self.realPath(vault.root.path)
            if target == root || target.hasPrefix(root + "/") {
                throw VaultError.invalidArgument("refusing to write \(url.path) inside the vault; choose a folder outside it")
            }
        }
        if !force, FileManager.default.fileExists(atPath: url.path) {
            throw VaultError.invalidArgument("\(url.path) already exists; choose another name or pass --force")
        }
    }

    /// The path with every link resolved, including in folders that exist
    /// above a file (or folders) not made yet: a symbolic link among the
    /// parents must not carry an export into the vault (issue 14).
    static func realPath(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while !existing.isEmpty, existing != "/" {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                return ([String(cString: resolved)] + rest.reversed()).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
            }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return path
    }

    /// A link among the folders above `path` that leads nowhere (yet), or nil.
    /// `realPath` cannot see where it points, and making the missing folders
    /// would follow it: into the vault, for all the comparison knows.
    static func danglingLink(above path: String) -> String? {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/" {
            var info = stat()
            // The deepest name that exists decides: a link to nothing, or something realpath resolves.
            if lstat(folder, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFLNK && stat(folder, &info) != 0 ? folder : nil }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// Writes the bytes whole (0600), creating the parent folder if needed.
    public func write(_ bytes: [UInt8], force: Bool) throws {
        switch destination {
        case .standardOutput:
            // What `print` buffered comes first; a failed write is an error, not a half-shown result.
            guard fflush(nil) == 0 else { throw StorageError(operation: "write", path: "standard output", code: errno) }
            try FileDescriptorWrite.all(bytes, to: STDOUT_FILENO, path: "standard output")
        case .file(let url):
            try DurableFile.write(bytes, to: url.deletingLastPathComponent(), name: url.lastPathComponent,
                                  replace: force, identicalIsSuccess: false)
        }
    }

    /// Removes a file this command wrote, when a later step of the same output
    /// failed. Best effort: the command is failing already and says so.
    public func discard() {
        guard case .file(let url) = destination else { return }
        try? DurableFile.remove(url)
    }

    /// Where the minisign signature of this output goes: `FILE.minisig`; none for standard output.
    public var signature: OutputTarget? {
        guard case .file(let url) = destination else { return nil }
        return OutputTarget(destination: .file(URL(fileURLWithPath: url.path + ".minisig")))
    }

    public var path: String {
        switch destination {
        case .standardOutput: "(standard output)"
        case .file(let url): url.path
        }
    }

    /// Other spellings of an extension people use.
    private static let extensionAliases = ["markdown": "md", "htm": "html"]

    /// The lowercased extension of the file `-o` names, or nil for standard
    /// output, a folder, or a name without one; `sealedSuffix` (".age") is
    /// set aside first. The format rule of the CLI and the export's check
    /// that an unsealed export is not named as an age file read it alike.
    public static func fileExtension(of output: String?, sealedSuffix: String? = nil) -> String? {
        guard var path = output, path != "-", !path.hasSuffix("/") else { return nil }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return nil }
        if let sealedSuffix, path.hasSuffix(sealedSuffix) { path.removeLast(sealedSuffix.count) }
        let found = (path as NSString).pathExtension.lowercased()
        guard !found.isEmpty else { return nil }
        return extensionAliases[found] ?? found
    }
}
