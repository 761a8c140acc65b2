/// Whether two symbol strings (sound skeletons) are within a small edit
/// distance: one place for the projector's reading of a name's neighbours
/// (`NameMatcher+Neighbours`) and the scan's (`LeakPseudonymNeighbours`),
/// which each decide on their own what to compare. Gives up at the first
/// row past `limit`, so a long unlike word costs little.
enum BoundedEditDistance {
    static func isWithin<A: Collection<UInt8>, B: Collection<UInt8>>(_ limit: Int, _ a: A, _ b: B) -> Bool {
        let a = Array(a), b = Array(b)
        guard abs(a.count - b.count) <= limit else { return false }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= limit }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var best = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, current[j])
            }
            if best > limit { return false }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit
    }
}
