/// Parses the body of a document into the block tree: ATX and setext
/// headings with an optional `{.level}`, fenced divs (nested, closed by a line of three or
/// more colons), and paragraphs whose inline content `InlineParser` reads.
///
/// A stack of open frames does the nesting: a heading closes the sections of
/// the same or lower rank inside the innermost division, and a closing fence
/// closes the sections opened inside its division before the division itself.
struct BodyParser {
    let marks: MarkReader
    let declaredPersons: Set<String>
    private(set) var warnings: [DocumentWarning] = []
    private(set) var recommendations: [Recommendation] = []

    enum FrameKind {
        case root
        case section(rank: Int, heading: [Inline], mark: Level?, location: SourceLocation)
        case division(mark: Level, location: SourceLocation)
    }

    struct Frame {
        let kind: FrameKind
        let explicit: Level?
        var children: [Block] = []
    }

    var stack: [Frame] = [Frame(kind: .root, explicit: nil)]
    var paragraph: [(line: Int, scalars: [Unicode.Scalar])] = []
    /// The fenced code block being read, if any, and the line that opened it.
    private var codeFence: (fence: CodeFence, line: Int)?
    /// The lines (indices) of the multiline table being read, if any.
    private var tableLines: ClosedRange<Int>?
    /// The content column of the list item the lines are in (`IndentedFence`), nil outside a list.
    private var listContent: Int?

    init(marks: MarkReader, declaredPersons: Set<String>) {
        self.marks = marks
        self.declaredPersons = declaredPersons
    }

    mutating func parse(_ lines: [(line: Int, scalars: [Unicode.Scalar])]) throws(DocumentError) -> [Block] {
        for index in lines.indices { try readLine(lines, at: index) }
        // An unclosed fence is code to the end in CommonMark but no code at
        // all in Pandoc 2.17 (it reads the lines after it as blocks): a
        // `## … {.internal}` after it would be a heading to one reader and
        // published code to the other (issue 15, round 7). Refuse it.
        if let open = codeFence {
            throw marks.error(.unclosedCodeFence, SourceLocation(line: open.line, column: 1),
                              "a code fence opened here is never closed",
                              hint: "End the code block with a line of the same fence characters (``` or ~~~), at least as many as open it.")
        }
        try flushParagraph()
        while stack.count > 1 {
            if case let .division(_, location) = stack.last?.kind {
                throw marks.error(.unclosedDivision, location, "a div opened here is never closed",
                                  hint: "End the div with a line of three or more colons (`:::`).")
            }
            popFrame()
        }
        return stack[0].children
    }

