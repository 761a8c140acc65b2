import TamgaCrypto

/// The floor for a new passphrase. Every member's passphrase-wrapped key can
/// sit in the synced folder, so whoever hosts a copy can guess offline; the
/// weakest passphrase is the vault's weakest door (issue 14). Argon2id at
/// MODERATE makes each guess cost about half a second of one core, which
/// protects a passphrase of a few random words, not "password123".
///
/// The rules are few and stated in the message, so a monitor can meet them
/// at the first try: at least 12 characters (Unicode scalars: a letter typed
/// with a combining accent counts twice); at least 5 different ones;
/// not one short piece repeated ("abcabcabcabc", "abcdeabcdeab"); not mostly
/// a run along the keyboard or the alphabet ("qwertyuiopasdf", "1234567890ab");
/// not a well-known password with little added ("Password123456"). A phrase
/// that merely begins with a common word ("dragon boat festival") passes:
/// only what is added to the well-known password is counted. Case is ignored
/// throughout.
///
/// This is a floor against the guesses every cracker tries first, not an
/// entropy estimate; the hint asks for four or five random words.
public enum PassphrasePolicy {
    public static let minimumCharacters = 12
    public static let minimumDistinct = 5
    /// What must follow a well-known password (spaces not counted) for the
    /// whole to count as more than that password.
    public static let minimumAddedToWellKnown = 8

    /// Why the passphrase is refused, or nil. Never echoes the passphrase,
    /// and makes no Swift string of it: the checks run on arrays of Unicode
    /// scalar values (lowercased), zeroed before they are released, so the
    /// passphrase stays only in wiped memory (docs/DESIGN.md).
    public static func problem(with passphrase: SecretBytes) -> String? {
        var folded = passphrase.withUnsafeBytes(lowercaseScalars)
        var compact = folded.filter { Unicode.Scalar($0).map { !$0.properties.isWhitespace } ?? true }
        defer {
            for index in folded.indices { folded[index] = 0 }
            for index in compact.indices { compact[index] = 0 }
        }
        if folded.count < minimumCharacters { return "it is shorter than \(minimumCharacters) characters" }
        // Counted in place: a Set would be one more copy, not wiped.
        if folded.indices.count(where: { !folded[..<$0].contains(folded[$0]) }) < minimumDistinct { return "it has fewer than \(minimumDistinct) different characters" }
        if repeatsOnePiece(folded) { return "it repeats one short piece" }
        if isMostlyARun(compact) { return "it is mostly a run of neighbouring keys or letters" }
        let known = wellKnown.filter { compact.starts(with: $0) }.map(\.count).max()
        if let known, compact.count - known < minimumAddedToWellKnown {
            return "it is a well-known password with fewer than \(minimumAddedToWellKnown) characters added"
        }
        return nil
    }

    /// The UTF-8 text as lowercased scalar values (a byte that does not
    /// decode counts as one U+FFFD). Lowercasing goes one scalar at a time;
    /// each mapping is a small string kept inline, not on the heap.
    static func lowercaseScalars(_ raw: UnsafeRawBufferPointer) -> [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(raw.count)
        var bytes = raw.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar): values.append(scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? scalar.value)
            case .error: values.append(0xFFFD)
            case .emptyInput: return values
            }
        }
    }

    /// Whether the text is one piece of at most half its length (rounded up)
    /// said over and over, the last time possibly cut short.
    static func repeatsOnePiece(_ values: [UInt32]) -> Bool {
        (1...((values.count + 1) / 2)).contains { period in
            (period..<values.count).allSatisfy { values[$0] == values[$0 - period] }
        }
    }

    /// Whether at least three quarters of the steps from one character to the
    /// next go to a neighbour on a keyboard row or in an alphabet (either way).
    static func isMostlyARun(_ values: [UInt32]) -> Bool {
        guard values.count > 1 else { return false }
        let steps = values.indices.dropLast().count { at in
            runs.contains { run in
                guard let index = run.firstIndex(of: values[at]) else { return false }
                return (index > 0 && run[index - 1] == values[at + 1]) || (index + 1 < run.count && run[index + 1] == values[at + 1])
            }
        }
        return steps * 4 >= (values.count - 1) * 3
    }

    /// Keyboard rows (Latin QWERTY and Russian ЙЦУКЕН, which Kyrgyz layouts
    /// share) and alphabets, each read as one line.
    static let runs: [[UInt32]] = [
        "1234567890", "qwertyuiopasdfghjklzxcvbnm", "abcdefghijklmnopqrstuvwxyz",
        "йцукенгшщзхъфывапролджэячсмитьбю", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ].map(scalarValues)

    /// Passwords at the top of every leaked list, folded (lowercase, no spaces).
    static let wellKnown: [[UInt32]] = [
        "password", "passw0rd", "qwerty", "123456", "1234567", "12345678", "111111", "000000", "abc123", "iloveyou",
        "letmein", "welcome", "admin", "monkey", "dragon", "123123", "654321", "qwertyuiop", "asdfgh", "zxcvbn",
        "1q2w3e4r", "zaq12wsx", "trustno1", "sunshine", "princess", "football", "baseball", "superman", "master",
        "shadow", "йцукен", "пароль",
    ].map(scalarValues)

    static func scalarValues(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
}
