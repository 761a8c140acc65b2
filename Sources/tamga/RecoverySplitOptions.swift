import ArgumentParser
import TamgaVault

/// How the recovery key is split (`init`, `recovery reshare`): one place for
/// the defaults (3 of 5) and the check, which runs before any passphrase is
/// asked for, so a refused count costs nothing.
struct RecoverySplitOptions: ParsableArguments {
    @Option(help: "How many recovery shares are needed to recover.")
    var threshold: Int = 3

    @Option(help: "How many recovery shares to make.")
    var shares: Int = 5

    func validateCounts() throws {
        try RecoveryShares.validate(threshold: threshold, shares: shares)
    }
}
