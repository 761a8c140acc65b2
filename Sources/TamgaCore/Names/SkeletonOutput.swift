/// The symbols and offset map a `SkeletonScanner` writes, as raw buffers.
///
/// Why not arrays: every symbol of a text is written here, and three
/// `Array.append` calls per symbol (uniqueness and capacity checks, a
/// possible reallocation each) cost more than the scan itself. The buffers
/// belong to the arrays of the `SkeletonText` under construction (see
/// `SkeletonText.init(utf8:)`), sized by the proved bound, and every write
/// is checked against `capacity`, so a wrong bound traps instead of writing
/// out of bounds.
struct SkeletonOutput {
    let symbols: UnsafeMutablePointer<UInt8>
    let starts: UnsafeMutablePointer<Int32>
    let ends: UnsafeMutablePointer<Int32>
    let capacity: Int
    var count = 0
    var softBoundaries: Set<Int32> = []

    /// A non-letter symbol; a run of spaces or of boundaries is one symbol.
    @inline(__always)
    mutating func append(_ symbol: UInt8, _ start: Int, _ end: Int) {
        if symbol == SkeletonText.space || symbol == SkeletonText.boundary, count > 0, symbols[count - 1] == symbol {
            ends[count - 1] = Int32(truncatingIfNeeded: end)
            return
        }
        push(symbol, Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
    }

    @inline(__always)
    mutating func push(_ symbol: UInt8, _ start: Int32, _ end: Int32) {
        precondition(count < capacity, "skeleton buffer bound violated")
        symbols[count] = symbol
        starts[count] = start
        ends[count] = end
        count += 1
    }
}
