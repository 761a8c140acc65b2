import Foundation
import TamgaCore

/// Writing the annual summary, the one way `tamga summary` does it (and,
/// later, the web front end's statistics page: issue 20, one use case per
/// action): made by a holder of the export key from the public (or State)
/// parts of the year's visit reports, leak-scanned against every report it
/// draws on, then signed, written and logged as a disclosure like any export.
public struct AnnualSummaryExport: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public struct Request: Sendable {
        public var year: Int
        public var audience: Audience
        public var format: SummaryFormat
        /// Its words' language; nil: the one most of its visit reports are in.
        public var language: DocumentLanguage?
        /// As `-o` reads: nil (the default name here), `-` (standard output), a folder or a file.
        public var output: String?
        public var force: Bool
        /// When the leak scan refuses, hear the source text found (members cleared internal only).
        public var explain: Bool

        public init(year: Int, audience: Audience, format: SummaryFormat, language: DocumentLanguage? = nil,
                    output: String? = nil, force: Bool = false, explain: Bool = false) {
            self.year = year
            self.audience = audience
            self.format = format
            self.language = language
            self.output = output
            self.force = force
            self.explain = explain
        }
    }

    public struct Result: Sendable {
        /// Where it went (a path, or "(standard output)").
        public let path: String
        /// The visit reports it draws on.
        public let reports: [String]
    }

    /// `explanation` hears `explain`'s lines; `unsigned` that it went to standard output without a signature.
    public func write(_ request: Request, explanation: (String) -> Void = { _ in },
                      unsigned: () -> Void = {}) throws -> Result {
        let key = try vault.requireExportSigning()
        let service = try StatisticsService(vault: vault)
        let (text, reports) = try LeakExplanation.run(explain: request.explain, vault: vault, hear: explanation) {
            try service.summary(year: request.year, for: request.audience, as: request.format, language: request.language)
        }
        let output = SignedOutput(vault: vault, key: key, scanner: service.context.exporter.scanner, audience: request.audience)
        let comment = "tamga summary year:\(request.year) audience:\(request.audience.rawValue) time:\(Timestamp.now()) "
            + "vault:\(vault.vaultID) policy:\(service.context.policy.hash)"
        let path = try output.deliver(
            text, output: request.output, defaultName: "summary-\(request.year).\(request.audience.rawValue).\(request.format.fileExtension)",
            force: request.force, comment: comment,
            entry: { bytes in
                LogAction(action: "export", document: "summary \(request.year)", audience: request.audience.rawValue,
                          format: request.format.rawValue, hash: SHA256Hex.of(bytes), note: "reports: " + reports.joined(separator: ", "))
            }, unsigned: unsigned)
        return Result(path: path, reports: reports)
    }
}
