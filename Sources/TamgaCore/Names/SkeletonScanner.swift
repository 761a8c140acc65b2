/// The single pass that turns UTF-8 into a `SkeletonText`.
///
/// Letters are gathered a word at a time (a word needs to be whole before
/// its look-alike letters can be read in the script of the majority), then
/// the word's base letters are rewritten to skeleton symbols. Everything
/// works on bytes and integer offsets: no `Character`, no `String` slicing,
/// no regular expressions, because this runs over every byte of an export.
///
/// Why raw pointers: this loop is the matcher's cost (every byte of every
/// export passes through it), and Swift arrays appended one element at a
/// time pay a uniqueness and a capacity check per element. The word buffers
/// are owned by this (non-copyable) scanner and freed in `deinit`; the output
/// is written into arrays sized for the worst case, which is proved, not
/// guessed: a scalar of `b` UTF-8 bytes yields at most `2b` base letters (x is
/// "ks" in one byte, щ "shch" in two) and a non-letter at most one symbol, so
/// `2 * utf8.count + 1` symbols always fit (`flush` checks it anyway).
///
/// In a long text, a word of plain letters followed by a plain separator is
/// looked up in a `SkeletonWordMemo` first (`plainWord`): its skeleton is a
/// function of its bytes, so a repeated word is copied, not rewritten again.
/// Every other word, and every word of a short text, goes scalar by scalar.
struct SkeletonScanner: ~Copyable {
    let utf8: UnsafeBufferPointer<UInt8>
    private let filter: SkeletonWordFilter?

    // The pending word: one entry per letter scalar.
    private var wordEntry: UnsafeMutablePointer<UInt64>
    private var wordStart: UnsafeMutablePointer<Int32>
    private var wordEnd: UnsafeMutablePointer<Int32>
    private var wordSoft: UnsafeMutablePointer<Bool>
    private var wordCount = 0
    private var wordCapacity = 0
    // The word's base letters, one entry per letter (a scalar may give up to four).
    private var letters: UnsafeMutablePointer<UInt8>
    private var letterStart: UnsafeMutablePointer<Int32>
    private var letterEnd: UnsafeMutablePointer<Int32>
    private var letterSoft: UnsafeMutablePointer<Bool>
    private var letterCapacity = 0
    private var memo: SkeletonWordMemo?
    /// Memo lookups and hits: a text whose words rarely repeat (a table of
    /// codes, a list of names) is read without the memo after a trial.
    private var memoLookups = 0
    private var memoHits = 0
    private static let memoTrial = 16_384

    init(utf8: UnsafeBufferPointer<UInt8>, filter: SkeletonWordFilter? = nil) {
        self.utf8 = utf8
        self.filter = filter
        memo = utf8.count >= SkeletonWordMemo.minimumTextBytes ? SkeletonWordMemo() : nil
        wordCapacity = 64
        letterCapacity = 4 * wordCapacity
        wordEntry = .allocate(capacity: wordCapacity)
        wordStart = .allocate(capacity: wordCapacity)
        wordEnd = .allocate(capacity: wordCapacity)
        wordSoft = .allocate(capacity: wordCapacity)
        letters = .allocate(capacity: letterCapacity)
        letterStart = .allocate(capacity: letterCapacity)
        letterEnd = .allocate(capacity: letterCapacity)
        letterSoft = .allocate(capacity: letterCapacity)
    }

    deinit {
        wordEntry.deallocate(); wordStart.deallocate(); wordEnd.deallocate(); wordSoft.deallocate()
        letters.deallocate(); letterStart.deallocate(); letterEnd.deallocate(); letterSoft.deallocate()
    }