    private mutating func readLine(_ lines: [(line: Int, scalars: [Unicode.Scalar])], at index: Int) throws(DocumentError) {
        let (number, scalars) = lines[index]
        // Inside a fenced code block every line is code, as in Pandoc: a
        // `# …` or `:::` there must not close or open a section (issue 15,
        // class 1). The block stays one paragraph, its own fences
        // included, at the level that encloses it.
        if let open = codeFence {
            paragraph.append((number, scalars))
            if open.fence.isClosed(by: scalars) { codeFence = nil; flushCode() }
            return
        }
        if let table = tableLines {
            try readTableLine(scalars, line: number, table: lines[table.lowerBound].line...lines[table.upperBound].line)
            if index == table.upperBound { tableLines = nil }
            return
        }
        // At the start of a block Pandoc tries a metadata block, then a
        // table, before a paragraph (round 7, class D).
        if paragraph.isEmpty {
            try EmbeddedMetadataCheck.check(lines, at: index, marks: marks)
            if let table = MultilineTable(lines, at: index) {
                tableLines = index...table.end
                paragraph.append((number, scalars))
                return
            }
        }
        try CodeFence.checkInfoString(scalars, line: number, marks: marks)
        if let fence = CodeFence(opening: scalars) {
            try RawMarkupCheck.checkFence(scalars, line: number, marks: marks)
            try flushParagraph()
            codeFence = (fence, number)
            paragraph.append((number, scalars))
            return
        }
        if Self.isQuotedFence(scalars) {
            // Pandoc reads a `:::` div inside a block quote as a div there;
            // tamga does not, and reading it as text published an internal
            // passage (issue 15, red team round 2): fail closed.
            throw marks.error(.invalidAttributes, SourceLocation(line: number, column: 1),
                              "a `:::` div inside a block quote (`>`) is not read as a level mark",
                              hint: "Put the quote inside the div: `::: internal`, then `> …` lines, then `:::`.")
        }
        if let problem = TableCellStructureCheck.problem(scalars) {
            throw marks.error(.invalidAttributes, SourceLocation(line: number, column: 1),
                              problem + ": Pandoc reads a grid table's cell as blocks, so its level would apply there; tamga does not read it",
                              hint: "Mark the cell's text with a span (`[text]{.internal}`), or put the whole table inside the div.")
        }
        if let problem = LookAlikeMarkCheck.problem(scalars) {
            throw marks.error(.invalidAttributes, SourceLocation(line: number, column: 1), problem,
                              hint: "Write the fence or mark with ASCII colons and braces (`::: internal`, `{.internal}`), or reword the line.")
        }
        try RawMarkupCheck.checkTeXEnvironment(scalars, line: number, marks: marks)
        let kind = BodyLine(scalars)
        listContent = IndentedFence.listContent(after: scalars, kind: kind, current: listContent, startsBlock: paragraph.isEmpty)
        if let problem = IndentedFence.problem(scalars, kind: kind, listContent: listContent) {
            throw marks.error(.invalidAttributes, SourceLocation(line: number, column: 1), problem,
                              hint: "Write the `:::` line at the start of the line, or indent it exactly as the list item's text.")
        }
        switch kind {
        case .blank: try flushParagraph()
        case .text:
            if let rank = SetextUnderline.rank(scalars), !paragraph.isEmpty {
                try readUnderline(rank: rank, scalars: scalars, line: number)
            } else {
                paragraph.append((number, scalars))
            }
        case .heading where !paragraph.isEmpty:
            // Pandoc needs a blank line before a heading: `# of detainees`
            // or a hard-wrapped `cell⏎# 14` continues the paragraph.
            paragraph.append((number, scalars))
        case let .heading(rank, textStart):
            try flushParagraph()
            try openSection(rank: rank, scalars: scalars, textStart: textStart, line: number)
        case .fenceOpen where !paragraph.isEmpty && !Self.isPipeTable(paragraph) && !Self.isCommentBlock(paragraph):
            // Pandoc needs a blank line before a div's opening fence: after a paragraph, list item
            // or quote line it is text of that block, so a `::: public` there opens nothing and its
            // lines stay at the enclosing level; opening a div here would publish them (round 11,
            // D-1130). Reading the fence as text would print `:::` in the export: refuse, naming it.
            throw marks.error(.invalidAttributes, SourceLocation(line: number, column: 1),
                              "a `:::` div opens right after a line of text: Pandoc reads it as part of that paragraph, not as a div",
                              hint: "Leave a blank line before the `:::` line.")
        case let .fenceOpen(specStart):
            try flushParagraph()
            try openDivision(scalars: scalars, specStart: specStart, line: number)
        case .fenceClose:
            try flushParagraph()
            try closeDivision(line: number)
        }
    }

    /// A `===` or `---` line under a paragraph: under a single line, a
    /// setext heading, as Pandoc reads it (`SetextUnderline`); under a
    /// longer paragraph, text; under a list item or note, refused.
    private mutating func readUnderline(rank: Int, scalars: [Unicode.Scalar], line: Int) throws(DocumentError) {
        guard let last = paragraph.last else { return }
        if SetextUnderline.opensContainer(last.scalars) {
            throw marks.error(.invalidAttributes, SourceLocation(line: line, column: 1),
                              "this `\(scalars[0])` line under a list item, definition or note makes it a heading inside that item for Pandoc, which tamga does not read",
                              hint: "Leave a blank line before the line if it is a rule, or write the heading as `## Title` outside the list.")
        }
        guard paragraph.count == 1 else { paragraph.append((line, scalars)); return }
        try refuseClosingAMarkedSection(rank: rank, line: last.line)
        paragraph = []
        var textStart = 0
        while textStart < last.scalars.count, last.scalars[textStart] == " " || last.scalars[textStart] == "\t" { textStart += 1 }
        try openSection(rank: rank, scalars: last.scalars, textStart: textStart, line: last.line)
    }

