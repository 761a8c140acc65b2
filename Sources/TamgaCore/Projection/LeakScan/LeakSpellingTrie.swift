/// Every declared spelling of the registry, normalized once, in one trie,
/// so the scan finds all of them in one pass over the text instead of one
/// pass per spelling (BENCHMARKS.md, P2).
///
/// It answers what `LeakNormalizer.occurrences(of:)` answers for each
/// needle: the first offset where the needle's scalars occur, compared
/// scalar by scalar, without cutting a word at either end.
struct LeakSpellingTrie: Sendable {
    /// Edges by `node << 21 | scalar`; the root's edges for common scalars
    /// are also in `rootEdges`, since a walk starts at nearly every offset.
    private var edges: [UInt64: Int32] = [:]
    private var rootEdges = [Int32](repeating: -1, count: rootTableSize)
    /// The needles that end at each node.
    private var needlesEndingAt: [[Int]] = [[]]
    private(set) var needleCount = 0

    private static let rootTableSize = 0x500

    /// Adds a needle (already normalized) and returns its number. An empty
    /// needle gets a number but is never found, as `occurrences` finds none.
    mutating func insert(_ needle: [Unicode.Scalar]) -> Int {
        let number = needleCount
        needleCount += 1
        guard !needle.isEmpty else { return number }
        var node: Int32 = 0
        for scalar in needle {
            let key = Self.key(node, scalar)
            if let next = edges[key] {
                node = next
                continue
            }
            let next = Int32(needlesEndingAt.count)
            needlesEndingAt.append([])
            edges[key] = next
            if node == 0, scalar.value < Self.rootTableSize { rootEdges[Int(scalar.value)] = next }
            node = next
        }
        needlesEndingAt[Int(node)].append(number)
        return number
    }

    @inline(__always)
    private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(node) << 21 | UInt64(scalar.value)
    }

    /// For each needle, the offset of its first whole-word occurrence in
    /// `text`, or nil.
    func firstOffsets(in text: LeakNormalizer) -> [Int?] {
        var first = [Int?](repeating: nil, count: needleCount)
        let scalars = text.scalars
        let count = scalars.count
        let isWord = scalars.map(LeakScalarTable.isWordScalar)
        for start in 0..<count {
            // A match starting inside a word cuts it.
            if start > 0, isWord[start], isWord[start - 1] { continue }
            let head = scalars[start].value
            let firstNode = head < Self.rootTableSize ? rootEdges[Int(head)] : (edges[Self.key(0, scalars[start])] ?? -1)
            guard firstNode >= 0 else { continue }
            var node = firstNode
            var end = start + 1
            while true {
                let ending = needlesEndingAt[Int(node)]
                if !ending.isEmpty, !(isWord[end - 1] && end < count && isWord[end]) {
                    for number in ending where first[number] == nil { first[number] = start }
                }
                guard end < count, let next = edges[Self.key(node, scalars[end])] else { break }
                node = next
                end += 1
            }
        }
        return first
    }
}
