import Testing
@testable import TamgaCore

/// Red-team round 5, class D: a div fence or level mark written in
/// fullwidth or look-alike characters is refused, naming the line, not read
/// as text (which would publish the passage it was meant to withhold).
@Suite struct LookAlikeMarkTests {
    static let disguised = [
        "：：： internal", "：：：internal", "::： internal", "∶∶∶ internal", "꞉꞉꞉ state", "：：：", "  ：：： {.internal}",
        "⁝ internal", "Text [secret]｛.internal｝ here.", "## Notes ｛.internal｝", "Text [x]{．internal} here.",
    ]

    @Test(arguments: disguised) func lookAlikeFenceOrMarkIsRefused(_ line: String) {
        #expect(throws: DocumentError.self, "\(line) accepted") {
            _ = try Fixture.parse(front: "level: public\n", body: "Public intro.\n\n\(line)\nThe informant named the guard.\n")
        }
    }

    static let ordinary = [
        "Время: 10：15, см. п. 3：4.", "注意：会议在三点。", "Ratio 3∶1 of cells.", "Итоги：： отчёт готов.",
        "Full-width text ＡＢＣ and １２３.", "A set ｛a, b｝ of cells.",
    ]

    @Test(arguments: ordinary) func ordinaryLinesPass(_ line: String) throws {
        _ = try Fixture.parse(front: "level: public\n", body: "Public intro.\n\n\(line)\n")
    }
}
