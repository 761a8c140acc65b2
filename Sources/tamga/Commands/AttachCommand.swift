import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension Level: ExpressibleByArgument {}

/// `tamga attach ID FILE...`: evidence files (photos, scans, medical records,
/// recordings) of any size, streamed, with the facts a monitor must keep
/// about them (issue 17). The original file name is confidential: it is kept
/// only inside the encryption, so this command names files by position.
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Attach evidence files of any size to a document, encrypted.",
        discussion: """
        Each file is streamed in 64 KiB chunks (constant memory) and stored
        under internal's key, whatever --level says: --level (internal by
        default) is the lowest audience exports may give it to. The State and
        the public get what an export makes of it (regions blacked out,
        metadata stripped, consent checked), never the original. The SHA-256 of the original is
        printed and recorded in the signed log (chain of custody): compare it
        with `sha256sum FILE`. The file's name is stored encrypted only; it
        appears in no path, log entry or error message.

        --depicts takes person ids declared in the document's front matter;
        --consent records to which audiences those persons agreed the file
        may go. Both are kept, encrypted, with the file. --restricted marks
        an intimate image (the Istanbul Protocol asks for restricted viewing):
        it stays internal, no export writes it, and only you and each
        --viewer (members cleared internal) can open it: it is sealed to a
        key of its own, granted to those members' keys alone.

        --wipe removes each source after its stored copy was read back and
        matched: the file is overwritten with zeros, flushed and unlinked.
        Limits: on an SSD, a memory card or a phone the old data can survive
        in blocks the drive set aside; journaling and copy-on-write file
        systems (ext4 with data journaling, btrfs, ZFS, APFS) and snapshots
        may keep older copies; backups, cloud sync and thumbnails made earlier
        are untouched; another hard link to the same file keeps its name (it
        then holds zeros). Use full-disk encryption, and attach from the
        camera or phone as early as you can.

        EXAMPLES:
          tamga attach INT-2014-044 photo-forearm.jpg --depicts D-0042 --consent state
          tamga attach INT-2014-044 scan-1.jpg scan-2.jpg --caption "Register" --wipe
          tamga attach VR-2014-017 floor-plan.pdf --level state
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    @Argument(help: "The files to attach.")
    var files: [String]

    @Option(help: "The lowest audience exports may give the attachments to: internal, state or public.")
    var level: Level = .internal

    @Option(parsing: .upToNextOption, help: "Ids of the persons the files depict (from the document's front matter).")
    var depicts: [String] = []

    @Option(parsing: .upToNextOption, help: "Audiences the depicted persons consented to.")
    var consent: [ConsentAudience] = []

    @Option(help: "A short description of the files.")
    var caption: String?

    @Flag(help: "An intimate image (restricted viewing): kept internal and never written by an export.")
    var restricted = false

    @Option(name: .customLong("viewer"), help: ArgumentHelp("With --restricted: a member cleared internal who may open it besides you (repeat for more).",
                                                            valueName: "member"))
    var viewers: [String] = []

    @Flag(help: "Overwrite with zeros and remove each source once stored and verified (see the limits above).")
    var wipe = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one file to attach") }
        if restricted, level != .internal { throw ValidationError("a --restricted attachment stays at level internal") }
        if !viewers.isEmpty, !restricted { throw ValidationError("--viewer names who may open a --restricted attachment: add --restricted") }
    }

    func run() throws {
        let sources = files.map(RawPathArgument.resolve)
        let urls = sources.map(\.url)
        if wipe, let index = sources.firstIndex(where: { $0.fileName != nil }) {
            throw VaultError.invalidArgument("--wipe removes a file by its name, and the name of file \(index + 1) is not UTF-8 "
                                  + "(a name from a Windows archive?): rename it first (for example with convmv), or attach without --wipe")
        }
        // Every source is checked before the passphrase is asked for; errors name files by position only.
        try EvidenceAttachment.checkSources(urls, wipe: wipe)
        let vault = try options.unlock()
        let details = AttachmentRequest(level: level, depicts: depicts, consent: consent.map(\.rawValue), caption: caption, wipe: wipe,
                                        restricted: restricted, viewers: viewers)
        let names = sources.map(\.fileName)
        try EvidenceAttachment(vault: vault).attach(.init(documentID: id, files: urls, details: details, fileNames: names)) { event in
            switch event {
            case .streaming(let index, let step, let done, let total):
                // Only on the member's own terminal, never in output a script keeps: the name they typed.
                Terminal.progress("\(step) \(DisplayText.escaped(names[index] ?? urls[index].lastPathComponent))", done: done, total: total)
            case .attached(let item):
                report(item)
            }
        }
    }

    private func report(_ item: EvidenceAttachment.Attached) {
        let stored = item.stored
        print("attached \(item.label) to \(id) at level \(level.rawValue) as \(stored.object.prefix(AttachmentCatalog.referenceLength))")
        print("  sha256 \(stored.sha256)  (\(stored.size) bytes)")
        if stored.wiped {
            print("  source overwritten with zeros and removed (see `tamga attach --help` for what this cannot reach)")
            if stored.otherLinks > 0 {
                Terminal.printWarning("\(item.label) had \(stored.otherLinks) other hard link(s): they remain, holding zeros")
            }
        }
    }
}
