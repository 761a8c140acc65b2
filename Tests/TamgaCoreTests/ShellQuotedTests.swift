import Testing
import TamgaCore

/// Names in the commands hints print must paste as one shell word (issue 19 item 9).
@Suite struct ShellQuotedTests {
    @Test(arguments: [("Admin", "Admin"), ("Nurlan Toktogulov", "\"Nurlan Toktogulov\""), ("Гульнара", "Гульнара"),
                      ("a\"b", "\"a\\\"b\""), ("$HOME", "\"\\$HOME\""), ("", "\"\""), ("it's", "\"it's\"")])
    func aNameBecomesOneShellWord(_ name: String, _ expected: String) {
        #expect(name.shellQuoted == expected)
    }
}
