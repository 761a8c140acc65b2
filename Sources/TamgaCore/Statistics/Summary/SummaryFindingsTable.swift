/// The summary's findings table (tags by month) with its fixed words in the
/// summary's language: the caption, the corner header, "Total", the legend
/// and the reasons a count is withheld. `StatisticsTable` keeps its English
/// words for `tamga stats`, whose machine-readable forms never change; the
/// counts and their suppression are that table's, untouched.
struct SummaryFindingsTable {
    let table: StatisticsTable
    let texts: ExportCatalogue.SummaryTexts
    let year: Int

    var caption: String { texts.findingsCaption(year) }

    /// The label column's header, then one per month and the total column.
    var header: [String] { [texts.corner] + table.columnLabels + [texts.total] }

    var columns: [Int?] { table.columnIndices }

    /// The rows (nil: the total row).
    var rows: [Int?] { Array(0..<table.rowLabels.count) + [nil] }

    func rowLabel(_ row: Int?) -> String { row.map { table.rowLabels[$0] } ?? texts.total }

    func columnLabel(_ column: Int?) -> String { column.map { table.columnLabels[$0] } ?? texts.total }

    func display(_ position: CellPosition) -> String { table.display(position) }

    /// A position in words: "overcrowding / 2014-10", "Итого / 2014-10".
    func describe(_ position: CellPosition) -> String { rowLabel(position.row) + " / " + columnLabel(position.column) }

    /// Why a count is withheld, without the count.
    func explain(_ reason: Suppression) -> String {
        switch reason {
        case let .belowThreshold(threshold): texts.belowThreshold(threshold)
        case let .protects(position): texts.protects + " " + describe(position)
        }
    }

    /// The counting rules a reader needs: tags are counted as mentions, and
    /// how a suppressed count shows.
    var legend: [String] {
        [texts.mentionsLegend] + (table.disclosure.threshold.map { [texts.thresholdLegend($0)] } ?? [])
    }

    /// The suppressed positions, each with its reason in words.
    var suppressionNotes: [String] {
        table.suppressions.map { "\(describe($0.position)): \(explain($0.reason))" }
    }
}
