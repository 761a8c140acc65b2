import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension Audience: ExpressibleByArgument {}

extension ExportFormat: ExpressibleByArgument {}

/// `tamga export ID... --audience A --format F`: the redacted version for an audience.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents redacted for an audience.",
        discussion: """
        Each document is projected afresh for the audience (withheld parts
        become markers, names become pseudonyms unless the policy and the
        person's consent allow them), rendered, and scanned again for any
        protected name, sensitive string, identifier or withheld text. Any hit
        stops the command with the rule and the source line, and nothing is
        written. Every export is logged (see `tamga disclosures`). Exports are
        made by members cleared internal, who can read the person registry.

        EXAMPLES:
          tamga export VR-2014-017 --audience state --format html -o VR-2014-017.state.html
          tamga export VR-2014-017 VR-2014-021 --audience public -o exports/
          tamga export VR-2014-017 --audience state -o -      (print it: asked for explicitly)
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "Document ids.")
    var ids: [String]

    @Option(help: "internal, state or public.")
    var audience: Audience

    @Option(help: "md, html or json.")
    var format: ExportFormat = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, folder (for several ids), or - for standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "Overwrite existing output files.")
    var force = false

    func validate() throws {
        guard !ids.isEmpty else { throw ValidationError("give at least one document id") }
    }

    func run() throws {
        let vault = try options.unlock()
        let service = try ExportService(vault: vault)
        let products = try service.export(ids, for: audience, as: format)
        let targets = try products.map { product in
            try OutputTarget.resolve(output, defaultName: product.export.fileName, manyOutputs: products.count > 1)
        }
        for target in targets { try target.check(vault: options.paths, force: force) }
        let lock = try VaultLock(vault: options.paths.root)
        for (product, target) in zip(products, targets) {
            try target.write(product.bytes, force: force)
            try service.log(product, audience: audience, format: format)
            Terminal.writeStandardError("exported \(product.documentID) for \(audience.rawValue) to \(target.path)\n")
            let manifest = product.export.projection.manifest.counts
            if !manifest.isEmpty {
                Terminal.writeStandardError("  withheld: " + manifest.map { "\($0.count) \($0.rule)/\($0.category)" }.joined(separator: ", ") + "\n")
            }
        }
        withExtendedLifetime(lock) {}
    }
}
