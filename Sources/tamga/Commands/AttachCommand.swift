import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension Level: ExpressibleByArgument {}

/// `tamga attach ID FILE`: a photo, scan or recording of any size, streamed.
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Attach a file of any size to a document, encrypted.",
        discussion: """
        The file is streamed in 64 KiB chunks (constant memory) and stored at
        the level given (internal by default).

        EXAMPLES:
          tamga attach INT-2014-044 photo-forearm.jpg
          tamga attach VR-2014-017 floor-plan.pdf --level state
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    @Argument(help: "The file to attach.")
    var file: String

    @Option(help: "The level of the attachment: internal, state or public.")
    var level: Level = .internal

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw StorageError(operation: "read", path: file, code: 2)
        }
        let vault = try options.unlock()
        let lock = try VaultLock(vault: options.paths.root)
        let name = try AttachmentStore(vault: vault).attach(URL(fileURLWithPath: file), to: id, level: level) { done, total in
            Terminal.progress("encrypting \(URL(fileURLWithPath: file).lastPathComponent)", done: done, total: total)
        }
        withExtendedLifetime(lock) {}
        print("attached \(file) to \(id) at level \(level.rawValue) (object \(name.prefix(16))…)")
    }
}
