import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension AttachmentCommand {
    /// `tamga attachment redact ID NAME --rect X,Y,W,H... --audience A`:
    /// records, signed, which regions of an evidence image exports for an
    /// audience black out. The original is never altered and keeps its hash.
    struct Redact: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "redact",
            abstract: "Black out regions of an attachment image in exports for an audience.",
            discussion: """
            Records a signed redaction in the vault's log: every later export
            for the audience given (state covers state and public; public,
            public only) replaces the pixels of each rectangle with solid
            black and re-encodes the image with libvips. The original evidence
            is never altered and keeps its SHA-256. X,Y is the top-left corner
            in pixels, W,H the width and height; a rectangle outside the image
            is refused. JPEG and PNG images, and GIF, TIFF, HEIF and WebP (converted to PNG when exported); members cleared internal.

            An animation or a multi-page scan (GIF, TIFF, HEIF, WebP) is
            exported as all its frames or pages stacked top to bottom; give
            the rectangle in the pixels of one frame, as a viewer shows it:
            it is blacked out in every frame and page. Images above \(ImageBudget.standard.summary)
            are refused before they are decoded (a decompression bomb would
            fill the memory); `tamga attachment get` still returns them.

            EXAMPLES:
              tamga attachment redact INT-2014-044 3f9a --audience state \\
                --rect 120,40,200,220
              tamga attachment redact INT-2014-044 3f9a --audience public \\
                --rect 0,0,50,50 --rect 300,10,40,40
            """)

        @OptionGroup var options: VaultOptions

        @Argument(help: "The document id.")
        var id: String

        @Argument(help: "The attachment's reference (NAME in `tamga attachments`).")
        var name: String

        @Option(help: ArgumentHelp("A region to black out, in pixels; repeatable.", valueName: "X,Y,W,H"))
        var rect: [String] = []

        @Option(help: "state or public: exports for this audience and those below it apply it.")
        var audience: Audience

        func validate() throws {
            guard !rect.isEmpty else { throw ValidationError("give at least one --rect X,Y,W,H") }
            guard audience != .internal else { throw ValidationError("--audience must be state or public") }
        }

        func run() throws {
            let regions = try rect.map { try RedactionRegion(parsing: $0) }
            let vault = try options.unlock()
            let outcome = try EvidenceMarking(vault: vault).redact(name, of: id, regions: regions, audience: audience)
            let covered = audience == .state ? "state and public" : "public"
            print("recorded \(regions.count) region(s) of \(outcome.reference) to black out in exports for \(covered)")
            if outcome.frames > 1 {
                print("the image has \(outcome.frames) frames or pages: each region is blacked out in every one")
            }
            if !outcome.checked {
                Terminal.printWarning("vipsheader is not installed, so the regions were not checked against the image; the export will check them")
            }
        }
    }
}
