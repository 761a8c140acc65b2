import Foundation
import TamgaCrypto

/// The recovery master secret as k-of-n Shamir shares in checksummed text
/// (`tamga-share1…`, bech32), so a mistyped share fails its checksum instead
/// of silently rebuilding a wrong key. Each share carries the first 4 bytes of
/// the vault id, so a share of another vault is recognised as such.
public enum RecoveryShares {
    /// `init` and `recovery reshare` accept k of n with 2 ≤ k ≤ n ≤ 16: one
    /// share alone must never be the key, and the share format counts to 16.
    public static func validate(threshold: Int, shares: Int) throws {
        guard shares <= 16, threshold >= 2, threshold <= shares else {
            throw VaultError.invalidArgument("recovery shares must be k of n with 2 ≤ k ≤ n ≤ 16 (got \(threshold) of \(shares))")
        }
    }

    public static func split(_ master: SecretBytes, threshold: Int, shares: Int, vaultID: String) throws -> [String] {
        let tag = try Hex.decode(String(vaultID.prefix(8)))
        return try ShamirSecretSharing.split(secret: master, threshold: threshold, shares: shares, fingerprint: tag)
            .map { try $0.encoded() }
    }

    /// Rebuilds the master secret from share texts of this vault.
    public static func combine(_ texts: [String], vaultID: String) throws -> SecretBytes {
        let tag = try Hex.decode(String(vaultID.prefix(8)))
        var shares: [ShamirShare] = []
        for (index, text) in texts.enumerated() {
            let share: ShamirShare
            do { share = try ShamirShare(encoded: text.trimmingCharacters(in: .whitespaces)) } catch {
                throw VaultError.invalidShare("share \(index + 1) is not a valid tamga share (checksum or format)")
            }
            guard share.fingerprint == tag else {
                throw VaultError.invalidShare("share \(index + 1) belongs to another vault")
            }
            shares.append(share)
        }
        do { return try ShamirSecretSharing.combine(shares) } catch {
            throw VaultError.invalidShare("the shares do not fit together (\(error)); at least \(shares.first.map { Int($0.threshold) } ?? 0) different shares are needed")
        }
    }
}
