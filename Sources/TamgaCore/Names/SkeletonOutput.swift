/// The symbols and offset map a `SkeletonScanner` writes, as raw buffers.
///
/// Why not arrays: every symbol of a text is written here, and three
/// `Array.append` calls per symbol (uniqueness and capacity checks, a
/// possible reallocation each) cost more than the scan itself. The buffers
/// belong to the arrays of the `SkeletonText` under construction (see
/// `SkeletonText.init(utf8:)`), sized by the proved bound, and every write
/// is checked against `capacity`, so a wrong bound traps instead of writing
/// out of bounds.
///
/// Why deltas: the offset map is read only where a mention starts or ends,
/// but written for every symbol, and fresh memory costs a page fault per
/// 4 KiB touched. So a symbol's start is stored as one byte, its distance
/// from the previous symbol's start, with the exact start every 256 symbols
/// (`checkpoints`); its end as one byte, its distance from its own start.
/// A distance that does not fit (255 or more: a long run of spaces or of
/// invisible characters, never a letter) is stored as 255 with the exact
/// offset in `startEscapes`/`endEscapes`. Three bytes a symbol instead of nine.
struct SkeletonOutput {
    static let blockShift = 8
    static let escape: UInt8 = 255

    let symbols: UnsafeMutablePointer<UInt8>
    let startDeltas: UnsafeMutablePointer<UInt8>
    let endDeltas: UnsafeMutablePointer<UInt8>
    let checkpoints: UnsafeMutablePointer<Int32>
    let capacity: Int
    var count = 0
    var softBoundaries: Set<Int32> = []
    var startEscapes: [Int32: Int32] = [:]
    var endEscapes: [Int32: Int32] = [:]
    /// Starts of the last two symbols: a merge extends the last one's end or drops it.
    private var lastStart: Int32 = 0
    private var previousStart: Int32 = 0

    init(symbols: UnsafeMutablePointer<UInt8>, startDeltas: UnsafeMutablePointer<UInt8>,
         endDeltas: UnsafeMutablePointer<UInt8>, checkpoints: UnsafeMutablePointer<Int32>, capacity: Int) {
        self.symbols = symbols
        self.startDeltas = startDeltas
        self.endDeltas = endDeltas
        self.checkpoints = checkpoints
        self.capacity = capacity
    }

    /// Checkpoints needed for `capacity` symbols.
    static func checkpointCount(_ capacity: Int) -> Int { (capacity >> blockShift) + 1 }

    /// A non-letter symbol; a run of spaces or of boundaries is one symbol.
    @inline(__always)
    mutating func append(_ symbol: UInt8, _ start: Int, _ end: Int) {
        if symbol == SkeletonText.space || symbol == SkeletonText.boundary, count > 0, symbols[count - 1] == symbol {
            setLastEnd(Int32(truncatingIfNeeded: end))
            return
        }
        push(symbol, Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
    }

    @inline(__always)
    mutating func push(_ symbol: UInt8, _ start: Int32, _ end: Int32) {
        precondition(count < capacity, "skeleton buffer bound violated")
        symbols[count] = symbol
        if count & ((1 << Self.blockShift) - 1) == 0 {
            checkpoints[count >> Self.blockShift] = start
            startDeltas[count] = 0
        } else {
            let delta = start &- lastStart
            if delta >= 0, delta < Int32(Self.escape) {
                startDeltas[count] = UInt8(truncatingIfNeeded: delta)
            } else {
                startDeltas[count] = Self.escape
                startEscapes[Int32(truncatingIfNeeded: count)] = start
            }
        }
        previousStart = lastStart
        lastStart = start
        writeEnd(count, start: start, end: end)
        count += 1
    }

    /// Moves the end of the last symbol (a merged run, a letter that swallowed the next).
    @inline(__always)
    mutating func setLastEnd(_ end: Int32) {
        let index = count - 1
        if endDeltas[index] == Self.escape { endEscapes[Int32(truncatingIfNeeded: index)] = nil }
        writeEnd(index, start: lastStart, end: end)
    }

    /// Drops the last symbol (ie after o or u folds into the vowel before).
    mutating func removeLast() {
        count -= 1
        if count & ((1 << Self.blockShift) - 1) != 0, startDeltas[count] == Self.escape {
            startEscapes[Int32(truncatingIfNeeded: count)] = nil
        }
        if endDeltas[count] == Self.escape { endEscapes[Int32(truncatingIfNeeded: count)] = nil }
        lastStart = previousStart
        previousStart = count >= 2
            ? Self.start(count - 2, startDeltas: startDeltas, checkpoints: checkpoints, escapes: startEscapes) : 0
    }

    @inline(__always)
    private mutating func writeEnd(_ index: Int, start: Int32, end: Int32) {
        let delta = end &- start
        if delta >= 0, delta < Int32(Self.escape) {
            endDeltas[index] = UInt8(truncatingIfNeeded: delta)
        } else {
            endDeltas[index] = Self.escape
            endEscapes[Int32(truncatingIfNeeded: index)] = end
        }
    }

    /// The start of symbol `index`: its block's checkpoint plus the deltas up to it.
    static func start(
        _ index: Int, startDeltas: UnsafePointer<UInt8>, checkpoints: UnsafePointer<Int32>, escapes: [Int32: Int32]
    ) -> Int32 {
        var position = index & ~((1 << blockShift) - 1)
        var value = checkpoints[index >> blockShift]
        while position < index {
            position += 1
            let delta = startDeltas[position]
            value = delta == escape ? escapes[Int32(truncatingIfNeeded: position)]! : value &+ Int32(delta)
        }
        return value
    }

    /// The end of symbol `index`, given its start.
    @inline(__always)
    static func end(_ index: Int, start: Int32, endDeltas: UnsafePointer<UInt8>, escapes: [Int32: Int32]) -> Int32 {
        let delta = endDeltas[index]
        return delta == escape ? escapes[Int32(truncatingIfNeeded: index)]! : start &+ Int32(delta)
    }

    /// Calls `body` with the start and end of symbols `from..<count`, in order.
    func forEachSpan(from: Int, _ body: (Int32, Int32) -> Void) {
        guard from < count else { return }
        var start = Self.start(from, startDeltas: startDeltas, checkpoints: checkpoints, escapes: startEscapes)
        for index in from..<count {
            if index > from {
                let delta = startDeltas[index]
                if index & ((1 << Self.blockShift) - 1) == 0 {
                    start = checkpoints[index >> Self.blockShift]
                } else {
                    start = delta == Self.escape ? startEscapes[Int32(truncatingIfNeeded: index)]! : start &+ Int32(delta)
                }
            }
            body(start, Self.end(index, start: start, endDeltas: endDeltas, escapes: endEscapes))
        }
    }
}
