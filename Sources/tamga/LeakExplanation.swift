import Foundation
import TamgaCore
import TamgaVault

/// `--explain` (issue 15): when the leak scan refuses, a member cleared
/// internal may see the source text found at each place, on standard
/// error, having asked for it. Nobody else sees it; the error itself
/// never quotes it.
enum LeakExplanation {
    static func run<T>(explain: Bool, vault: UnlockedVault, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LeakError where explain {
            if vault.member.clearance == .internal {
                for line in error.explanation { Terminal.writeStandardError("explain: " + line + "\n") }
            } else {
                Terminal.writeStandardError("explain: only a member cleared internal may see the source text\n")
            }
            throw error
        }
    }
}
