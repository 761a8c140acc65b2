import Testing
@testable import TamgaCore

/// Issue 15, class 2 ("reader's view"), as classes rather than examples:
/// each disguise family is generated with random choices (which look-alike
/// for which letter, which space between spaced letters, where a word is
/// hyphenated) over several protected names, Latin and Cyrillic, declined
/// and not, and every generated disguise must stop the export. The
/// look-alike pools are written by hand from what a reader confuses, not
/// taken from the scan's own table. Clean controls (spaced single letters,
/// initials, Kyrgyz letters, hyphenated prose) must pass.
@Suite struct ReaderViewDisguiseClassTests {
    static let persons: [RegisteredPerson] = [
        ("D-1", "Aibek Sadykov", ["Айбек Садыков"]), ("D-2", "Ermek Zhumabaev", ["Эрмек Жумабаев"]),
        ("D-3", "Gulnara Osmonova", ["Гульнара Осмонова"]),
    ].map { RegisteredPerson(id: $0.0, role: "detainee", name: $0.1, also: $0.2, consent: []) }
    static let registry = try! PersonRegistry(persons: persons)
    static let scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                     sensitive: [])

    static let latinForms = ["Sadykov", "Zhumabaev", "Osmonova", "Gulnara"]
    static let cyrillicForms = ["Садыков", "Садыковым", "Садыкова", "Жумабаеву", "Осмоновой", "Гульнары"]

    /// Per letter, characters of other scripts a reader takes for it.
    static let lookAlikes: [Character: [String]] = [
        "a": ["ɑ", "α", "а"], "o": ["օ", "ⲟ", "ο", "о", "ᴏ"], "s": ["ꓢ", "ѕ", "Ꮪ"], "S": ["ꓢ", "Ѕ", "Ꮪ"], "k": ["ĸ", "κ", "ⲕ", "к"],
        "v": ["ѵ", "ν", "ᴠ"], "y": ["ɣ", "ӯ", "у", "γ"], "e": ["е", "ҽ"], "d": ["ԁ", "ꓒ"], "u": ["υ", "ս"], "b": ["Ь", "ƅ"],
        "а": ["ɑ", "α", "a"], "о": ["օ", "ⲟ", "ο", "o"], "с": ["ϲ", "c"], "С": ["Ϲ", "C", "Ꮯ"], "е": ["e", "ҽ"],
        "у": ["ӯ", "y", "ỿ"], "к": ["ĸ", "κ", "ⲕ", "k"], "р": ["p", "ρ"], "х": ["x", "χ"], "м": ["ᴍ"], "в": ["ʙ"],
    ]
    static let fillers = ["\u{3164}", "\u{2800}", "\u{115F}", "\u{1160}", "\u{FFA0}", "\u{180E}", "\u{E0041}", "\u{FE0F}",
                          "\u{200B}", "\u{2060}", "\u{034F}", "\u{E0100}"]
    static let spacings = [" ", "  ", "   ", "\u{2002}", "\u{2003}", "\u{3000}", "\u{200A}", "\u{2009}", " \u{A0}", "\u{A0}",
                           "_", "\u{202F}", "\u{2005}", "\u{205F}", "\u{2007}"]
    static let hyphenations = ["\u{AD}\n", "-\n", "\u{2013}\n", "\u{2010}\n", "- ", "\u{2013} ", "\u{AD} \n", "-  \n  ", "\u{2011}", "-", "\u{2010}"]

    /// Signs a chat puts between a name's letters (red-team round 4).
    static let signSeparators = ["/", "+", "|", "🔹", "•", "*", "~", "—", "⭐", "❤️", "/ ", " | ", ":", "♦", "→"]
    /// Signs and digits a reader takes for a letter, by letter (red-team round 4: `$adykov`).
    static let signsForLetters: [Character: [String]] = [
        "S": ["$", "5"], "s": ["$", "5"], "o": ["0"], "a": ["4"], "e": ["3", "€"], "i": ["1"], "t": ["7"], "b": ["8"],
        "о": ["0"], "з": ["3"], "б": ["6"], "С": ["$"], "ч": ["4"],
    ]

    enum Family: String, CaseIterable {
        case lookAlikes = "look-alike letters", symbols = "letter symbols", upsideDown = "upside-down",
             fillers = "invisible fillers", spacing = "letter-spacing", hyphenation = "hyphenation",
             signSeparated = "letters between signs", signsForLetters = "signs and digits for letters"
    }

    /// One disguise of `name` in `family`, chosen by `random`; nil when the family does not apply.
    static func disguise(_ name: String, _ family: Family, _ random: inout DisguiseRandom) -> String? {
        let letters = Array(name)
        switch family {
        case .lookAlikes:
            var out = letters.map { String($0) }
            let positions = letters.indices.filter { lookAlikes[letters[$0]] != nil }.shuffled(using: &random)
            for index in positions.prefix(Int.random(in: 1...3, using: &random)) {
                out[index] = lookAlikes[letters[index]]!.randomElement(using: &random)!
            }
            return out.joined()
        case .symbols:
            guard name.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
            let bases: [UInt32] = [0x1F1E6, 0x1F170, 0x1F150]  // regional indicator, negative squared, negative circled
            return String(String.UnicodeScalarView(name.uppercased().unicodeScalars.map { letter in
                Unicode.Scalar(bases.randomElement(using: &random)! + letter.value - 0x41)!
            }))
        case .upsideDown:
            guard name.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
            let turned: [Character: Character] = [
                "a": "ɐ", "b": "q", "d": "p", "e": "ǝ", "g": "ƃ", "h": "ɥ", "i": "ᴉ", "k": "ʞ", "l": "l", "m": "ɯ", "n": "u",
                "o": "o", "r": "ɹ", "s": "s", "u": "n", "v": "ʌ", "y": "ʎ", "z": "z", "S": "S", "Z": "Z", "O": "O", "G": "⅁",
            ]
            return String(letters.reversed().map { turned[$0]! })
        case .fillers:
            var out = letters.map { String($0) }
            for _ in 0..<Int.random(in: 1...2, using: &random) {
                let at = Int.random(in: 1..<out.count, using: &random)
                out.insert(fillers.randomElement(using: &random)!, at: at)
            }
            return out.joined()
        case .spacing:
            let shown = Bool.random(using: &random) ? name.uppercased() : name
            var out = ""
            for (index, letter) in shown.enumerated() {
                if index > 0 { out += spacings.randomElement(using: &random)! }
                out.append(letter)
            }
            return out
        case .signSeparated:
            let separator = signSeparators.randomElement(using: &random)!
            return (Bool.random(using: &random) ? name.uppercased() : name).map(String.init).joined(separator: separator)
        case .signsForLetters:
            var out = letters.map { String($0) }
            let positions = letters.indices.filter { signsForLetters[letters[$0]] != nil }.shuffled(using: &random)
            guard !positions.isEmpty else { return nil }
            for index in positions.prefix(Int.random(in: 1...2, using: &random)) {
                out[index] = signsForLetters[letters[index]]!.randomElement(using: &random)!
            }
            return out.joined()
        case .hyphenation:
            let at = Int.random(in: 2...(letters.count - 2), using: &random)
            return String(letters[..<at]) + hyphenations.randomElement(using: &random)! + String(letters[at...])
        }
    }

    static func refused(_ text: String, _ format: ExportFormat = .markdown) -> Bool {
        // Refused at parse (raw TeX such as `\\mathrm{…}` outside `$…$`, round 7) is refused before any export.
        guard let document = try? Fixture.parse(front: "level: public\n", body: "## Findings\n\n\(text)\n") else { return true }
        let rendered = format == .html ? "<html><body><p>\(text.replacingOccurrences(of: "&", with: "&amp;"))</p></body></html>" : text
        do {
            try scanner.scan(rendered, format: format, fileName: "T-1.md", document: document, audience: .state)
            return false
        } catch {
            return true
        }
    }

    @Test(arguments: [ExportFormat.markdown, .html])
    func everyGeneratedDisguiseStopsTheExport(_ format: ExportFormat) {
        var random = DisguiseRandom(seed: format == .html ? 15_3 : 15_2)
        var missed: [Family: [String]] = [:]
        var tried: [Family: Int] = [:]
        for family in Family.allCases {
            for _ in 0..<10 {
                for name in Self.latinForms + Self.cyrillicForms {
                    guard let shown = Self.disguise(name, family, &random) else { continue }
                    let text = name.unicodeScalars.allSatisfy(\.isASCII)
                        ? "During the visit the team spoke with \(shown) in the yard."
                        : "Мониторы говорили с \(shown) во дворе."
                    tried[family, default: 0] += 1
                    if !Self.refused(text, format) { missed[family, default: []].append(shown) }
                }
            }
        }
        for family in Family.allCases {
            let all = tried[family] ?? 0
            print("disguise class [\(format.rawValue)] \(family.rawValue): \(all - (missed[family]?.count ?? 0))/\(all) refused")
        }
        #expect(missed.isEmpty, "missed: \(missed.mapValues { $0.map(\.debugDescription) })")
    }

    /// Ordinary text the new readings must not turn into a name.
    static let controls = [
        "Options a, b and c were listed; a I o are vowels.", "The letter was signed A. B. and dated.",
        "Cells A, B, C and D were inspected.", "Көзөмөлчүлөр үйдө жолугушуп, бөлмөлөрдү текшерүүгө үлгүрүштү.",
        "Камерада төрт адам отурат, ң тамгасы окулат.", "Рассмотрены северо- и юго-западные корпуса.",
        "The well-\nknown facility was visited.", "Он сказал —\nнет, и ушёл.", "The team left.  Then it rained.",
        "N O T E: the schwa ǝ and alpha α are symbols.", "Items: 1.  2.  3. were given to the guard.",
        "In the sector, IPA ʌ and ʎ were noted.", "Мониторы говорили с заключёнными во дворе.",
        "The inspection team spoke with the director in the yard.",
        "Cells 1/2/3 and blocks A/B/C were inspected; 4 + 5 = 9.", "Rooms a|b|c were empty; see p. 5/6.",
        "Food 3 times a day; 24/7 access; 1st and 2nd floors; $500 budget; COVID-19 rules.",
        "Камеры 1, 2, 3, 4, 5, 6, 7, 8 и 9 осмотрены.", "Варианты: а/б/в; оценка 4/5.",
        "Они приехали из Ак-Суу и Кара-Балты в северо-западный корпус.",
    ]

    @Test(arguments: controls) func ordinaryTextPasses(_ text: String) {
        #expect(!Self.refused(text), "\(text.debugDescription) refused")
        #expect(!Self.refused(text, .html), "\(text.debugDescription) refused as HTML")
    }

    /// Kyrgyz and Russian letters are read as they are: no look-alike
    /// folding of ө ү ң, and a Latin name with a Cyrillic ending keeps its
    /// Latin reading in the normalizer (the mixed-script view is extra).
    @Test func nativeLettersAreNotFolded() {
        let kyrgyz = "өүңӨҮҢ"
        #expect(String(String.UnicodeScalarView(LeakNormalizer(kyrgyz).scalars)) == "өүңөүң")
        #expect(String(String.UnicodeScalarView(LeakNormalizer("Aibekтин").scalars)) == "aibekтин")
        #expect(MixedScriptText.reading("Садыĸов Ꮪаdyкov Temirдун the") == "Садыков Ꮪаdykov Temirдун the")
        #expect(UpsideDownText.upright("ʌoʞʎpɐS and more") == "Sadykov and more")
        #expect(ReaderView.closingLetterSpacing("a I o") == "a I o")
        #expect(ReaderView.closingLetterSpacing("A. B. Smith") == "A. B. Smith")
    }
}

/// SplitMix64: the same disguises on every run.
struct DisguiseRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