    /// The whole text into `out`, whose buffers hold at least `2 * utf8.count + 1` symbols.
    mutating func run(into out: inout SkeletonOutput) {
        SkeletonScalarTable.entries.withUnsafeBufferPointer { table in
            var offset = 0
            var joinNext = false
            let n = utf8.count
            while offset < n {
                let (value, length) = decode(offset)
                let entry = value < UInt32(SkeletonScalarTable.count)
                    ? ScalarEntry(raw: table[Int(value)]) : SkeletonScalarTable.slowEntry(value)
                let next = offset + length
                switch entry.kind {
                case .latin, .cyrillic:
                    if wordCount == 0, !joinNext, memo != nil || filter != nil, let end = plainWord(at: offset, table, into: &out) {
                        offset = end
                        continue
                    }
                    let camel = entry.isUpper && wordCount > 0 && ScalarEntry(raw: wordEntry[wordCount - 1]).isUpper == false
                    if wordCount == wordCapacity { growWord() }
                    wordEntry[wordCount] = entry.raw
                    wordStart[wordCount] = Int32(truncatingIfNeeded: offset)
                    wordEnd[wordCount] = Int32(truncatingIfNeeded: next)
                    wordSoft[wordCount] = joinNext || camel
                    wordCount += 1
                    joinNext = false
                case .soft:
                    if wordCount > 0 { wordEnd[wordCount - 1] = Int32(truncatingIfNeeded: next) }
                case .apostrophe:
                    if wordCount > 0, !isPossessive(after: next) {
                        wordEnd[wordCount - 1] = Int32(truncatingIfNeeded: next)
                    } else {
                        flush(into: &out)
                        out.append(SkeletonText.boundary, offset, next)
                    }
                case .hyphen:
                    if wordCount > 0, let resume = lineBreakJoin(after: next) {
                        wordEnd[wordCount - 1] = Int32(truncatingIfNeeded: resume)
                        joinNext = true
                        offset = resume
                        continue
                    }
                    flush(into: &out)
                    out.append(SkeletonText.space, offset, next)
                case .space, .newline:
                    flush(into: &out)
                    out.append(SkeletonText.space, offset, next)
                case .dot:
                    flush(into: &out)
                    out.append(SkeletonText.dot, offset, next)
                case .comma:
                    flush(into: &out)
                    out.append(SkeletonText.comma, offset, next)
                case .boundary:
                    flush(into: &out)
                    out.append(SkeletonText.boundary, offset, next)
                }
                offset = next
            }
            flush(into: &out)
        }
    }

    /// A word of letters only, starting at `offset` and followed by a separator
    /// that ends it for sure (space, line break, dot, comma, a boundary, the end):
    /// a placeholder if no key can cover it (`SkeletonWordFilter`), else its
    /// skeleton taken from the memo or worked out and remembered.
    /// Returns where the word ends, or nil (nothing written) for any other word,
    /// which the caller then reads scalar by scalar.
    ///
    /// Without a memo (texts under 16 KB) a word that may begin a key is given
    /// back as soon as its first two letters say so, not read to its end twice.
    /// Soft characters (ь, ъ, combining marks) may sit inside a skipped word:
    /// they only widen the letter before them, and the placeholder spans them.
    private mutating func plainWord(at offset: Int, _ table: UnsafeBufferPointer<UInt64>, into out: inout SkeletonOutput) -> Int? {
        @inline(__always) func entry(_ value: UInt32) -> ScalarEntry {
            value < UInt32(SkeletonScalarTable.count) ? ScalarEntry(raw: table[Int(value)]) : SkeletonScalarTable.slowEntry(value)
        }
        let n = utf8.count
        var end = offset
        var lastUpper = false, hasLatin = false, hasCyrillic = false, hasSoft = false, camelCase = false
        var firstBase: UInt32 = 0, secondBase: UInt32 = 0
        var letterCount = 0
        // Whether the word may still become a placeholder, and whether the filter has read its start.
        var skippable = filter != nil, checked = false
        while end < n {
            let byte = utf8[end]
            let letter: ScalarEntry, length: Int
            if byte < 0x80 {
                letter = ScalarEntry(raw: table[Int(byte)])
                length = 1
            } else {
                let decoded = decode(end)
                letter = entry(decoded.value)
                length = decoded.length
            }
            guard letter.isLetter else {
                guard skippable, letter.kind == .soft else { break }
                hasSoft = true
                end += length
                continue
            }
            // A capital after a small letter is a camel-case join (a soft boundary):
            // a key may start there. A capital first letter is harmless.
            camelCase = camelCase || (letter.isUpper && letterCount > 0 && !lastUpper)
            lastUpper = letter.isUpper
            if letter.kind == .latin { hasLatin = true } else { hasCyrillic = true }
            if letterCount == 0 { firstBase = letter.base } else if letterCount == 1 { secondBase = letter.base }
            letterCount += 1
            end += length
            if skippable, !checked, letterCount == 2 || firstBase > 0xFF {
                checked = true
                skippable = !Self.mayBeginKey(filter!, firstBase, secondBase)
            }
            if camelCase || (hasLatin && hasCyrillic) { skippable = false }
            if !skippable, memo == nil { return nil }
        }
        if end < n {
            switch entry(decode(end).value).kind {
            case .space, .newline, .dot, .comma, .boundary: break
            default: return nil
            }
        }
        // A word no key can cover: one placeholder. Only a word of one script
        // (no look-alike reading) and without a camel-case join. (Whether it is
        // an initial is decided on its own skeleton: `NameMatcher.initialWord`.)
        if skippable, firstBase != 0, checked || !Self.mayBeginKey(filter!, firstBase, secondBase) {
            out.push(SkeletonText.placeholder, Int32(truncatingIfNeeded: offset), Int32(truncatingIfNeeded: end))
            return end
        }
        guard !hasSoft else { return nil }
        guard memo != nil, end - offset <= SkeletonWordMemo.maxWordBytes else { return nil }
        let hash = SkeletonWordMemo.hash(utf8, offset, end)
        memoLookups += 1
        if memo!.emit(utf8, offset, end, hash: hash, into: &out) { memoHits += 1; return end }
        if memoLookups >= Self.memoTrial, memoHits * 3 < memoLookups { memo = nil }
        var position = offset
        camelCase = false
        while position < end {
            let (value, length) = decode(position)
            let letter = entry(value)
            let camel = letter.isUpper && wordCount > 0 && ScalarEntry(raw: wordEntry[wordCount - 1]).isUpper == false
            camelCase = camelCase || camel
            if wordCount == wordCapacity { growWord() }
            wordEntry[wordCount] = letter.raw
            wordStart[wordCount] = Int32(truncatingIfNeeded: position)
            wordEnd[wordCount] = Int32(truncatingIfNeeded: position + length)
            wordSoft[wordCount] = camel
            wordCount += 1
            position += length
        }
        let from = out.count
        flush(into: &out)
        if !camelCase, memo != nil { memo!.remember(utf8, offset, end, hash: hash, from: from, out: out) }
        return end
    }

