import Foundation
import TamgaCore
import TamgaCrypto

/// `withAttachments` (issue 17, phase 2): every document export, its
/// attachments and their manifest are prepared before anything is written;
/// then every file and its `.minisig` are written into a staging folder,
/// logged, and only then moved into place. A failure anywhere removes every
/// file this export wrote, so a refused attachment never leaves a document
/// export behind without it (or the reverse), and an interruption leaves
/// nothing in the output folder that the ledger does not record.
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
        // A forced re-export leaves exactly its own set: what the earlier one listed and this one does not write goes (F15).
        var stale: [URL] = []
        if sealing.request.force {
            let writing = Set(files.flatMap { [$0.target.path] + ($0.target.signature.map { [$0.path] } ?? []) })
            for (product, target) in zip(products, targets) {
                guard case .file(let url) = target.destination else { continue }
                stale += AttachmentManifest.earlierFiles(in: url.deletingLastPathComponent(), document: product.documentID, audience: audience)
                    .filter { !writing.contains($0.path) }
            }
        }
        try Self.check(isCancelled)
        try write(files, logs: logs, stale: stale, sealing: sealing)
        var delivered: [Delivered] = []
        for (product, (target, plan)) in zip(products, zip(targets, plans)) {
            let item = Delivered(documentID: product.documentID, path: target.path,
                                 withheld: product.export.projection.manifest.counts, attachments: plan)
            delivered.append(item)
            progress(.delivered(item))
        }
        return delivered
    }

    /// Every file and signature into a staging folder next to its
    /// destination (`ExportStaging`), then every log entry, then each file
    /// moved into place, then the earlier export's `stale` files removed,
    /// under the vault's lock. An interruption before the ledger holds the
    /// entries leaves nothing in the output folder (attacker round 3, F12);
    /// on any failure the files moved so far are removed too.
    private func write(_ files: [SignedFile], logs: [() throws -> Void], stale: [URL], sealing: Sealing) throws {
        let force = sealing.request.force
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        var stagings: [String: ExportStaging] = [:]
        defer { for staging in stagings.values { staging.remove() } }
        var staged: [(staging: ExportStaging, final: URL)] = []
        var published: [OutputTarget] = []
        do {
            for file in files {
                var target = file.target
                var staging: ExportStaging?
                if case .file(let url) = file.target.destination {
                    let folder = url.deletingLastPathComponent()
                    let made = try stagings[folder.path] ?? ExportStaging(in: folder)
                    stagings[folder.path] = made
                    staging = made
                    target = made.staged(url)
                }
                let text: String
                switch file.content {
                case .bytes(let bytes, let signature):
                    try target.write(bytes, force: false)
                    text = signature
                case .stream(let source, let comment, let digest):
                    text = try sealing.stream(source, to: target, comment: comment, force: false, digest: digest)
                }
                if let signature = target.signature { try signature.write(Array(text.utf8), force: false) }
                if let staging, case .file(let url) = file.target.destination {
                    staged.append((staging, url))
                    if let signature = file.target.signature, case .file(let signed) = signature.destination { staged.append((staging, signed)) }
                }
            }
            for log in logs { try log() }
            for (staging, final) in staged {
                try staging.publish(final, force: force)
                published.append(OutputTarget(destination: .file(final)))
            }
            for folder in Set(staged.map { $0.final.deletingLastPathComponent().path }) {
                try DurableFile.syncDirectory(URL(fileURLWithPath: folder))
            }
        } catch {
            for output in published { output.discard() }
            throw error
        }
        for file in stale { try? DurableFile.remove(file) }
    }
}
