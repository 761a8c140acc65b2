extension InlineParser {
    /// The index after the TeX math opening at `start`, as Pandoc's
    /// tex_math_dollars reads it: `$$…$$`, or `$…$` with no space inside
    /// either dollar and no digit right after the closing one. Nil when no
    /// math opens there. Backslash commands inside math are Pandoc's Math,
    /// not raw TeX, so `RawMarkupCheck.checkTeXCommand` leaves them.
    static func mathEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count, scalars[start] == "$" else { return nil }
        if start + 1 < scalars.count, scalars[start + 1] == "$" {
            var index = start + 2
            while index + 1 < scalars.count {
                if scalars[index] == "\\" { index += 2; continue }
                if scalars[index] == "$", scalars[index + 1] == "$" { return index + 2 }
                index += 1
            }
            return nil
        }
        guard start + 1 < scalars.count, !scalars[start + 1].properties.isWhitespace else { return nil }
        var index = start + 1
        while index < scalars.count {
            if scalars[index] == "\\" { index += 2; continue }
            if scalars[index] == "$", !scalars[index - 1].properties.isWhitespace,
               index + 1 == scalars.count || !("0"..."9").contains(scalars[index + 1]) {
                return index + 1
            }
            index += 1
        }
        return nil
    }
}