    /// A pipe table (a header row, then a row of dashes): Pandoc ends it at a line that is not a row,
    /// so a fence right after it opens a div, as it does after a blank line.
    static func isPipeTable(_ lines: [(line: Int, scalars: [Unicode.Scalar])]) -> Bool {
        // Every line a row: a text line after the rows is a paragraph the fence continues (session 43 attacker, C1).
        guard lines.count >= 2, lines.allSatisfy({ $0.scalars.contains("|") }) else { return false }
        let separator = lines[1].scalars.filter { !$0.properties.isWhitespace }
        return separator.contains("-") && separator.contains("|") && separator.allSatisfy { "|-:+".unicodeScalars.contains($0) }
    }

    /// Lines that are each one HTML comment: Pandoc's raw HTML block ends there, so a fence after it
    /// opens a div.
    static func isCommentBlock(_ lines: [(line: Int, scalars: [Unicode.Scalar])]) -> Bool {
        lines.allSatisfy { line in
            let text = String(String.UnicodeScalarView(line.scalars.filter { !$0.properties.isWhitespace }))
            return text.hasPrefix("<!--") && text.hasSuffix("-->")
        }
    }

    mutating func flushParagraph() throws(DocumentError) {
        guard let first = paragraph.first else { return }
        var locator = TextLocator()
        var joined: [Unicode.Scalar] = []
        for (index, line) in paragraph.enumerated() {
            if index > 0 { joined.append("\n") }
            locator.add(offset: joined.count, line: line.line, column: 1)
            joined.append(contentsOf: line.scalars)
        }
        paragraph = []
        let explicit = stack[stack.count - 1].explicit
        let inlines = try parseInline(joined, locator, enclosing: explicit)
        let location = SourceLocation(line: first.line, column: 1)
        append(.paragraph(Paragraph(explicitLevel: explicit, location: location, inlines: inlines)))
    }

    /// A fenced code block: its lines as one literal text run (no spans,
    /// marks or references inside code), at the level that encloses it.
    private mutating func flushCode() {
        guard let first = paragraph.first else { return }
        let text = paragraph.map { String(String.UnicodeScalarView($0.scalars)) }.joined(separator: "\n")
        paragraph = []
        let explicit = stack[stack.count - 1].explicit
        let location = SourceLocation(line: first.line, column: 1)
        append(.paragraph(Paragraph(explicitLevel: explicit, location: location,
                                    inlines: [.text(TextRun(text: text, explicitLevel: explicit, location: location))])))
    }

    mutating func parseInline(_ scalars: [Unicode.Scalar], _ locator: TextLocator,
                                      enclosing: Level?) throws(DocumentError) -> [Inline] {
        var parser = InlineParser(scalars: scalars, locator: locator, marks: marks, declaredPersons: declaredPersons)
        let inlines = try parser.parse(enclosing: enclosing)
        warnings += parser.warnings
        recommendations += parser.recommendations
        return inlines
    }

    mutating func append(_ block: Block) {
        stack[stack.count - 1].children.append(block)
    }

    /// Closes the innermost frame into its parent.
    mutating func popFrame() {
        let frame = stack.removeLast()
        switch frame.kind {
        case .root: stack.append(frame)
        case let .section(rank, heading, mark, location):
            append(.section(Section(rank: rank, heading: heading, mark: mark, explicitLevel: frame.explicit,
                                    location: location, children: frame.children)))
        case let .division(mark, location):
            append(.division(Division(mark: mark, location: location, children: frame.children)))
        }
    }

    mutating func noteLoosening(_ mark: Level, at location: SourceLocation, what: String) {
        guard let enclosing = stack[stack.count - 1].explicit, mark < enclosing else { return }
        warnings.append(DocumentWarning(code: .looseningMark, file: marks.file, location: location,
                                        detail: "a `\(mark.rawValue)` \(what) inside `\(enclosing.rawValue)` content loosens the enclosing mark"))
    }

    /// A block-quote line (`>`, possibly nested) whose content opens or closes a `:::` div.
    static func isQuotedFence(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count, scalars[index] == ">" else { return false }
        while index < scalars.count, scalars[index] == ">" || scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        return scalars.count - index >= 3 && scalars[index..<index + 3].allSatisfy { $0 == ":" }
    }
}
