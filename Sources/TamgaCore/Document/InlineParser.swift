/// Parses the inline content of one paragraph or heading: bracketed spans
/// (nested, over line breaks), recommendation spans and `@` references.
///
/// Two passes: the first pairs each `]{...}` with its `[` and fails on any
/// attribute block that is not attached to a span; the second builds the
/// tree. A `[` without `]{` is ordinary text (a citation, a link).
struct InlineParser {
    let scalars: [Unicode.Scalar]
    let locator: TextLocator
    let marks: MarkReader
    let declaredPersons: Set<String>
    var warnings: [DocumentWarning] = []
    var recommendations: [Recommendation] = []

    struct SpanSyntax { let open: Int; let close: Int; let end: Int; let attributes: Attributes }
    private(set) var spansByOpen: [Int: SpanSyntax] = [:]

    init(scalars: [Unicode.Scalar], locator: TextLocator, marks: MarkReader, declaredPersons: Set<String>) {
        self.scalars = scalars
        self.locator = locator
        self.marks = marks
        self.declaredPersons = declaredPersons
    }

    mutating func parse(enclosing: Level?) throws(DocumentError) -> [Inline] {
        try pairSpans()
        return try build(0..<scalars.count, explicit: enclosing)
    }

    private mutating func pairSpans() throws(DocumentError) {
        var openers: [Int] = []
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\\":
                try RawMarkupCheck.checkTeXCommand(scalars, at: index, locator: locator, marks: marks)
                index += 1
            case "[": openers.append(index)
            case "]" where index + 1 < scalars.count && scalars[index + 1] == "{":
                guard let open = openers.popLast() else {
                    throw marks.error(.unclosedSpan, locator.location(at: index), "a span ends here but has no `[` in the same paragraph",
                                      hint: "Open the span with `[` in this paragraph; a span may cross line breaks, not blank lines.")
                }
                let (attributes, end) = try attributes(at: index + 1)
                spansByOpen[open] = SpanSyntax(open: open, close: index, end: end, attributes: attributes)
                index = end
                continue
            case "]":
                _ = openers.popLast()
                if index + 1 < scalars.count, scalars[index + 1] == "(", let level = linkTargetLevel(after: index + 1) {
                    throw marks.error(.invalidAttributes, locator.location(at: index + 1),
                                      "a link's target is a level's name (`(\(level))`), so it marks nothing and the text would be published",
                                      hint: "A mark takes braces: write `[text]{.\(level)}`.")
                }
            case "$" where Self.mathEnd(scalars, from: index) != nil:
                // TeX math (`$\\text{…}$`) is Pandoc's Math, not raw TeX: the leak scan reads it.
                index = Self.mathEnd(scalars, from: index) ?? index + 1
                continue
            case "`":
                // A code span is text: a `]` or `[` in it closes or opens nothing (as in Pandoc).
                index = codeSpanEnd(from: index)
                continue
            case "{" where !Self.looksLikeAttributes(scalars, index), "<":
                try RawMarkupCheck.checkInline(scalars, at: index, locator: locator, marks: marks)
            case "{" where Self.looksLikeAttributes(scalars, index):
                if RawMarkupCheck.isTableCaption(scalars, before: index) {
                    throw marks.error(.unattachedAttributes, locator.location(at: index),
                                      "a mark on a table caption is not read by tamga (Pandoc 3 gives it to the whole table), so the table would be published",
                                      hint: "Put the table and its caption inside a div: `::: internal`, the table, then `:::`.")
                }
                throw marks.error(.unattachedAttributes, locator.location(at: index), "a mark is not attached to a span, heading or div",
                                  hint: "Write `[text]{.level}` with no space before `{`, or `{.level}` at the end of a heading.")
            default: break
            }
            index += 1
        }
        // A `[` never closed, before a span: the author may have meant the
        // span to start there (a stray `[` inside `[…]{.internal}` moves the
        // span's start past it, as in Pandoc, and the words before it would
        // be published). Ambiguous, so refused (issue 15, class 1).
        if let stray = openers.first, let span = spansByOpen.keys.filter({ $0 > stray }).min() {
            throw marks.error(.unclosedSpan, locator.location(at: stray),
                              "this `[` is never closed, and a marked span opens after it (at column \(locator.location(at: span).column)): "
                                + "which text the mark covers is ambiguous",
                              hint: "Write `\\[` if the bracket is text, or close it with `]`.")
        }
    }

    /// The level a link target `(…)` starting at `open` names, written as a
    /// class, an id or bare (`(.internal)`, `(#state)`, `(internal)`, with
    /// spaces or braces): the author meant a mark (red-team round 2).
    private func linkTargetLevel(after open: Int) -> String? {
        var close = open + 1
        while close < scalars.count, scalars[close] != ")", scalars[close] != "\n", close - open < 40 { close += 1 }
        guard close < scalars.count, scalars[close] == ")" else { return nil }
        return HTMLCommentCheck.levelName(inLinkTarget: String(String.UnicodeScalarView(scalars[(open + 1)..<close])))
    }

    /// The index after the code span opening at `start` (a run of backticks
    /// closed by a run of the same length); just past the run when it is never closed.
    private func codeSpanEnd(from start: Int) -> Int {
        var run = start
        while run < scalars.count, scalars[run] == "`" { run += 1 }
        let length = run - start
        var index = run
        while index < scalars.count {
            guard scalars[index] == "`" else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end] == "`" { end += 1 }
            if end - index == length { return end }
            index = end
        }
        return run
    }

    private func attributes(at open: Int) throws(DocumentError) -> (Attributes, end: Int) {
        do {
            return try Attributes.parse(scalars, at: open)
        } catch {
            switch error {
            case .unterminated:
                throw marks.error(.unclosedSpan, locator.location(at: open), "a span's attributes are not closed with `}` in this paragraph",
                                  hint: "Close the attribute block with `}`.")
            case let .malformed(offset):
                throw marks.error(.invalidAttributes, locator.location(at: offset), "a span's attributes cannot be read",
                                  hint: "Write classes as `.name`, the id as `#id`, and keys as key=value or key=\"value\".")
            }
        }
    }

    /// `{` followed by optional spaces and `.x` or `#x`: Pandoc attributes.
    static func looksLikeAttributes(_ scalars: [Unicode.Scalar], _ open: Int) -> Bool {
        var index = open + 1
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index + 1 < scalars.count, scalars[index] == "." || scalars[index] == "#" else { return false }
        return scalars[index + 1].properties.isAlphabetic
    }
}
