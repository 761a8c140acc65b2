/// An Aho-Corasick automaton over skeleton symbols, compiled to a full DFA.
///
/// One table lookup per symbol whatever the number of keys, so a vault of
/// 10,000 persons costs about what one costs. The alphabet is tiny (26
/// letters, space, dot, comma; everything else is class 0 and sends the
/// automaton home), so rows are 32 wide and indexed by shifting.
struct SkeletonAutomaton: Sendable {
    private static let width = 32
    /// Symbol → column; 0 for symbols no key contains.
    static let columns: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (i, letter) in (UInt8(ascii: "a")...UInt8(ascii: "z")).enumerated() { table[Int(letter)] = UInt8(i + 1) }
        table[Int(SkeletonText.space)] = 27
        table[Int(SkeletonText.dot)] = 28
        table[Int(SkeletonText.comma)] = 29
        return table
    }()

    private let delta: [Int32]
    /// For each state, the nearest state (itself or a proper suffix) at which keys end; -1 if none.
    private let report: [Int32]
    /// For each state with keys, the next shorter suffix state with keys; -1 if none.
    private let outLink: [Int32]
    private let firstKey: [Int32]
    private let nextKey: [Int32]
    /// Symbols in each key.
    let keyLengths: [Int32]

    var stateCount: Int { report.count }

    init(keys: [[UInt8]]) {
        let w = Self.width
        var delta = [Int32](repeating: -1, count: w)
        var firstKey: [Int32] = [-1]
        var nextKey = [Int32](repeating: -1, count: keys.count)
        for (index, key) in keys.enumerated() {
            var state = 0
            for symbol in key {
                let column = Int(Self.columns[Int(symbol)])
                precondition(column != 0, "a name key holds a symbol outside the skeleton alphabet")
                var next = Int(delta[state * w + column])
                if next < 0 {
                    next = firstKey.count
                    delta[state * w + column] = Int32(next)
                    delta.append(contentsOf: repeatElement(-1, count: w))
                    firstKey.append(-1)
                }
                state = next
            }
            nextKey[index] = firstKey[state]
            firstKey[state] = Int32(index)
        }
        let states = firstKey.count
        var fail = [Int32](repeating: 0, count: states)
        var report = [Int32](repeating: -1, count: states)
        var outLink = [Int32](repeating: -1, count: states)
        var queue: [Int32] = []
        queue.reserveCapacity(states)
        report[0] = firstKey[0] >= 0 ? 0 : -1
        for column in 0..<w {
            let child = delta[column]
            if child < 0 { delta[column] = 0 } else { queue.append(child) }
        }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head]); head += 1
            let failure = Int(fail[state])
            outLink[state] = report[failure]
            report[state] = firstKey[state] >= 0 ? Int32(state) : report[failure]
            for column in 0..<w {
                let child = delta[state * w + column]
                let viaFailure = delta[failure * w + column]
                if child < 0 {
                    delta[state * w + column] = viaFailure
                } else {
                    fail[Int(child)] = viaFailure
                    queue.append(child)
                }
            }
        }
        self.delta = delta
        self.report = report
        self.outLink = outLink
        self.firstKey = firstKey
        self.nextKey = nextKey
        self.keyLengths = keys.map { Int32($0.count) }
    }

    /// Every (end, key) where a key ends at symbol index `end` (exclusive), in text order.
    func hits(in symbols: [UInt8]) -> [(end: Int, key: Int)] {
        var hits: [(end: Int, key: Int)] = []
        symbols.withUnsafeBufferPointer { text in
            delta.withUnsafeBufferPointer { delta in
                report.withUnsafeBufferPointer { report in
                    Self.columns.withUnsafeBufferPointer { columns in
                        var state = 0
                        for i in 0..<text.count {
                            state = Int(delta[state &<< 5 | Int(columns[Int(text[i])])])
                            var found = report[state]
                            while found >= 0 {
                                var key = firstKey[Int(found)]
                                while key >= 0 {
                                    hits.append((i + 1, Int(key)))
                                    key = nextKey[Int(key)]
                                }
                                found = outLink[Int(found)]
                            }
                        }
                    }
                }
            }
        }
        return hits
    }
}
