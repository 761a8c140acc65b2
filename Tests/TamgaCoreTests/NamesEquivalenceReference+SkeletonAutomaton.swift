// Frozen copy of Sources/TamgaCore/Names/SkeletonAutomaton.swift at commit 2fd7615, nested in
// `NamesReference` (see NamesEquivalenceReference.swift). Do not optimize this file.

import TamgaCore  // not @testable: only the public seam types, never the optimized internals

extension NamesReference {
    /// An Aho-Corasick automaton over skeleton symbols, compiled to a full DFA.
    ///
    /// One table lookup per symbol whatever the number of keys, so a vault of
    /// 10,000 persons costs about what one costs. The alphabet is tiny (26
    /// letters and one boundary column for space, dot, comma and `#`), so rows
    /// are 32 wide and indexed by shifting. Every key is stored behind a
    /// boundary symbol, and the text is read as if one preceded it: a key is
    /// reported only where a word starts, so the thousands of keys of a large
    /// vault do not fire inside every longer word. (Inside keys, dot, comma and
    /// space are the same symbol: only declared initials such as "А.С." contain
    /// them, and "А С" matching them too is harmless.) Word starts that are not
    /// after a boundary symbol (`softBoundaries`) are scanned on their own.
    struct SkeletonAutomaton: Sendable {
        private static let width = 32
        static let boundaryColumn: UInt8 = 27
        /// Symbol → column; 0 for symbols no key contains.
        static let columns: [UInt8] = {
            var table = [UInt8](repeating: 0, count: 256)
            for (i, letter) in (UInt8(ascii: "a")...UInt8(ascii: "z")).enumerated() { table[Int(letter)] = UInt8(i + 1) }
            for boundary in [SkeletonText.space, SkeletonText.dot, SkeletonText.comma, SkeletonText.boundary] {
                table[Int(boundary)] = boundaryColumn
            }
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
                for symbol in [SkeletonText.space] + key {
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

        /// Every (end, key) where a key that starts a word ends at symbol index `end`
        /// (exclusive), in text order. Keys starting at a soft boundary come after.
        func hits(in skeleton: SkeletonText) -> [(end: Int, key: Int)] {
            var hits = scan(skeleton.symbols, from: 0, to: skeleton.symbols.count)
            for start in skeleton.softBoundaries.sorted() {
                let start = Int(start)
                let stop = min(skeleton.symbols.count, start + 64)
                hits += scan(skeleton.symbols, from: start, to: stop).filter { $0.end - Int(keyLengths[$0.key]) == start }
            }
            return hits
        }

        private func scan(_ symbols: [UInt8], from start: Int, to stop: Int) -> [(end: Int, key: Int)] {
            var hits: [(end: Int, key: Int)] = []
            symbols.withUnsafeBufferPointer { text in
                delta.withUnsafeBufferPointer { delta in
                    report.withUnsafeBufferPointer { report in
                        Self.columns.withUnsafeBufferPointer { columns in
                            var state = Int(delta[Int(Self.boundaryColumn)])
                            for i in start..<stop {
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
}
