/// A Pandoc attribute block, `{.class #id key=value key="quoted value"}`,
/// as written after a span, a heading or a div fence.
struct Attributes: Sendable, Equatable {
    var classes: [String] = []
    var identifiers: [String] = []
    var pairs: [(key: String, value: String)] = []

    static func == (lhs: Attributes, rhs: Attributes) -> Bool {
        lhs.classes == rhs.classes && lhs.identifiers == rhs.identifiers
            && lhs.pairs.map(\.key) == rhs.pairs.map(\.key) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
    }

    enum Failure: Error, Equatable {
        /// No closing `}` before the end of the paragraph.
        case unterminated
        /// Something that is not a class, id or key=value, at this offset.
        case malformed(Int)
    }

    /// Parses from the `{` at `open`; returns the attributes and the offset
    /// just past the closing `}`. Line breaks count as spaces, so a long
    /// recommendation's attributes may wrap.
    static func parse(_ scalars: [Unicode.Scalar], at open: Int) throws(Failure) -> (Attributes, end: Int) {
        var attributes = Attributes()
        var index = open + 1
        while true {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            guard index < scalars.count else { throw .unterminated }
            if scalars[index] == "}" { return (attributes, index + 1) }
            let start = index
            let word = readWord(scalars, &index)
            // Pandoc's shorthand for `.unnumbered` on a heading: `{- .internal}`.
            if word == "-" { attributes.classes.append("unnumbered"); continue }
            if scalars[start] == "." || scalars[start] == "#" {
                guard word.count > 1 else { throw .malformed(start) }
                if scalars[start] == "." { attributes.classes.append(String(word.dropFirst())) }
                else { attributes.identifiers.append(String(word.dropFirst())) }
                continue
            }
            guard !word.isEmpty, index < scalars.count, scalars[index] == "=" else { throw .malformed(start) }
            index += 1
            attributes.pairs.append((word, try readValue(scalars, &index)))
        }
    }

    private static func readWord(_ scalars: [Unicode.Scalar], _ index: inout Int) -> String {
        var word = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace || "}=\"".unicodeScalars.contains(scalar) { break }
            word.append(scalar)
            index += 1
        }
        return String(word)
    }

    private static func readValue(_ scalars: [Unicode.Scalar], _ index: inout Int) throws(Failure) -> String {
        guard index < scalars.count else { throw .unterminated }
        guard scalars[index] == "\"" else {
            let value = readWord(scalars, &index)
            guard !value.isEmpty else { throw .malformed(index) }
            return value
        }
        var value = String.UnicodeScalarView()
        index += 1
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\"" { return String(value) }
            if scalar == "\\", index < scalars.count {
                value.append(scalars[index])
                index += 1
            } else {
                value.append(scalar.properties.isWhitespace ? " " : scalar)
            }
        }
        throw .unterminated
    }
}
