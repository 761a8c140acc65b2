/// A string as an array of Unicode scalars with their indices, so hand-
/// written scanners can work with integer offsets and still hand back exact
/// `String.Index` ranges of the original text (STYLE.md: no `Regex`).
struct ScalarText {
    let text: String
    let scalars: [Unicode.Scalar]
    /// `indices[i]` is the index of scalar `i`; the last entry is `endIndex`.
    private let indices: [String.Index]

    init(_ text: String) {
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex {
            scalars.append(text.unicodeScalars[index])
            indices.append(index)
            index = text.unicodeScalars.index(after: index)
        }
        indices.append(text.endIndex)
        self.scalars = scalars
        self.indices = indices
    }

    var count: Int { scalars.count }

    func range(_ offsets: Range<Int>) -> Range<String.Index> {
        indices[offsets.lowerBound]..<indices[offsets.upperBound]
    }

    /// A letter or digit of any script: what a word is made of (a table
    /// lookup for common scalars, the same answer as the properties).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        LeakScalarTable.isWordScalar(scalar)
    }

    func isWord(at offset: Int) -> Bool {
        offset >= 0 && offset < count && Self.isWordScalar(scalars[offset])
    }

    /// True when a match of `offsets` does not cut a word in two.
    func isWholeWord(_ offsets: Range<Int>) -> Bool {
        let first = offsets.lowerBound, last = offsets.upperBound - 1
        let cutsStart = isWord(at: first) && isWord(at: first - 1)
        let cutsEnd = isWord(at: last) && isWord(at: last + 1)
        return !cutsStart && !cutsEnd
    }

    /// The lowercase of a scalar where that is one scalar; itself otherwise.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower[lower.startIndex] : scalar
    }
}

extension ScalarText {
    /// The scalar offset of `index`, which must be a scalar boundary of `text`
    /// (as every `NameMatch` range is).
    func offset(of index: String.Index) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if range(middle..<(middle + 1)).lowerBound < index { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
