/// Rewrites one word's base letters (Latin, lowercase) to skeleton symbols.
///
/// The rules are greedy, left to right, and script-blind: a Cyrillic word
/// arrives here already read as Latin (ж as "zh", ц as "ts"), so "тс" and
/// "ts", "дж" and "dzh", "нг" and "ng" are folded alike and both sides of a
/// match always agree. Symbols: `j` ж-sound, `h` х-sound, `q` ч-sound, `w`
/// ш/щ-sound, `c` ц-sound, `i` any run of i/y/й/ы; then a glide before `e`
/// is dropped (ye, ie, ье → e: Aliyev/Aliev/Алиев, Yerlan/Ерлан) and `oe`/`ue`
/// read as `o`/`u` (the informal spelling of ө and ү).
///
/// Other languages' conventions fold here too where the reading is the same
/// in every text (issue 15, class 4): German dsch and tsch, Polish cz and sz,
/// and -off/-eff for -ов/-ев (ff reads v). A doubled consonant before a vowel
/// reads as one (Sadykkov, Assanov, Ibraimmova; Kazakh-style passports and
/// careless writing double or drop them), so dropped doubling folds the same
/// way; at the end of a word it stays ("All" is not Али's stem "al"; the key
/// builder keeps a singled form of Филипп for Филиппа). French ou is not
/// folded here: a stem in -о before the dative -у (Чингизенкоу) would lose
/// its о; the French key (`ForeignTransliteration`) carries ou instead.
enum SkeletonRewriter {
    @inline(__always)
    private static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79
    }

    @inline(__always)
    static func rewrite(
        _ letters: UnsafeBufferPointer<UInt8>, _ starts: UnsafeMutablePointer<Int32>,
        _ ends: UnsafeMutablePointer<Int32>, _ soft: UnsafeMutablePointer<Bool>,
        into out: inout SkeletonOutput
    ) {
        let n = letters.count
        let wordStart = out.count
        @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? letters[k] : 0 }
        var i = 0
        while i < n {
            let c = letters[i]
            var symbol = c
            var length = 1
            switch c {
            case UInt8(ascii: "s"):
                if at(i + 1) == UInt8(ascii: "z") {
                    symbol = UInt8(ascii: "w"); length = 2  // Polish sz
                } else if at(i + 1) == UInt8(ascii: "h") {
                    symbol = UInt8(ascii: "w")
                    length = (at(i + 2) == UInt8(ascii: "c") && at(i + 3) == UInt8(ascii: "h")) ? 4 : 2
                } else if at(i + 1) == UInt8(ascii: "c"), at(i + 2) == UInt8(ascii: "h") {
                    symbol = UInt8(ascii: "w"); length = 3
                }
            case UInt8(ascii: "z"):
                if at(i + 1) == UInt8(ascii: "h") { symbol = UInt8(ascii: "j"); length = 2 }
            case UInt8(ascii: "d"):
                if at(i + 1) == UInt8(ascii: "s"), at(i + 2) == UInt8(ascii: "c"), at(i + 3) == UInt8(ascii: "h") {
                    symbol = UInt8(ascii: "j"); length = 4  // German dsch
                } else if at(i + 1) == UInt8(ascii: "z"), at(i + 2) == UInt8(ascii: "h") {
                    symbol = UInt8(ascii: "j"); length = 3
                } else if at(i + 1) == UInt8(ascii: "j") {
                    symbol = UInt8(ascii: "j"); length = 2
                }
            case UInt8(ascii: "k"):
                if at(i + 1) == UInt8(ascii: "h") { symbol = UInt8(ascii: "h"); length = 2 }
            case UInt8(ascii: "c"):
                // ch is ч; c before e, i, y is ц (ISO 9, Polish, Czech); before anything else
                // it is English or French k (Victor, Nicolai, Coj in ISO 9 reads k on both sides).
                let next = at(i + 1)
                if next == UInt8(ascii: "h") || next == UInt8(ascii: "z") {
                    symbol = UInt8(ascii: "q"); length = 2  // ch; Polish cz
                } else if next != UInt8(ascii: "e"), next != UInt8(ascii: "i"), next != UInt8(ascii: "y") {
                    symbol = UInt8(ascii: "k")
                }
            case UInt8(ascii: "t"):
                if at(i + 1) == UInt8(ascii: "s"), at(i + 2) == UInt8(ascii: "c"), at(i + 3) == UInt8(ascii: "h") {
                    symbol = UInt8(ascii: "q"); length = 4  // German tsch
                } else if at(i + 1) == UInt8(ascii: "s") {
                    symbol = UInt8(ascii: "c"); length = 2
                } else if at(i + 1) == UInt8(ascii: "c"), at(i + 2) == UInt8(ascii: "h") {
                    symbol = UInt8(ascii: "q"); length = 3
                }
            case UInt8(ascii: "f"):
                if at(i + 1) == UInt8(ascii: "f") { symbol = UInt8(ascii: "v"); length = 2 }  // -off, -eff
            case UInt8(ascii: "n"):
                if at(i + 1) == UInt8(ascii: "g") { length = 2 }
            case UInt8(ascii: "y"):
                symbol = UInt8(ascii: "i")
            case UInt8(ascii: "j"):
                let glide = i > 0 && isVowel(letters[i - 1]) && (i + 1 >= n || !isVowel(letters[i + 1]))
                symbol = glide ? UInt8(ascii: "i") : UInt8(ascii: "j")
            default:
                break
            }
            // A doubled consonant reads as one before a vowel (Sadykkov, Assanov; not "All", "Bill").
            let collapsible = isVowel(at(i + length))
            emit(symbol, starts[i], ends[i + length - 1], soft[i], collapsible: collapsible, wordStart: wordStart, into: &out)
            i += length
        }
    }

    @inline(__always)
    private static func emit(
        _ symbol: UInt8, _ start: Int32, _ end: Int32, _ soft: Bool, collapsible: Bool, wordStart: Int,
        into out: inout SkeletonOutput
    ) {
        let count = out.count
        if count > wordStart {
            let last = out.symbols[count - 1]
            let i = UInt8(ascii: "i"), e = UInt8(ascii: "e")
            if symbol == i, last == i {
                out.setLastEnd(end)
                return
            }
            if symbol == e, last == i {
                out.symbols[count - 1] = e
                out.setLastEnd(end)
                if count - 2 >= wordStart {
                    let before = out.symbols[count - 2]
                    if before == UInt8(ascii: "o") || before == UInt8(ascii: "u") {
                        out.removeLast()
                        out.setLastEnd(end)
                        out.softBoundaries.remove(Int32(count - 1))
                    }
                }
                return
            }
            if symbol == e, last == UInt8(ascii: "o") || last == UInt8(ascii: "u") {
                out.setLastEnd(end)
                return
            }
        }
        if collapsible, !soft, count > wordStart, symbol == out.symbols[count - 1], !isVowel(symbol) {
            out.setLastEnd(end)  // a doubled consonant reads as one
            return
        }
        if soft, count > wordStart { out.softBoundaries.insert(Int32(count)) }
        out.push(symbol, start, end)
    }
}
