/// A domain whose dots are spelled out to fool address harvesters
/// (red-team round 6, class C: `bishkek.mama77 [at] gmail [dot] com`):
/// an address to whoever reads it, as `[at]` is an at sign.
extension EmailAddressDetector {
    static let spelledDots = DetectorLabels(["dot", "точка", "тчк", "чекит"], takesDot: false)

    /// The end of a domain of two labels or more from `start`, joined by a
    /// dot or a spelled dot in brackets (`[dot]`, `(dot)`, `{dot}`, `[.]`,
    /// spaces around it), its last label of two letters or more; nil
    /// unless at least one dot is spelled (plain domains are `domainEnd`'s).
    static func spelledDomainEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var offset = start
        var labels = 0, spelled = false
        var lastLabel = start..<start
        while true {
            let labelStart = offset
            while offset < scalars.count, scalars[offset].properties.isAlphabetic || scalars[offset].asciiDigit != nil
                || scalars[offset] == "-" {
                offset += 1
            }
            guard offset > labelStart else { return nil }
            labels += 1
            lastLabel = labelStart..<offset
            if offset < scalars.count, scalars[offset] == ".", DetectorScalars.isLetterOrDigit(scalars, offset + 1) {
                offset += 1
                continue
            }
            guard let next = spelledDot(scalars, at: offset) else { break }
            spelled = true
            offset = next
        }
        guard spelled, labels >= 2, lastLabel.count >= 2, scalars[lastLabel].allSatisfy({ $0.properties.isAlphabetic }) else {
            return nil
        }
        return lastLabel.upperBound
    }

    /// Past a spelled dot at `offset` (spaces, a bracket, `dot` or `.`, its
    /// closing bracket, spaces) to the next label's start.
    private static func spelledDot(_ scalars: [Unicode.Scalar], at offset: Int) -> Int? {
        var position = offset
        while position < scalars.count, scalars[position] == " " { position += 1 }
        guard position < scalars.count, "[({".unicodeScalars.contains(scalars[position]) else { return nil }
        position += 1
        while position < scalars.count, scalars[position] == " " { position += 1 }
        if position < scalars.count, scalars[position] == "." {
            position += 1
        } else if let end = spelledDots.match(scalars, at: position) {
            position = end
        } else {
            return nil
        }
        while position < scalars.count, scalars[position] == " " { position += 1 }
        guard position < scalars.count, "])}".unicodeScalars.contains(scalars[position]) else { return nil }
        position += 1
        while position < scalars.count, scalars[position] == " " { position += 1 }
        return DetectorScalars.isLetterOrDigit(scalars, position) ? position : nil
    }
}
