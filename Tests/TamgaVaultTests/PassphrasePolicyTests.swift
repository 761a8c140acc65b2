import Testing
import TamgaCrypto
@testable import TamgaVault

/// Issue 14, finding 12: a floor for new passphrases, with a clear reason.
@Suite struct PassphrasePolicyTests {
    static func problem(_ text: String) throws -> String? {
        PassphrasePolicy.problem(with: try SecretBytes(copying: Array(text.utf8)))
    }

    @Test(arguments: [
        ("short one", "shorter than 12"),
        ("elevenchars", "shorter than 12"),
        ("aaaaaaaaaaaaaaaa", "different characters"),
        ("abab abab abab", "different characters"),
        ("abcdeabcdeabcde", "repeats one short piece"),
        ("abcdeabcdeab", "repeats one short piece"),
        ("correct horse correct horse", "repeats one short piece"),
        ("qwerty uiop asdf", "run of neighbouring keys"),
        ("1234567890ab", "run of neighbouring keys"),
        ("ABCDEFGHIJKLM", "run of neighbouring keys"),
        ("йцукенгшщзхъ", "run of neighbouring keys"),
        ("Password123456", "well-known"),
        ("password!!2024", "well-known"),
        ("iloveyou so much", "well-known"),
        ("пароль!!2024", "well-known"),
    ])
    func weakPassphrasesAreRefusedWithTheirReason(_ text: String, _ reason: String) throws {
        let problem = try #require(try Self.problem(text))
        #expect(problem.contains(reason))
        #expect(!problem.contains(text))
    }

    @Test(arguments: [
        "correct horse battery staple", "e2e passphrase", "тоо жаз кечинде жамгыр", "demo passphrase, not for real use",
        "exactly12chr",
        // Begin with a well-known password, but hold far more than it: not refused.
        "dragon boat festival in june", "administrative leave request", "welcome to the mountain hut", "Пароль для входа",
    ])
    func passphrasesOfAFewWordsPass(_ text: String) throws {
        #expect(try Self.problem(text) == nil)
    }
}
