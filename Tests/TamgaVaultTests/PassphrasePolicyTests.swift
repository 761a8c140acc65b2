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
        ("aaaaaaaaaaaaaaaa", "different characters"),
        ("abab abab abab", "different characters"),
        ("abcdeabcdeabcde", "repeats one short piece"),
        ("Password123456", "well-known"),
        ("qwerty uiop asdf", "well-known"),
        ("Пароль для входа", "well-known"),
    ])
    func weakPassphrasesAreRefusedWithTheirReason(_ text: String, _ reason: String) throws {
        let problem = try #require(try Self.problem(text))
        #expect(problem.contains(reason))
        #expect(!problem.contains(text))
    }

    @Test(arguments: ["correct horse battery staple", "e2e passphrase", "тоо жаз кечинде жамгыр", "demo passphrase, not for real use"])
    func passphrasesOfAFewWordsPass(_ text: String) throws {
        #expect(try Self.problem(text) == nil)
    }
}
