import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// "Type the id to confirm" for what cannot be undone (`destroy`, `person
/// erase`): asked on the terminal unless `--yes`; without a terminal `--yes`
/// is required, so a script never destroys by accident.
enum TypedConfirmation {
    /// `verb` and `done` say what would not be done ("destroy", "destroyed").
    static func ask(_ prompt: String, expected: String, yes: Bool, verb: String, done: String) throws {
        guard !yes else { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("standard input is not a terminal: pass --yes to \(verb) without a prompt")
        }
        Terminal.writeStandardError(prompt)
        guard readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces) == expected else {
            throw ValidationError("what was typed does not match; nothing was \(done)")
        }
    }
}
