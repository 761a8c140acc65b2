import Foundation

/// The readable normal form of a name: what two spellings must share to be
/// "the same spelling" in the registry and in `NameVariants`.
///
/// NFC, case-folded, ё → е, zero-width characters, bidi controls and soft
/// hyphens removed, any whitespace run (NBSP, line breaks) one space, Latin
/// diacritics folded (ü → u, ö → o, é → e). Cyrillic is left alone: й stays
/// й and ө, ү, ң stay (Foundation's diacritic folding would turn й into и).
/// The matcher's much coarser `SkeletonText` folds spellings *across*
/// systems; this one only removes what no reader would call a different spelling.
public enum NameNormalization {
    public static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let entry = SkeletonScalarTable.entry(scalar.value)
            switch entry.kind {
            case .soft where !(0x400...0x52F).contains(scalar.value):
                continue
            case .space, .newline:
                pendingSpace = !out.isEmpty
                continue
            default:
                break
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if lower == "ё" { out.append("е"); continue }
                if entry.kind == .latin, lower.value > 0x7F, lower.value < 0x370 {
                    let folded = String(lower).folding(options: .diacriticInsensitive, locale: nil)
                    out.append(contentsOf: folded.unicodeScalars)
                } else {
                    out.append(lower)
                }
            }
        }
        return String(out)
    }
}
