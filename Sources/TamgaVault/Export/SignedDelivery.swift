import Foundation

/// Writes one signed output (an export, a summary, a follow-up report) and
/// logs it as a disclosure, as one unit, so every command that lets text
/// leave the vault keeps the same promise: "every export has a .minisig".
///
/// To a file: the file, its signature and the log entry, or nothing; when
/// the disk fills after the file, the file alone must not stay (unsigned,
/// unlogged, and in the way of running the command again). To standard
/// output, printed bytes cannot be taken back, so the disclosure is logged
/// first: a log failure prints nothing, and a failed print leaves an entry
/// for an export that may not have arrived whole. Logging too much is the
/// safe direction for a disclosure log; logging too little is not.
public enum SignedDelivery {
    /// `unsigned` hears that the output went to standard output without a
    /// signature (a front end tells its user so).
    public static func deliver(_ bytes: [UInt8], signature: String, to target: OutputTarget,
                               force: Bool, unsigned: () -> Void, log: () throws -> Void) throws {
        guard let signatureTarget = target.signature else {
            try log()
            try target.write(bytes, force: force)
            unsigned()
            return
        }
        var written: [OutputTarget] = []
        do {
            try target.write(bytes, force: force)
            written.append(target)
            try signatureTarget.write(Array(signature.utf8), force: force)
            written.append(signatureTarget)
            try log()
        } catch {
            for output in written { output.discard() }
            throw error
        }
    }
}
