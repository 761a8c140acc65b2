/// TeX math read as MathJax or Pandoc shows it (red-team round 5):
/// `$\text{Sady}\text{kov}$` shows "Sadykov", and so do `$Sady kov$` (math
/// mode ignores spaces) and `$\mathrm{Sa}dy{k}ov$`. Inside `$…$`, `$$…$$`
/// and `\(…\)` commands and braces are dropped and spaces outside a text
/// command (`\text`, `\mathrm`, `\mbox`, ...) too; spacing commands
/// (`\ `, `\,`, `\quad`) read as a space. The delimiters are paired
/// greedily on one line: prices (`$5 and $10`) read as math join only
/// digits and words, which a name rule cannot mistake.
enum TeXMathText {
    static let textCommands: Set<String> = ["text", "textrm", "textit", "textbf", "textsf", "texttt", "mathrm", "mathit",
                                            "mathbf", "mathsf", "mathtt", "mbox", "hbox", "operatorname", "textnormal"]
    static let spacingCommands: Set<String> = ["quad", "qquad", " ", ",", ";", ":", ">", "enspace", "thinspace"]

    static func reading(_ text: String) -> String {
        guard text.contains("$") || text.contains("\\(") else { return text }
        var out = ""
        var changed = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { out.append("\n") }
            let read = readingLine(Array(line))
            if read != String(line) { changed = true }
            out += read
        }
        return changed ? out : text
    }

    private static func readingLine(_ line: [Character]) -> String {
        var out = ""
        var index = 0
        while index < line.count {
            let opensDollar = line[index] == "$"
            let opensParen = line[index] == "\\" && index + 1 < line.count && line[index + 1] == "("
            guard opensDollar || opensParen else {
                out.append(line[index])
                index += 1
                continue
            }
            let width = opensParen ? 2 : (index + 1 < line.count && line[index + 1] == "$" ? 2 : 1)
            let closing: [Character] = opensParen ? ["\\", ")"] : Array(repeating: "$", count: width)
            guard let close = find(closing, in: line, from: index + width) else {
                out.append(contentsOf: line[index...])
                break
            }
            out += math(Array(line[(index + width)..<close]))
            index = close + closing.count
        }
        return out
    }

    private static func find(_ needle: [Character], in line: [Character], from start: Int) -> Int? {
        guard start + needle.count <= line.count else { return nil }
        return (start...(line.count - needle.count)).first { line[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The math's shown text: letters and digits, spaces only inside text commands.
    private static func math(_ body: [Character]) -> String {
        var out = ""
        var index = 0
        // Brace depth at which each open text command's group began.
        var textGroups: [Int] = []
        var depth = 0
        var pendingText = false
        while index < body.count {
            let character = body[index]
            if character == "\\" {
                var end = index + 1
                while end < body.count, body[end].isLetter { end += 1 }
                if end == index + 1, end < body.count { end += 1 }
                let name = String(body[(index + 1)..<end])
                if spacingCommands.contains(name) { out.append(" ") }
                pendingText = textCommands.contains(name)
                index = end
                continue
            }
            switch character {
            case "{":
                depth += 1
                if pendingText { textGroups.append(depth) }
                pendingText = false
            case "}":
                if textGroups.last == depth { textGroups.removeLast() }
                depth -= 1
            case " ", "\t":
                if !textGroups.isEmpty { out.append(" ") }
            case "^", "_", "&":
                break
            default:
                out.append(character)
            }
            index += 1
        }
        return out
    }
}
