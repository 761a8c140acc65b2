import TamgaCrypto

/// The floor for a new passphrase. Every member's passphrase-wrapped key can
/// sit in the synced folder, so whoever hosts a copy can guess offline; the
/// weakest passphrase is the vault's weakest door (issue 14). Argon2id at
/// MODERATE makes each guess cost about half a second of one core, which
/// protects a passphrase of a few random words, not "password123".
///
/// The rules are few and stated in the message, so a monitor can meet them
/// at the first try: at least 12 characters; at least 5 different ones;
/// not one short piece repeated ("abcabcabcabc"); not a well-known password.
public enum PassphrasePolicy {
    public static let minimumCharacters = 12
    public static let minimumDistinct = 5

    /// Why the passphrase is refused, or nil. Never echoes the passphrase.
    public static func problem(with passphrase: SecretBytes) -> String? {
        let text = passphrase.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        let characters = Array(text)
        if characters.count < minimumCharacters { return "it is shorter than \(minimumCharacters) characters" }
        if Set(characters.map { $0.lowercased() }).count < minimumDistinct {
            return "it has fewer than \(minimumDistinct) different characters"
        }
        for period in 1...(characters.count / 2) where characters.count % period == 0 {
            let piece = characters[0..<period]
            if stride(from: period, to: characters.count, by: period).allSatisfy({ characters[$0..<($0 + period)] == piece }) {
                return "it repeats one short piece"
            }
        }
        let folded = text.lowercased().filter { !$0.isWhitespace }
        if wellKnown.contains(where: { folded.hasPrefix($0) }) { return "it starts with a well-known password" }
        return nil
    }

    /// Passwords at the top of every leaked list, folded (lowercase, no spaces):
    /// a passphrase that merely starts with one is refused too.
    static let wellKnown = ["password", "passw0rd", "qwerty", "123456", "1234567", "12345678", "111111", "abc123", "iloveyou",
                            "letmein", "welcome", "admin", "monkey", "dragon", "123123", "654321", "qwertyuiop", "asdfgh",
                            "zxcvbn", "йцукен", "пароль"]
}
