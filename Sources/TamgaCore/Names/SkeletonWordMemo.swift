/// The skeletons of words already seen in this text, by their UTF-8 bytes.
///
/// Why: prose repeats its words ("the", "и", "задержанный"), and a word of
/// plain letters between two separators has a skeleton (symbols, their spans
/// relative to the word, no soft boundary inside) that depends on its bytes
/// alone, so it is worked out once per text and copied after that. Only such
/// words come here (`SkeletonScanner.plainWord`): anything with a soft
/// character, an apostrophe, a hyphen, a join or a camel-case boundary takes
/// the full path, so the memo cannot change a skeleton, only skip recomputing it.
///
/// Flat, fixed-size buffers (a small open-addressing table that stays in the
/// first-level cache, and bump-allocated bytes): once full, words are still
/// looked up but no longer added, which bounds memory whatever the text.
struct SkeletonWordMemo: ~Copyable {
    /// Words longer than this (in bytes) are not kept.
    static let maxWordBytes = 48
    /// A memo pays for itself only over a long text (a name or a key is
    /// skeletonized without one). In a report of ~5 KB most words are new, and
    /// remembering them cost more than it saved (17 % of redaction time).
    static let minimumTextBytes = 16_384
    private static let slotCount = 1 << 13
    private static let maxEntries = 1 << 12

    private struct Entry {
        var hash: UInt64
        var keyOffset: Int32
        var symbolOffset: Int32
        var keyLength: UInt8
        var symbolCount: UInt8
    }

    private let slots: UnsafeMutablePointer<Int32>
    private let entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0
    private let keyBytes: UnsafeMutablePointer<UInt8>
    private var keyCount = 0
    private let symbols: UnsafeMutablePointer<UInt8>
    private let relativeStarts: UnsafeMutablePointer<UInt8>
    private let relativeEnds: UnsafeMutablePointer<UInt8>
    private var symbolCount = 0
    private static var keyCapacity: Int { maxEntries * maxWordBytes }
    private static var symbolCapacity: Int { maxEntries * 2 * maxWordBytes }

    init() {
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: -1, count: Self.slotCount)
        entries = .allocate(capacity: Self.maxEntries)
        keyBytes = .allocate(capacity: Self.keyCapacity)
        symbols = .allocate(capacity: Self.symbolCapacity)
        relativeStarts = .allocate(capacity: Self.symbolCapacity)
        relativeEnds = .allocate(capacity: Self.symbolCapacity)
    }

    deinit {
        slots.deallocate(); entries.deallocate(); keyBytes.deallocate()
        symbols.deallocate(); relativeStarts.deallocate(); relativeEnds.deallocate()
    }

    /// The word's bytes, up to 8 at a time; the last (partial) word read whole and
    /// masked where the buffer allows it, byte by byte only at the end of the text.
    @inline(__always)
    static func hash(_ utf8: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(end - start)
        var p = start
        let base = UnsafeRawPointer(utf8.baseAddress!)
        while p + 8 <= end {
            h = (h ^ base.loadUnaligned(fromByteOffset: p, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            p += 8
        }
        if p < end {
            h = (h ^ tail(utf8, p, end)) &* 0xC4CE_B9FE_1A85_EC53
        }
        return h ^ (h >> 29)
    }

    /// The 1 to 7 bytes `p..<end` as a little-endian integer.
    @inline(__always)
    private static func tail(_ utf8: UnsafeBufferPointer<UInt8>, _ p: Int, _ end: Int) -> UInt64 {
        let length = end - p
        if p + 8 <= utf8.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: p, as: UInt64.self))
            return word & ((1 << UInt64(8 * length)) - 1)
        }
        var value: UInt64 = 0
        for k in 0..<length { value |= UInt64(utf8[p + k]) << UInt64(8 * k) }
        return value
    }

    /// Writes the remembered skeleton of the word at `start..<end` into `out`; false if not remembered.
    @inline(__always)
    func emit(_ utf8: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64, into out: inout SkeletonOutput) -> Bool {
        var slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
        let length = end - start
        while true {
            let index = Int(slots[slot])
            if index < 0 { return false }
            let entry = entries[index]
            if entry.hash == hash, Int(entry.keyLength) == length,
               memcmpEqual(utf8.baseAddress! + start, keyBytes + Int(entry.keyOffset), length) {
                let from = Int(entry.symbolOffset), count = Int(entry.symbolCount)
                precondition(out.count + count <= out.capacity, "skeleton buffer bound violated")
                let base = Int32(truncatingIfNeeded: start)
                for k in 0..<count {
                    out.push(symbols[from + k], base &+ Int32(relativeStarts[from + k]), base &+ Int32(relativeEnds[from + k]))
                }
                return true
            }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
    }

    @inline(__always)
    private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var k = 0
        while k + 8 <= length {
            if UnsafeRawPointer(a + k).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + k).loadUnaligned(as: UInt64.self) {
                return false
            }
            k += 8
        }
        while k < length {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }

    /// Remembers the skeleton just written to `out` (symbols `from..<out.count`) for the word at `start..<end`.
    mutating func remember(
        _ utf8: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64, from: Int, out: borrowing SkeletonOutput
    ) {
        let length = end - start, count = out.count - from
        guard entryCount < Self.maxEntries, length <= Self.maxWordBytes, count <= 2 * Self.maxWordBytes,
              keyCount + length <= Self.keyCapacity, symbolCount + count <= Self.symbolCapacity else { return }
        var slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (Self.slotCount - 1) }
        slots[slot] = Int32(entryCount)
        entries[entryCount] = Entry(hash: hash, keyOffset: Int32(keyCount), symbolOffset: Int32(symbolCount),
                                    keyLength: UInt8(length), symbolCount: UInt8(count))
        entryCount += 1
        (keyBytes + keyCount).initialize(from: utf8.baseAddress! + start, count: length)
        keyCount += length
        let base = Int32(start)
        var k = symbolCount
        out.forEachSpan(from: from) { spanStart, spanEnd in
            symbols[k] = out.symbols[from + k - symbolCount]
            relativeStarts[k] = UInt8(spanStart - base)
            relativeEnds[k] = UInt8(spanEnd - base)
            k += 1
        }
        symbolCount += count
    }
}