    /// The filter's reading of a word's first base letters (the second byte
    /// of a two-letter base such as "zh" counts as the second letter).
    @inline(__always)
    private static func mayBeginKey(_ filter: SkeletonWordFilter, _ firstBase: UInt32, _ secondBase: UInt32) -> Bool {
        let first = UInt8(truncatingIfNeeded: firstBase)
        let second = firstBase > 0xFF ? UInt8(truncatingIfNeeded: firstBase >> 8) : UInt8(truncatingIfNeeded: secondBase)
        return filter.mayBeginKey(first, second)
    }

    @inline(never)
    private mutating func growWord() {
        let capacity = wordCapacity * 2
        func grow<T>(_ pointer: inout UnsafeMutablePointer<T>, _ old: Int) {
            let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
            new.moveInitialize(from: pointer, count: old)
            pointer.deallocate()
            pointer = new
        }
        grow(&wordEntry, wordCount); grow(&wordStart, wordCount); grow(&wordEnd, wordCount); grow(&wordSoft, wordCount)
        wordCapacity = capacity
        letterCapacity = 4 * capacity
        letters.deallocate(); letterStart.deallocate(); letterEnd.deallocate(); letterSoft.deallocate()
        letters = .allocate(capacity: letterCapacity)
        letterStart = .allocate(capacity: letterCapacity)
        letterEnd = .allocate(capacity: letterCapacity)
        letterSoft = .allocate(capacity: letterCapacity)
    }

    // MARK: - A whole word

    private mutating func flush(into out: inout SkeletonOutput) {
        guard wordCount > 0 else { return }
        var hasLatin = false, hasCyrillic = false
        for k in 0..<wordCount {
            if ScalarEntry(raw: wordEntry[k]).kind == .latin { hasLatin = true } else { hasCyrillic = true }
        }
        var readAs: ScalarEntry.Kind? = nil
        if hasLatin && hasCyrillic {
            var latin = 0, cyrillic = 0
            for k in 0..<wordCount {
                let entry = ScalarEntry(raw: wordEntry[k])
                if entry.hasLookAlike { continue }
                if entry.kind == .latin { latin += 1 } else { cyrillic += 1 }
            }
            readAs = latin > cyrillic ? .latin : (cyrillic > latin ? .cyrillic : nil)
        }
        var count = 0
        for k in 0..<wordCount {
            let entry = ScalarEntry(raw: wordEntry[k])
            var base = entry.base
            if let readAs, entry.kind != readAs, entry.hasLookAlike { base = entry.lookAlike }
            var first = true
            let start = wordStart[k], end = wordEnd[k], soft = wordSoft[k]
            while base != 0 {
                letters[count] = UInt8(truncatingIfNeeded: base)
                letterStart[count] = start
                letterEnd[count] = end
                letterSoft[count] = first && soft
                count += 1
                first = false
                base >>= 8
            }
        }
        wordCount = 0
        precondition(out.count + count <= out.capacity, "skeleton buffer bound violated")
        SkeletonRewriter.rewrite(
            UnsafeBufferPointer(start: letters, count: count), letterStart, letterEnd, letterSoft, into: &out)
    }
}
