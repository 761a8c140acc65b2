
/// Random document bodies built from the constructs where a parser that
/// differs from Pandoc publishes or withholds the wrong words (issue 15,
/// class 1): headings with and without a blank line before them, with
/// Pandoc ids, code fences of both kinds holding heading and div lines,
/// nested divs, marked spans, lists, block quotes and tables. Each word is
/// distinct (`w17`), so a disagreement names the word that moved.
struct PandocEdgeCaseGenerator {
    private var random: SeededGenerator
    private var counter = 0

    init(seed: UInt64) { random = SeededGenerator(state: seed) }

    static let levels = ["internal", "state", "public"]

    mutating func body() -> String {
        var out = ""
        var openDivs = 0
        for _ in 0..<Int.random(in: 4...9, using: &random) {
            switch Int.random(in: 0..<11, using: &random) {
            case 0: out += "\n" + heading() + "\n\n"
            case 1: out += paragraph() + "\n" + "# " + words(2) + "\n\n"  // no blank line before: a paragraph line in Pandoc
            case 2: out += fence()
            case 3:
                out += "::: " + divSpec() + "\n"
                openDivs += 1
            case 4 where openDivs > 0:
                out += ":::\n\n"
                openDivs -= 1
            case 5: out += "- " + paragraph() + "\n- " + span() + "\n\n"
            case 6: out += "> " + paragraph() + "\n\n"
            case 7: out += "| " + words(1) + " | " + words(1) + " |\n|---|---|\n| " + words(1) + " | " + words(1) + " |\n\n"
            case 8: out += "1. " + paragraph() + "\n2. " + paragraph() + "\n\n"
            default: out += paragraph() + "\n\n"
            }
        }
        out += String(repeating: ":::\n\n", count: openDivs)
        return out
    }

    private mutating func word() -> String {
        counter += 1
        return "w\(counter)"
    }

    private mutating func words(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") }

    private mutating func level() -> String { Self.levels.randomElement(using: &random)! }

    private mutating func heading() -> String {
        let rank = String(repeating: "#", count: Int.random(in: 1...3, using: &random))
        let attributes = switch Int.random(in: 0..<5, using: &random) {
        case 0: ""
        case 1: " {.\(level())}"
        case 2: " {#\(word()) .\(level())}"
        case 3: " {.\(level()) #\(word())}"
        default: " {#\(word())}"
        }
        return rank + " " + words(2) + attributes
    }

    private mutating func divSpec() -> String {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: level()
        case 1: "{.\(level())}"
        default: "{#\(word()) .\(level())}"
        }
    }

    private mutating func span() -> String { "[" + words(2) + "]{." + level() + "}" }

    private mutating func paragraph() -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            parts.append(Bool.random(using: &random) ? span() : words(3))
        }
        return parts.joined(separator: " ")
    }

    private mutating func fence() -> String {
        let marker = Bool.random(using: &random) ? "```" : "~~~"
        return marker + "\n# " + words(2) + "\n::: " + level() + "\n" + words(2) + "\n" + marker + "\n\n"
    }
}
