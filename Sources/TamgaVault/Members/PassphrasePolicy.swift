import TamgaCrypto

/// The floor for a new passphrase. Every member's passphrase-wrapped key can
/// sit in the synced folder, so whoever hosts a copy can guess offline; the
/// weakest passphrase is the vault's weakest door (issue 14). Argon2id at
/// MODERATE makes each guess cost about half a second of one core, which
/// protects a passphrase of a few random words, not "password123".
///
/// The rules are few and stated in the message, so a monitor can meet them
/// at the first try: at least 12 characters; at least 5 different ones;
/// not one short piece repeated ("abcabcabcabc", "abcdeabcdeab"); not mostly
/// a run along the keyboard or the alphabet ("qwertyuiopasdf", "1234567890ab");
/// not a well-known password with little added ("Password123456"). A phrase
/// that merely begins with a common word ("dragon boat festival") passes:
/// only what is added to the well-known password is counted.
///
/// This is a floor against the guesses every cracker tries first, not an
/// entropy estimate; the hint asks for four or five random words.
public enum PassphrasePolicy {
    public static let minimumCharacters = 12
    public static let minimumDistinct = 5
    /// What must follow a well-known password (spaces not counted) for the
    /// whole to count as more than that password.
    public static let minimumAddedToWellKnown = 8

    /// Why the passphrase is refused, or nil. Never echoes the passphrase.
    public static func problem(with passphrase: SecretBytes) -> String? {
        let text = passphrase.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        let characters = Array(text)
        if characters.count < minimumCharacters { return "it is shorter than \(minimumCharacters) characters" }
        if Set(characters.map { $0.lowercased() }).count < minimumDistinct {
            return "it has fewer than \(minimumDistinct) different characters"
        }
        if repeatsOnePiece(characters) { return "it repeats one short piece" }
        let folded = Array(text.lowercased().filter { !$0.isWhitespace })
        if isMostlyARun(folded) { return "it is mostly a run of neighbouring keys or letters" }
        let known = wellKnown.filter { folded.starts(with: $0) }.map(\.count).max()
        if let known, folded.count - known < minimumAddedToWellKnown {
            return "it is a well-known password with fewer than \(minimumAddedToWellKnown) characters added"
        }
        return nil
    }

    /// Whether the text is one piece of at most half its length (rounded up) said over
    /// and over, the last time possibly cut short.
    static func repeatsOnePiece(_ characters: [Character]) -> Bool {
        (1...((characters.count + 1) / 2)).contains { period in
            (period..<characters.count).allSatisfy { characters[$0] == characters[$0 - period] }
        }
    }

    /// Whether at least three quarters of the steps from one character to the
    /// next go to a neighbour on a keyboard row or in an alphabet (either way).
    static func isMostlyARun(_ folded: [Character]) -> Bool {
        guard folded.count > 1 else { return false }
        let steps = zip(folded, folded.dropFirst()).filter { pair in
            runs.contains { run in
                guard let index = run.firstIndex(of: pair.0) else { return false }
                return (index > 0 && run[index - 1] == pair.1) || (index + 1 < run.count && run[index + 1] == pair.1)
            }
        }.count
        return steps * 4 >= (folded.count - 1) * 3
    }

    /// Keyboard rows (Latin QWERTY and Russian ЙЦУКЕН, which Kyrgyz layouts
    /// share) and alphabets, each read as one line.
    static let runs: [[Character]] = [
        "1234567890", "qwertyuiopasdfghjklzxcvbnm", "abcdefghijklmnopqrstuvwxyz",
        "йцукенгшщзхъфывапролджэячсмитьбю", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ].map { Array($0) }

    /// Passwords at the top of every leaked list, folded (lowercase, no spaces).
    static let wellKnown: [[Character]] = [
        "password", "passw0rd", "qwerty", "123456", "1234567", "12345678", "111111", "000000", "abc123", "iloveyou",
        "letmein", "welcome", "admin", "monkey", "dragon", "123123", "654321", "qwertyuiop", "asdfgh", "zxcvbn",
        "1q2w3e4r", "zaq12wsx", "trustno1", "sunshine", "princess", "football", "baseball", "superman", "master",
        "shadow", "йцукен", "пароль",
    ].map { Array($0) }
}
