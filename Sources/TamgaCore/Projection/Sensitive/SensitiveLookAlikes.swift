/// Letters of Latin, Cyrillic and Greek that a reader cannot tell apart,
/// each read as one letter when a `sensitive` string is compared with the
/// text (red-team round 7, C-075: `kамере 14`, a Latin k in `камере`, was
/// published for `камера 14`). Protected names fold such letters in the
/// leak scan; the sensitive strings must fold them too, in the projector
/// (which reads case-folded text) as in the scan (whose normalizer already
/// reads `а`, `е`, `о`, `р`, `с`, `у`, `х` as Latin but keeps `к`, `м`,
/// `т`, `в`, `н`, which look like Latin capitals or italics).
///
/// Compared letter by letter, so a match's offsets are the text's; the
/// phrase's own letters are read the same way, so only spellings that look
/// alike meet (`cell` and `сеll`), never two words that merely sound alike.
enum SensitiveLookAlikes {
    /// The one letter `scalar` (already lower case) is read as.
    @inline(__always)
    static func skeleton(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x430: "a"
        case 0x432: "b"
        case 0x435, 0x451: "e"
        case 0x43A: "k"
        case 0x43C: "m"
        case 0x43D, 0x4BB: "h"
        case 0x43E: "o"
        case 0x440: "p"
        case 0x441: "c"
        case 0x442: "t"
        case 0x443, 0x4AF: "y"
        case 0x445: "x"
        case 0x456: "i"
        case 0x458: "j"
        case 0x455: "s"
        case 0x4CF: "l"
        case 0x501: "d"
        case 0x3B1: "a"
        case 0x3BA: "k"
        case 0x3BF: "o"
        case 0x3C1: "p"
        case 0x3C4: "t"
        case 0x3C7: "x"
        case 0x3BD: "v"
        default: scalar
        }
    }
}
