/// A two-dimensional table with its margins seen as a graph, which is what
/// makes secondary suppression checkable.
///
/// Write the row totals and column totals negated and the grand total as
/// is; then every row of the extended (R+1)×(C+1) grid and every column
/// sums to zero. Take a node per grid row and per grid column and an edge
/// per suppressed entry. The ways to change the suppressed entries while
/// every published entry and every sum stays right are exactly the
/// alternating cycles of that graph. So a suppressed entry can be worked
/// out exactly if and only if it lies on no cycle, that is, it is a
/// **bridge**. And since every suppressed entry is at least 1, going once
/// around a cycle by ±1 keeps all counts non-negative: an entry on a cycle
/// is consistent with the published figures at its value ±1.
struct SuppressionGraph {
    let rows: Int
    let columns: Int

    init(_ table: CountTable) {
        rows = table.rowLabels.count
        columns = table.columnLabels.count
    }

    var nodeCount: Int { rows + 1 + columns + 1 }

    /// The row node of an entry (the total row is node `rows`).
    func rowNode(_ position: CellPosition) -> Int { position.row ?? rows }

    /// The column node of an entry, after all row nodes.
    func columnNode(_ position: CellPosition) -> Int { rows + 1 + (position.column ?? columns) }

    /// The entry joining a row node and a column node.
    func position(rowNode: Int, columnNode: Int) -> CellPosition {
        let column = columnNode - rows - 1
        return CellPosition(row: rowNode == rows ? nil : rowNode, column: column == columns ? nil : column)
    }

    func isRowNode(_ node: Int) -> Bool { node <= rows }

    /// The suppressed entries that lie on no cycle (Tarjan's bridge finding).
    func bridges(among suppressed: [CellPosition]) -> Set<CellPosition> {
        var adjacency = [[(node: Int, edge: Int)]](repeating: [], count: nodeCount)
        for (index, position) in suppressed.enumerated() {
            adjacency[rowNode(position)].append((columnNode(position), index))
            adjacency[columnNode(position)].append((rowNode(position), index))
        }
        var search = BridgeSearch(adjacency: adjacency)
        for node in 0..<nodeCount where search.discovered[node] < 0 {
            search.visit(node, from: -1)
        }
        return Set(search.bridgeEdges.map { suppressed[$0] })
    }

    /// The cheapest way to join the two ends of `bridge` without it
    /// (Dijkstra over the complete grid): entries already suppressed cost
    /// nothing, a zero cannot be used, any other entry costs its count
    /// (then one per entry, so fewer entries win a tie). Returns the
    /// entries of that path not yet suppressed, or nil if there is none.
    func cheapestClosure(of bridge: CellPosition, suppressed: Set<CellPosition>, counts: CountTable) -> [CellPosition]? {
        let source = rowNode(bridge), target = columnNode(bridge)
        var distance = [Int](repeating: .max, count: nodeCount)
        var previous = [Int](repeating: -1, count: nodeCount)
        var done = [Bool](repeating: false, count: nodeCount)
        distance[source] = 0
        while let node = (0..<nodeCount).filter({ !done[$0] && distance[$0] < .max }).min(by: { distance[$0] < distance[$1] }) {
            done[node] = true
            if node == target { break }
            let neighbours = isRowNode(node) ? Array((rows + 1)..<nodeCount) : Array(0...rows)
            for next in neighbours where !done[next] {
                let entry = isRowNode(node) ? position(rowNode: node, columnNode: next) : position(rowNode: next, columnNode: node)
                guard entry != bridge else { continue }
                let cost: Int
                if suppressed.contains(entry) {
                    cost = 0
                } else if counts[entry] > 0 {
                    cost = counts[entry] * 1024 + 1
                } else {
                    continue
                }
                if distance[node] + cost < distance[next] {
                    distance[next] = distance[node] + cost
                    previous[next] = node
                }
            }
        }
        guard distance[target] < .max else { return nil }
        var added: [CellPosition] = []
        var node = target
        while node != source {
            let before = previous[node]
            let entry = isRowNode(node) ? position(rowNode: node, columnNode: before) : position(rowNode: before, columnNode: node)
            if !suppressed.contains(entry) { added.append(entry) }
            node = before
        }
        return added.sorted()
    }
}

/// Depth-first search state for Tarjan's bridge algorithm.
private struct BridgeSearch {
    let adjacency: [[(node: Int, edge: Int)]]
    var discovered: [Int]
    var low: [Int]
    var time = 0
    var bridgeEdges: [Int] = []

    init(adjacency: [[(node: Int, edge: Int)]]) {
        self.adjacency = adjacency
        discovered = [Int](repeating: -1, count: adjacency.count)
        low = [Int](repeating: 0, count: adjacency.count)
    }

    /// Tables have at most a few hundred rows and columns, so recursion
    /// depth stays small.
    mutating func visit(_ node: Int, from parentEdge: Int) {
        discovered[node] = time
        low[node] = time
        time += 1
        for (next, edge) in adjacency[node] where edge != parentEdge {
            if discovered[next] < 0 {
                visit(next, from: edge)
                low[node] = min(low[node], low[next])
                if low[next] > discovered[node] { bridgeEdges.append(edge) }
            } else {
                low[node] = min(low[node], discovered[next])
            }
        }
    }
}
