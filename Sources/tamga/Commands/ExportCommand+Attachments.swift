import Foundation
import TamgaCore
import TamgaCrypto
import TamgaVault

/// `tamga export --with-attachments` (issue 17, phase 2): every document
/// export, its attachments and their manifest are prepared before anything
/// is written; then every file and its `.minisig` are written, then logged.
/// A failure anywhere removes every file this command wrote, so a refused
/// attachment never leaves a document export behind without it (or the
/// reverse).
extension ExportCommand {
    /// One file to write with its signature.
    struct SignedFile {
        let target: OutputTarget
        let bytes: [UInt8]
        let signature: String
    }

    func deliverWithAttachments(_ products: [ExportService.Product], to targets: [OutputTarget], service: ExportService,
                                vault: UnlockedVault, recipients: [any AgeRecipient], format: ExportFormat,
                                signer: MinisignSigner) throws {
        let exporter = AttachmentExporter(vault: vault, scanner: service.context.exporter.scanner)
        var plans: [AttachmentExporter.Plan] = []
        for product in products {
            guard let document = service.context.documents[product.documentID] else { throw VaultError.unknownDocument(id: product.documentID) }
            plans.append(try exporter.prepare(document, audience: audience))
        }
        let sealedSuffix = recipients.isEmpty ? "" : ".age"
        func seal(_ bytes: [UInt8]) throws -> [UInt8] {
            recipients.isEmpty ? bytes : try AgeWriter.encrypt(bytes, to: recipients, armored: armor)
        }
        func comment(_ documentID: String, _ kind: String) -> String {
            "tamga export document:\(documentID) audience:\(audience.rawValue) format:\(kind) "
                + "time:\(Timestamp.now()) vault:\(vault.vaultID) policy:\(service.context.policy.hash)"
        }
        var files: [SignedFile] = []
        var logs: [() throws -> Void] = []
        for (index, (product, target)) in zip(products, targets).enumerated() {
            let bytes = try seal(product.bytes)
            files.append(SignedFile(target: target, bytes: bytes, signature: try signer.sign(bytes, trustedComment: comment(product.documentID, format.rawValue)).text))
            logs.append { try service.log(product, audience: audience, format: format, written: bytes) }
            guard case .file(let url) = target.destination else { continue }
            let folder = url.deletingLastPathComponent()
            let plan = plans[index]
            for prepared in plan.items {
                let sealed = try seal(prepared.bytes)
                let attachmentTarget = OutputTarget(destination: .file(folder.appendingPathComponent(prepared.fileName + sealedSuffix)))
                let signature = try signer.sign(sealed, trustedComment: comment(product.documentID, "attachment") + " file:\(prepared.fileName)")
                files.append(SignedFile(target: attachmentTarget, bytes: sealed, signature: signature.text))
                logs.append { try exporter.log(prepared, document: product.documentID, revision: product.revision, audience: audience, written: sealed) }
            }
            if !plan.items.isEmpty {
                let manifestName = AttachmentManifest.fileName(document: product.documentID, audience: audience)
                let manifest = try seal(try AttachmentManifest(document: product.documentID, audience: audience, prepared: plan.items).encoded())
                files.append(SignedFile(target: OutputTarget(destination: .file(folder.appendingPathComponent(manifestName + sealedSuffix))),
                                        bytes: manifest, signature: try signer.sign(manifest, trustedComment: comment(product.documentID, "manifest")).text))
            }
        }
        for file in files where !targets.contains(where: { $0.path == file.target.path }) {
            try file.target.check(vault: options.paths, force: force)
            try file.target.signature?.check(vault: options.paths, force: force)
        }
        let lock = try VaultLock(vault: options.paths.root)
        var written: [OutputTarget] = []
        do {
            for file in files {
                try file.target.write(file.bytes, force: force)
                written.append(file.target)
                if let signature = file.target.signature {
                    try signature.write(Array(file.signature.utf8), force: force)
                    written.append(signature)
                }
            }
            for log in logs { try log() }
        } catch {
            for output in written { output.discard() }
            throw error
        }
        withExtendedLifetime(lock) {}
        for (product, (target, plan)) in zip(products, zip(targets, plans)) {
            Terminal.writeStandardError("exported \(product.documentID) for \(audience.rawValue) to \(target.path)\n")
            let manifest = product.export.projection.manifest.counts
            if !manifest.isEmpty {
                Terminal.writeStandardError("  withheld: " + manifest.map { "\($0.count) \($0.rule)/\($0.category)" }.joined(separator: ", ") + "\n")
            }
            var line = "  attachments: \(plan.items.count) written"
            if plan.items.contains(where: \.redacted) { line += " (\(plan.items.filter(\.redacted).count) with regions blacked out)" }
            if plan.withheldForLevel > 0 { line += ", \(plan.withheldForLevel) withheld (level above \(audience.rawValue))" }
            if plan.withheldForConsent > 0 { line += ", \(plan.withheldForConsent) withheld (no consent for \(audience.rawValue))" }
            if plan.withheldRestricted > 0 { line += ", \(plan.withheldRestricted) withheld (restricted)" }
            Terminal.writeStandardError(line + "\n")
        }
    }
}
