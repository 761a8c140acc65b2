extension AnnualSummary {
    /// The summary as the leak scan reads it: rendered the same way, with
    /// the catalogue's own words (`ExportCatalogue.SummaryTexts`: headings,
    /// labels, month names, the legend) each replaced by as many spaces, so
    /// every line and the position of every document-given text stay the same.
    ///
    /// Why: the scan reads every word of an export in every spelling and
    /// case form, and the template's words are words of three languages: the
    /// Kyrgyz table header `эркиндигинен ажыратуу` (deprivation of liberty)
    /// was read as a detainee Erkin, so no Kyrgyz summary could be made in a
    /// vault that declared any Erkin, and the refusal named lines no document
    /// wrote (issue 15, round 10: E-523, E-541, E-961, clean-971, clean-974).
    /// Only what the documents contribute is scanned: titles, facilities,
    /// tags, the released report text and the counts, in place. Blanking by
    /// position, not by searching for the catalogue's strings, keeps a
    /// document's text that happens to equal a template word (a month name
    /// that is also a given name) in the scan.
    public func scannedText(as format: SummaryFormat) -> String {
        var blank = self
        blank.blanksTemplate = true
        return blank.rendered(as: format)
    }
}

extension ExportCatalogue.SummaryTexts {
    /// Every text replaced by as many spaces (`AnnualSummary.scannedText`).
    var blanked: Self {
        @Sendable func blank(_ text: String) -> String { String(repeating: " ", count: text.count) }
        func blank(_ text: @escaping @Sendable (Int) -> String) -> @Sendable (Int) -> String { { blank(text($0)) } }
        return Self(title: blank(title), yearLabel: blank(yearLabel), audienceLabel: blank(audienceLabel),
                    classificationLabel: blank(classificationLabel), introduction: blank(introduction),
                    findingDefinition: blank(findingDefinition), suppressionNote: blank(suppressionNote),
                    visitsHeading: blank(visitsHeading), chartHeading: blank(chartHeading), findingsHeading: blank(findingsHeading),
                    reportsHeading: blank(reportsHeading), noVisits: blank(noVisits), date: blank(date), place: blank(place),
                    report: blank(report), month: blank(month), visits: blank(visits), findings: blank(findings),
                    visitsWord: blank(visitsWord), findingsWord: blank(findingsWord), findingsLegend: blank(findingsLegend),
                    chartTitle: blank(chartTitle), visitNoun: CountedNoun(forms: visitNoun.forms.map { blank($0) }),
                    releasedOnly: blank(releasedOnly), months: months.map { blank($0) }, shortMonths: shortMonths.map { blank($0) },
                    findingsCaption: blank(findingsCaption), corner: blank(corner), total: blank(total),
                    mentionsLegend: blank(mentionsLegend), thresholdLegend: blank(thresholdLegend),
                    belowThreshold: blank(belowThreshold), protects: blank(protects))
    }
}
