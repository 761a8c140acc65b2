import Foundation
import Testing
@testable import TamgaCore

/// Red-team round 5, class B, as classes: every character of a Unicode
/// class that may cut a word (all dashes Pd, all other punctuation Po in
/// the Basic Multilingual Plane, connectors Pc, quotation marks Pi/Pf, all
/// spaces Zs) cutting several protected names, Latin and Cyrillic,
/// declined and not; look-alike letters beyond the red team's (hand-picked
/// pools: letters with hooks, descenders and strokes, Greek letters read
/// by shape and by name); Pandoc line blocks and TeX math. Clean controls
/// hold the same marks and spaces between ordinary words.
@Suite struct ReaderViewRound5ClassTests {
    static let scanner = ReaderViewDisguiseClassTests.scanner
    static let names = ["Sadykov", "Zhumabaev", "Osmonova", "Gulnara", "Садыков", "Садыковым", "Жумабаеву", "Осмоновой", "Гульнары"]

    static func refused(_ text: String, _ format: ExportFormat = .markdown) -> Bool {
        ReaderViewDisguiseClassTests.refused(text, format)
    }

    static func sentence(_ shown: String) -> String {
        shown.unicodeScalars.contains { $0.value >= 0x400 && $0.value < 0x530 }
            ? "Мониторы говорили с \(shown) во дворе." : "During the visit the team spoke with \(shown) in the yard."
    }

