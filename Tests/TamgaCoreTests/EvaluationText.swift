import Foundation

/// The evaluation's own reading of an export, independent of the leak
/// scan's (`ScanView`, `LeakNormalizer`), so the two cannot share a blind
/// spot: what a reader sees (HTML tags dropped and entities decoded, JSON
/// strings unescaped), then NFKC, format characters (zero-width space, soft
/// hyphen) removed, whitespace runs folded to one space, lowercase.
enum EvaluationText {
    static func normalized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .format { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return String(result)
    }

    /// Whether `needle` (normalized) occurs in `haystack` (normalized) as
    /// whole words: `cell 57` is not found in `cell 572`.
    static func containsWords(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return false }
        var searchRange = haystack.startIndex..<haystack.endIndex
        while let found = haystack.range(of: needle, range: searchRange) {
            let before = found.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: found.lowerBound)]
            let after = found.upperBound == haystack.endIndex ? nil : haystack[found.upperBound]
            let cutsStart = before.map(isWordCharacter) == true && needle.first.map(isWordCharacter) == true
            let cutsEnd = after.map(isWordCharacter) == true && needle.last.map(isWordCharacter) == true
            if !cutsStart && !cutsEnd { return true }
            searchRange = haystack.index(after: found.lowerBound)..<haystack.endIndex
        }
        return false
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// The text a reader of the export sees, by format.
    static func readerText(_ rendered: String, format: String) -> String {
        switch format {
        case "html": return htmlText(rendered)
        case "json":
            guard let object = try? JSONSerialization.jsonObject(with: Data(rendered.utf8)) else { return rendered }
            var strings: [String] = []
            collect(object, into: &strings)
            return strings.joined(separator: "\n")
        default: return rendered
        }
    }

    private static func collect(_ value: Any, into strings: inout [String]) {
        if let string = value as? String {
            strings.append(string)
        } else if let array = value as? [Any] {
            array.forEach { collect($0, into: &strings) }
        } else if let dictionary = value as? [String: Any] {
            for key in dictionary.keys.sorted() {
                strings.append(key)
                if let item = dictionary[key] { collect(item, into: &strings) }
            }
        }
    }

    /// Tags become spaces; the character references an escaper emits are
    /// decoded (named ones and decimal or hexadecimal numeric ones).
    static func htmlText(_ html: String) -> String {
        var text = ""
        var rest = Substring(html)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">") {
                text.append(" ")
                rest = rest[rest.index(after: close)...]
            } else if first == "&", let semicolon = rest.prefix(12).firstIndex(of: ";") {
                let name = rest[rest.index(after: rest.startIndex)..<semicolon]
                text += decode(String(name)) ?? String(rest[...semicolon])
                rest = rest[rest.index(after: semicolon)...]
            } else {
                text.append(first)
                rest = rest.dropFirst()
            }
        }
        return text
    }

    private static func decode(_ name: String) -> String? {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        if let value = named[name] { return value }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
