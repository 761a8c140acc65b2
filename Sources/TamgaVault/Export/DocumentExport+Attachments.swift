import Foundation
import TamgaCore
import TamgaCrypto

/// `withAttachments` (issue 17, phase 2): every document export, its
/// attachments and their manifest are prepared before anything is written;
/// then every file and its `.minisig` are written, then logged. A failure
/// anywhere removes every file this export wrote, so a refused attachment
/// never leaves a document export behind without it (or the reverse).
/// Attachments are prepared as files in one private workspace and streamed
/// from there (sealed and signed on the way), so their size costs no memory.
extension DocumentExport {
    /// One file to write with its signature.
    private struct SignedFile {
        enum Content {
            /// A document export or a manifest, made in memory and signed already.
            case bytes([UInt8], signature: String)
            /// An attachment, sealed and signed as it is written.
            case stream(from: URL, comment: String, digest: Sealing.WrittenDigest)
        }
        let target: OutputTarget
        let content: Content
    }

    func deliverWithAttachments(_ products: [ExportService.Product], to targets: [OutputTarget], service: ExportService,
                                sealing: Sealing, progress: (Event) -> Void,
                                isCancelled: () -> Bool) throws -> [Delivered] {
        let audience = sealing.request.audience
        let exporter = AttachmentExporter(vault: vault, scanner: service.context.exporter.scanner)
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        var plans: [AttachmentExporter.Plan] = []
        for product in products {
            try Self.check(isCancelled)
            guard let document = service.context.documents[product.documentID] else { throw VaultError.unknownDocument(id: product.documentID) }
            plans.append(try exporter.prepare(document, audience: audience, in: workspace))
            progress(.attachmentsPrepared(done: plans.count, total: products.count))
        }
        var files: [SignedFile] = []
        var logs: [() throws -> Void] = []
        for (index, (product, target)) in zip(products, targets).enumerated() {
            let bytes = try sealing.seal(product.bytes)
            files.append(SignedFile(target: target, content: .bytes(bytes, signature: try sealing.sign(
                bytes, comment: sealing.comment(product.documentID, sealing.request.format.rawValue)))))
            logs.append { try service.log(product, audience: audience, format: sealing.request.format, written: bytes) }
            guard case .file(let url) = target.destination else { continue }
            let folder = url.deletingLastPathComponent()
            let plan = plans[index]
            for prepared in plan.items {
                let attachmentTarget = OutputTarget(destination: .file(folder.appendingPathComponent(prepared.fileName + sealing.suffix)))
                let digest = Sealing.WrittenDigest()
                files.append(SignedFile(target: attachmentTarget, content: .stream(
                    from: prepared.file, comment: sealing.comment(product.documentID, "attachment") + " file:\(prepared.fileName)", digest: digest)))
                logs.append {
                    try exporter.log(prepared, document: product.documentID, revision: product.revision, audience: audience, writtenSHA256: digest.hex)
                }
            }
            if !plan.items.isEmpty {
                let manifestName = AttachmentManifest.fileName(document: product.documentID, audience: audience)
                let manifest = try sealing.seal(try AttachmentManifest(document: product.documentID, audience: audience, prepared: plan.items).encoded())
                files.append(SignedFile(target: OutputTarget(destination: .file(folder.appendingPathComponent(manifestName + sealing.suffix))),
                                        content: .bytes(manifest, signature: try sealing.sign(manifest, comment: sealing.comment(product.documentID, "manifest")))))
            }
        }
        for file in files where !targets.contains(where: { $0.path == file.target.path }) {
            try file.target.check(vault: vault.paths, force: sealing.request.force)
            try file.target.signature?.check(vault: vault.paths, force: sealing.request.force)
        }
        try Self.check(isCancelled)
        try write(files, logs: logs, sealing: sealing)
        var delivered: [Delivered] = []
        for (product, (target, plan)) in zip(products, zip(targets, plans)) {
            let item = Delivered(documentID: product.documentID, path: target.path,
                                 withheld: product.export.projection.manifest.counts, attachments: plan)
            delivered.append(item)
            progress(.delivered(item))
        }
        return delivered
    }

    /// Every file and signature, then every log entry, under the vault's lock;
    /// on any failure the files written so far are removed.
    private func write(_ files: [SignedFile], logs: [() throws -> Void], sealing: Sealing) throws {
        let force = sealing.request.force
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        var written: [OutputTarget] = []
        do {
            for file in files {
                let text: String
                switch file.content {
                case .bytes(let bytes, let signature):
                    try file.target.write(bytes, force: force)
                    text = signature
                case .stream(let source, let comment, let digest):
                    text = try sealing.stream(source, to: file.target, comment: comment, force: force, digest: digest)
                }
                written.append(file.target)
                if let signature = file.target.signature {
                    try signature.write(Array(text.utf8), force: force)
                    written.append(signature)
                }
            }
            for log in logs { try log() }
        } catch {
            for output in written { output.discard() }
            throw error
        }
    }
}