    /// Every scalar of `categories` in the BMP (assigned, not a letter or digit).
    static func scalars(_ categories: Set<Unicode.GeneralCategory>) -> [Unicode.Scalar] {
        (0x20...0xFFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { categories.contains($0.properties.generalCategory) }
    }

    /// `name` cut by `mark` at a position chosen by the mark (two letters at least on each side).
    static func cut(_ name: String, by mark: String, seed: UInt32) -> String {
        let letters = Array(name)
        let at = 2 + Int(seed) % (letters.count - 3)
        return String(letters[..<at]) + mark + String(letters[at...])
    }

    @Test(arguments: [Unicode.GeneralCategory.dashPunctuation, .otherPunctuation, .connectorPunctuation, .initialPunctuation, .finalPunctuation])
    func everyPunctuationMarkCuttingANameStopsTheExport(_ category: Unicode.GeneralCategory) {
        var missed: [String] = []
        let marks = Self.scalars([category])
        for (index, mark) in marks.enumerated() {
            let name = Self.names[index % Self.names.count]
            let shown = Self.cut(name, by: String(mark), seed: mark.value)
            if !Self.refused(Self.sentence(shown)) { missed.append(shown + " U+" + String(mark.value, radix: 16, uppercase: true)) }
        }
        print("round-5 cut class \(category): \(marks.count - missed.count)/\(marks.count) refused")
        #expect(missed.isEmpty, "missed: \(missed)")
    }

    @Test func everySpaceCuttingANameStopsTheExport() {
        var missed: [String] = []
        for mark in Self.scalars([.spaceSeparator]) {
            for name in Self.names {
                let shown = Self.cut(name, by: String(mark), seed: mark.value)
                if !Self.refused(Self.sentence(shown)) { missed.append(shown.debugDescription) }
            }
        }
        for name in Self.names {
            for mark in ["\\ ", "\n", " \u{200B}", "\u{A0}"] {
                let shown = Self.cut(name, by: mark, seed: 1)
                if !Self.refused(Self.sentence(shown)) { missed.append(shown.debugDescription) }
            }
        }
        #expect(missed.isEmpty, "missed: \(missed)")
    }

    /// Look-alikes the confusables data misses or reads one way only, by letter (written by hand).
    static let lookAlikes: [Character: [String]] = [
        "y": ["υ", "ү", "ƴ", "ʏ", "ύ", "ϋ"], "v": ["ν", "ʋ", "ⱱ"], "d": ["ԁ", "ɗ", "ɖ", "ᶁ"], "k": ["ƙ", "ꝁ", "ҡ", "ĸ", "ϰ"],
        "s": ["ʂ", "ȿ", "ꜱ"], "b": ["ɓ", "ƀ", "β"], "u": ["υ", "ʋ", "ս"], "a": ["α", "ɑ"], "o": ["ο", "ѻ", "ꙩ"],
        "к": ["ҡ", "ӄ", "ҟ", "ҝ", "ԟ"], "о": ["ѻ", "ꙩ", "ο"], "в": ["ʙ", "β"], "с": ["ҫ", "ϲ"], "д": ["ԁ"],
        "н": ["ӊ", "ԩ"], "у": ["ү", "ұ"], "г": ["ӻ", "ґ"],
    ]

    @Test func lookAlikesBeyondTheConfusablesStopTheExport() {
        var missed: [String] = []
        var tried = 0
        for name in Self.names {
            let letters = Array(name)
            for (index, letter) in letters.enumerated() {
                let lower = Character(letter.lowercased())
                for lookAlike in Self.lookAlikes[lower] ?? [] {
                    var out = letters.map(String.init)
                    out[index] = letter.isUppercase ? lookAlike.uppercased() : lookAlike
                    let shown = out.joined()
                    tried += 1
                    if !Self.refused(Self.sentence(shown)) { missed.append(shown) }
                }
            }
        }
        print("round-5 look-alike class: \(tried - missed.count)/\(tried) refused")
        #expect(missed.isEmpty, "missed: \(missed)")
    }

    @Test(arguments: ["Sadυkoν", "Saԁүkov", "SADΥKOV", "САДЫКОΒ", "САДЫΚΟВ", "Sadүkoʋ", "Ѕaԁykoν", "Gυlnara", "ZHUMAΒAEV"])
    func mixedLookAlikesStopTheExport(_ shown: String) {
        #expect(Self.refused(Self.sentence(shown)), "\(shown) passed")
    }

    @Test(arguments: [
        "| Sady\n| kov", "| Жума\n| баеву", "Detainee $\\text{Sady}\\text{kov}$ was there.", "Detainee $Sady kov$ was there.",
        "Задержанный \\(\\mathrm{Сады}ков\\) там был.", "Detainee $$\\textbf{Osmo}\\,{nova}$$ was there.", "Сады ковым звонили.",
        "Detainee Sady\\ kov was there.", "Детей Осмо новой не было.",
    ])
    func lineBlocksMathAndSplitWordsStopTheExport(_ text: String) {
        #expect(Self.refused(text), "\(text.debugDescription) passed")
        #expect(Self.refused(text, .html), "\(text.debugDescription) passed as HTML")
    }

    /// Ordinary text with marks, spaces and two-way letters between ordinary words.
    static let controls = [
        "A man and a woman; ak bar; the sad kov; sad y kov.", "т.е. и т.д.; e.g. U.S.A.; Ph.D.; a.m.; и/или; and/or.",
        "Occupancy ratio ν = 1.4 (α = 0.05, β = 0.2, υ = 3).", "Газета «Еркін Қазақстан» писала; Эксперт из Ҡаратау.",
        "| НЦПП\n| ул. Тоголок Молдо, 40", "Budget $5 and $10 per day; $\\alpha + \\beta$ holds.",
        "Сады и огороды рядом.", "Садик, сады, садовник — всё рядом.", "Sad news ran. Zhuma was there.",
        "Бул максаттуу иш болду; Көзөмөлчүлөр үйдө жолугушуп, бөлмөлөрдү текшерүүгө үлгүрүштү.",
        "Камера‧3, блок・A, корпус⁃Б; well‐known; north—south; 1991–2014.", "O'Brien, д'Артаньян, l'homme.",
        "Осмотр новой камеры; гул на рынке.", "Dr.Smith and Mrs.Jones; Petro.Ltd; Ivan-chai.", "The facility is called Temir-Kazyk; Ak-Suu and Kara-Balta; Sady-Bazar.",
    ]

    @Test(arguments: controls) func ordinaryTextPasses(_ text: String) {
        #expect(!Self.refused(text), "\(text.debugDescription) refused")
        #expect(!Self.refused(text, .html), "\(text.debugDescription) refused as HTML")
    }

    @Test func lettersReadByName() {
        #expect(LeakLetterNames.base(of: "ҡ") == "к")
        #expect(LeakLetterNames.base(of: "ӄ") == "к")
        #expect(LeakLetterNames.base(of: "ʋ") == "v")
        #expect(LeakLetterNames.base(of: "ү") == "у")
        #expect(LeakLetterNames.base(of: "ʌ") == nil)
        #expect(LeakLetterNames.alternates["ү"] == "y")
        #expect(LeakLetterNames.alternates["ԁ"] == "д")
        #expect(LeakLetterNames.secondReadings["υ"]?.contains("y") == true)
        #expect(LeakLetterNames.secondReadings["ʋ"]?.contains("v") == true)
        // The reports' own letters are never folded.
        for letter in "ғқңүұһөәҳ".unicodeScalars { #expect(LeakLetterNames.folds[letter] == nil) }
        #expect(SecondReadingText.readings("plain ascii and кириллица").isEmpty)
    }
}
