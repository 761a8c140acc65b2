/// How `init` and `recovery reshare` show recovery shares: once, on standard
/// output only (the tool never writes a share to a file), in one format, so
/// that what the share holders are told is the same whichever made them.
enum RecoverySharesOutput {
    static func print(_ shares: [String], threshold: Int) {
        Swift.print("Recovery shares: any \(threshold) of these \(shares.count) rebuild access if every")
        Swift.print("passphrase is lost. They are shown only now; give each to a different person.")
        for (index, share) in shares.enumerated() {
            Swift.print("  \(index + 1). \(share)")
        }
    }
}
