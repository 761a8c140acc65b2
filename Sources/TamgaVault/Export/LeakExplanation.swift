import Foundation
import TamgaCore

/// `--explain` (issue 15): when the leak scan refuses, a member cleared
/// internal may hear the source text found at each place, having asked for
/// it. Nobody else does; the error itself never quotes it. A rule, so it
/// lives with the use cases that export, not in a front end.
public enum LeakExplanation {
    /// Runs `body`; on a leak refusal with `explain`, `hear` gets each line a
    /// front end may show (the text for a member cleared internal, else why
    /// not), then the refusal is thrown on.
    public static func run<T>(explain: Bool, vault: UnlockedVault, hear: (String) -> Void, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LeakError where explain {
            if vault.member.clearance == .internal {
                error.explanation.forEach(hear)
            } else {
                hear("only a member cleared internal may see the source text")
            }
            throw error
        }
    }
}
