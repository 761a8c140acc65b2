import Foundation
import TamgaCore

extension DocumentExport {
    /// One file of an export made for a download.
    public struct DownloadFile: Sendable {
        public let name: String
        public let bytes: [UInt8]
    }

    /// Runs `request` (its `output` ignored) into a private workspace (memory
    /// when the system has `/dev/shm`) and returns the files it delivered,
    /// each export with its `.minisig`, for a front end to hand over (the web
    /// front end's download, issue 20). Every rule of `run` applies: the
    /// leak scan, sealing, signing, and the disclosure log entry; the
    /// workspace is removed before this returns.
    public func runForDownload(_ request: Request, progress: (Event) -> Void = { _ in }) throws -> [DownloadFile] {
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        var inWorkspace = request
        inWorkspace.output = workspace.url.path + "/"
        inWorkspace.withAttachments = false
        let delivered = try run(inWorkspace, progress: progress)
        return try delivered.flatMap { item -> [DownloadFile] in
            let file = URL(fileURLWithPath: item.path)
            let signature = URL(fileURLWithPath: item.path + ".minisig")
            return try [file, signature].filter { FileManager.default.fileExists(atPath: $0.path) }.map {
                DownloadFile(name: $0.lastPathComponent, bytes: try DurableFile.readAll($0))
            }
        }
    }
}
