import Foundation
import TamgaCore
#if canImport(Glibc)
import Glibc
#endif

/// A file-system operation on the vault failed. It names the operation, the
/// path and the system's reason; it never carries file contents.
public struct StorageError: UserFacingError, Equatable, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let code: Int32

    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var failureClass: FailureClass { code == ENOENT ? .missingInput : .refused }

    public var message: String {
        "cannot \(operation) \(path): \(String(cString: strerror(code)))"
    }

    public var hint: String? {
        switch code {
        case ENOSPC: "free some disk space and run the command again; nothing was half-written"
        case EACCES, EPERM: "check the owner and permissions of the vault folder"
        case ELOOP: "the vault contains a symbolic link where a file belongs; run `tamga check`"
        case ENOENT: "check the path"
        default: nil
        }
    }

    public var description: String { message }
}
