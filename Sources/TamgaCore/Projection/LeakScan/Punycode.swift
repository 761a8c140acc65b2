import Foundation

/// Punycode (RFC 3492), decoding only: an internationalized domain's
/// `xn--` label is shown by a browser as the name it encodes
/// (`xn--80aefyuo6e` is "садыков"), so the leak scan's address view reads it
/// decoded (found by the red team).
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700

    /// The label's Unicode text, or nil when it is not valid Punycode.
    static func decode(_ label: String) -> String? {
        let scalars = Array(label.unicodeScalars)
        var output: [UInt32] = []
        var index = 0
        if let delimiter = scalars.lastIndex(of: "-") {
            guard scalars[..<delimiter].allSatisfy(\.isASCII) else { return nil }
            output = scalars[..<delimiter].map(\.value)
            index = delimiter + 1
        }
        var n = 128, i = 0, bias = 72
        while index < scalars.count {
            let oldI = i
            var weight = 1, k = base
            while true {
                guard index < scalars.count, let digit = digit(scalars[index]) else { return nil }
                index += 1
                i += digit * weight
                guard i < 1 << 26 else { return nil }
                let threshold = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if digit < threshold { break }
                weight *= base - threshold
                k += base
            }
            let count = output.count + 1
            bias = adapt(i - oldI, count, first: oldI == 0)
            n += i / count
            i %= count
            guard n <= 0x10FFFF else { return nil }
            output.insert(UInt32(n), at: i)
            i += 1
        }
        let decoded = output.compactMap(Unicode.Scalar.init)
        return decoded.count == output.count ? String(String.UnicodeScalarView(decoded)) : nil
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value) - 22
        case 0x41...0x5A: Int(scalar.value) - 0x41
        case 0x61...0x7A: Int(scalar.value) - 0x61
        default: nil
        }
    }

    private static func adapt(_ delta: Int, _ points: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / points
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    /// `text` with every `xn--` label decoded in place (labels that do not decode are left).
    static func decodingLabels(_ text: String) -> String {
        guard text.range(of: "xn--", options: .caseInsensitive) != nil else { return text }
        var result = ""
        var rest = Substring(text)
        while let found = rest.range(of: "xn--", options: .caseInsensitive) {
            result += rest[..<found.lowerBound]
            let label = rest[found.upperBound...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            if let decoded = decode(String(label)) {
                result += decoded
            } else {
                result += rest[found.lowerBound..<found.upperBound] + label
            }
            rest = rest[label.endIndex...]
        }
        return result + rest
    }
}
