/// Block structure inside a table cell (issue 15, red team round 9,
/// D-217/D-225/D-226). A grid table's cells are whole blocks to Pandoc: a
/// `::: internal` fence there opens a Div marked internal inside the cell.
/// tamga reads a table row (a line starting with `|`) as text, so it
/// published such a cell whole, fences included, and said nothing was
/// withheld. A row whose cell starts with a `:::` fence, a code fence, or a
/// heading with attributes is refused at add, naming the line, rather than
/// guessed (a pipe table's cell is inline to Pandoc: the refusal there is
/// stricter than needed, and rare).
enum TableCellStructureCheck {
    /// Why the line may not be read as text, or nil.
    static func problem(_ scalars: [Unicode.Scalar]) -> String? {
        let text = String(String.UnicodeScalarView(scalars))
        let row = text.drop { $0 == " " }
        guard row.hasPrefix("|"), text.count - row.count <= 3 else { return nil }
        for cell in row.split(separator: "|") {
            let content = cell.drop { $0 == " " || $0 == "\t" }
            if content.hasPrefix(":::") { return "a `:::` div fence inside a table cell" }
            if content.hasPrefix("```") || content.hasPrefix("~~~") { return "a code fence inside a table cell" }
            if content.hasPrefix("#"), content.contains("{") { return "a heading with attributes inside a table cell" }
        }
        return nil
    }
}
