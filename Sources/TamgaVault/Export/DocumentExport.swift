import Foundation
import TamgaCore
import TamgaCrypto

/// Exporting documents for an audience, the one way `tamga export` does it
/// (and, later, the web front end: issue 20 asks for one use case per action,
/// so that no front end holds a rule of its own).
///
/// The rules, in order: the exports are made by a member who holds the
/// export signing key; without recipients given, the audience's recipients
/// in the policy in force seal it; an unsealed export is not named as an age
/// file; every document is projected afresh and leak-scanned before anything
/// is written (one refusal writes nothing), and so is each output's path (a
/// file named after a detainee is a disclosure); every file is sealed, then
/// signed (the signature covers what leaves), then delivered with its
/// `.minisig` and its disclosure log entry as one unit.
public struct DocumentExport: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// What to export, for whom, and where.
    public struct Request: Sendable {
        public var ids: [String]
        public var audience: Audience
        public var format: ExportFormat
        /// Seal to these; empty means the audience's recipients in the policy, if it lists any.
        public var recipients: [any AgeRecipient]
        /// ASCII-armor the age files.
        public var armor: Bool
        /// Where to write, as `-o` reads: nil (the default name here), `-` (standard
        /// output), a folder, or a file.
        public var output: String?
        /// Overwrite existing files.
        public var force: Bool
        /// When the leak scan refuses, hear the source text found at each place
        /// (only a member cleared internal does).
        public var explain: Bool
        /// Also write the attachments the audience may receive, and their manifest.
        public var withAttachments: Bool

        public init(ids: [String], audience: Audience, format: ExportFormat, recipients: [any AgeRecipient] = [],
                    armor: Bool = false, output: String? = nil, force: Bool = false, explain: Bool = false,
                    withAttachments: Bool = false) {
            self.ids = ids
            self.audience = audience
            self.format = format
            self.recipients = recipients
            self.armor = armor
            self.output = output
            self.force = force
            self.explain = explain
            self.withAttachments = withAttachments
        }
    }

    /// One document delivered.
    public struct Delivered: Sendable {
        public let documentID: String
        /// Where it went (a path, or "(standard output)").
        public let path: String
        /// What the projection withheld, by rule and category (counts only, never text).
        public let withheld: [WithheldManifest.Count]
        /// With attachments: what went and what was withheld.
        public let attachments: AttachmentExporter.Plan?
    }

    /// What a front end tells its user while the export runs.
    public enum Event: Sendable {
        /// No recipients were given; the policy lists `count` for the audience, and they seal it.
        case sealingToPolicyRecipients(count: Int, audience: Audience)
        /// `explain` was asked for and the leak scan refused: one line to show.
        case explanation(String)
        /// An output went to standard output, which carries no signature.
        case unsignedStandardOutput
        /// Attachments of `done` documents of `total` prepared (the long step).
        case attachmentsPrepared(done: Int, total: Int)
        /// One document written, signed and logged.
        case delivered(Delivered)
    }

    /// Parses one `--recipient` (`age1…`), with the message a person sees when it is not one.
    public static func recipient(parsing text: String) throws -> any AgeRecipient {
        do { return try AgeX25519Recipient(parsing: text) } catch {
            throw VaultError.invalidArgument("--recipient \(text) is not an age X25519 recipient (age1…)")
        }
    }

    /// Exports, delivers and logs every document of `request`; returns what
    /// was delivered, in order. `isCancelled` is asked before each long step
    /// and never once writing has begun (a cancelled export writes nothing):
    /// it throws `CancellationError`.
    @discardableResult
    public func run(_ request: Request, progress: (Event) -> Void = { _ in },
                    isCancelled: () -> Bool = { false }) throws -> [Delivered] {
        let service = try ExportService(vault: vault, documents: request.ids)
        let recipients = try chooseRecipients(request, policy: service.context.policy.policy, progress: progress)
        // The policy's recipients are known only now: an unsealed export must not be named as an age file.
        if recipients.isEmpty, request.ids.count == 1, OutputTarget.fileExtension(of: request.output) == "age" {
            throw VaultError.invalidArgument("-o \(request.output!) names an age file, but the export is not sealed; give --recipient age1…")
        }
        let products = try LeakExplanation.run(explain: request.explain, vault: vault, hear: { progress(.explanation($0)) }) {
            try request.ids.flatMap { id in
                try Self.check(isCancelled)
                return try service.export([id], for: request.audience, as: request.format)
            }
        }
        let sealedSuffix = recipients.isEmpty ? "" : ".age"
        let targets = try products.map { product in
            try OutputTarget.resolve(request.output, defaultName: product.export.fileName + sealedSuffix, manyOutputs: products.count > 1)
        }
        if request.withAttachments, targets.contains(where: { $0.destination == .standardOutput }) {
            throw VaultError.invalidArgument("--with-attachments writes files: give a folder or file with -o, not standard output")
        }
        for (product, target) in zip(products, targets) {
            try target.check(vault: vault.paths, force: request.force)
            try target.signature?.check(vault: vault.paths, force: request.force)
            // The path is written for the audience too: a file named after a detainee is a disclosure.
            try service.context.exporter.scanner.scanPath(target.path, document: service.context.documents[product.documentID],
                                                          audience: request.audience)
        }
        let sealing = Sealing(vault: vault, request: request, recipients: recipients, policyHash: service.context.policy.hash,
                              signer: try MinisignSigner(keyPair: try vault.requireExportSigning()))
        if request.withAttachments {
            return try deliverWithAttachments(products, to: targets, service: service, sealing: sealing,
                                              progress: progress, isCancelled: isCancelled)
        }
        try Self.check(isCancelled)
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        var delivered: [Delivered] = []
        for (product, target) in zip(products, targets) {
            let bytes = try sealing.seal(product.bytes)
            let signature = try sealing.sign(bytes, comment: sealing.comment(product.documentID, request.format.rawValue))
            try SignedDelivery.deliver(bytes, signature: signature, to: target, force: request.force,
                                       unsigned: { progress(.unsignedStandardOutput) }) {
                try service.log(product, audience: request.audience, format: request.format, written: bytes)
            }
            let item = Delivered(documentID: product.documentID, path: target.path,
                                 withheld: product.export.projection.manifest.counts, attachments: nil)
            delivered.append(item)
            progress(.delivered(item))
        }
        return delivered
    }

    /// The recipients given, else those the policy lists for the audience.
    private func chooseRecipients(_ request: Request, policy: Policy,
                                  progress: (Event) -> Void) throws -> [any AgeRecipient] {
        guard request.recipients.isEmpty, let listed = policy.audiences[request.audience]?.recipients, !listed.isEmpty else {
            return request.recipients
        }
        let parsed: [any AgeRecipient] = try listed.map { text in
            do { return try AgeX25519Recipient(parsing: text) } catch {
                throw VaultError.invalidArgument("the policy lists \(text) as a recipient of \(request.audience.rawValue), which is not an age X25519 recipient")
            }
        }
        progress(.sealingToPolicyRecipients(count: listed.count, audience: request.audience))
        return parsed
    }

    static func check(_ isCancelled: () -> Bool) throws {
        if isCancelled() { throw CancellationError() }
    }
}
