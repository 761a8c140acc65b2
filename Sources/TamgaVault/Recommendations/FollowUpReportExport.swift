import Foundation
import TamgaCore

/// Writing the follow-up report for one addressee, the one way `tamga rec
/// report` does it (and, later, the web front end's follow-up dashboard:
/// issue 20, one use case per action): the recommendations the audience may
/// see, as projected for it, leak-scanned against every source report, then
/// signed, written and logged as a disclosure like any export.
public struct FollowUpReportExport: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public struct Request: Sendable {
        /// As in the recommendations' `to="..."`.
        public var addressee: String
        public var audience: Audience
        /// Markdown or HTML (the report has no JSON form).
        public var format: ExportFormat
        /// Its words' language; nil: the one most of its recommendations' reports are in.
        public var language: DocumentLanguage?
        /// As `-o` reads: nil (the default name here), `-` (standard output), or a file.
        public var output: String?
        public var force: Bool

        public init(addressee: String, audience: Audience, format: ExportFormat, language: DocumentLanguage? = nil,
                    output: String? = nil, force: Bool = false) {
            self.addressee = addressee
            self.audience = audience
            self.format = format
            self.language = language
            self.output = output
            self.force = force
        }
    }

    /// Writes the report; returns where it went. `unsigned` hears that it went to standard output without a signature.
    public func write(_ request: Request, unsigned: () -> Void = {}) throws -> String {
        guard request.format != .json else { throw VaultError.invalidArgument("the follow-up report is written as md or html, not json") }
        let key = try vault.requireExportSigning()
        let desk = try RecommendationDesk(vault: vault)
        let (text, reports) = try desk.followUp(to: request.addressee, audience: request.audience, format: request.format,
                                                language: request.language)
        let output = SignedOutput(vault: vault, key: key, scanner: desk.context.exporter.scanner, audience: request.audience)
        // The trusted comment is one line with the addressee in double quotes.
        let addressee = request.addressee.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\"", with: "'")
        let comment = "tamga follow-up to:\"\(addressee)\" audience:\(request.audience.rawValue) format:\(request.format.rawValue) "
            + "time:\(Timestamp.now()) vault:\(vault.vaultID) policy:\(desk.context.policy.hash)"
        return try output.deliver(
            text, output: request.output, defaultName: "follow-up.\(request.audience.rawValue).\(request.format.fileExtension)",
            force: request.force, comment: comment,
            entry: { bytes in
                LogAction(action: "export", document: "follow-up: \(request.addressee)", audience: request.audience.rawValue,
                          format: request.format.rawValue, hash: SHA256Hex.of(bytes), note: "reports: " + reports.joined(separator: ", "))
            }, unsigned: unsigned)
    }
}
