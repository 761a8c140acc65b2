import Foundation
import TamgaVault

/// Runs the user's editor ($VISUAL, else $EDITOR, else vi) on a file of the
/// private workspace, for `tamga edit` and `tamga new`; vim and Neovim
/// with the options `EditorPrivacy` adds, so no history file keeps the draft. The path is passed
/// as an argument of the shell, never pasted into the command line, so a
/// path with spaces or quotes cannot run anything.
enum EditorLauncher {
    static func run(on file: URL) throws {
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // vim and Neovim are told to keep no history, swap, backup or undo file of the draft (EditorPrivacy).
        let privacy = EditorPrivacy.arguments(for: EditorPrivacy.family(of: editor))
        process.arguments = ["-c", "\(editor)\(privacy) \"$1\"", "tamga-edit", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw VaultError.editorFailed("the editor exited with status \(process.terminationStatus); nothing was stored (text kept in \(file.path))")
        }
    }
}
