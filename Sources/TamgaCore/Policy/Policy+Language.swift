extension Policy {
    /// The policy as exports of a document in `language` use it: each text
    /// that is word for word the shipped English default (a banner, an
    /// audience label, a marker, a detector's marker, a role's pseudonym)
    /// becomes the `ExportCatalogue`'s wording in that language; any other
    /// text is the vault's own choice and stays as written in every
    /// language. Rules (who sees what, who is named) are untouched, so the
    /// leak scan's verdicts do not depend on the language.
    public func localized(to language: DocumentLanguage) -> Policy {
        guard language != .english else { return self }
        let catalogue = ExportCatalogue.for(language)
        func text(_ value: String) -> String { catalogue.translation(ofShipped: value) ?? value }
        var localized = Policy(
            version: version,
            audiences: audiences.mapValues { rule in
                var copy = AudienceRule(label: text(rule.label), banner: text(rule.banner), sees: rule.sees,
                                        omitWithheldSections: rule.omitWithheldSections)
                copy.recipients = rule.recipients
                return copy
            },
            kinds: kinds,
            roles: roles.mapValues { rule in
                RoleRule(namedTo: rule.namedTo, pseudonym: PseudonymPattern(text(rule.pseudonym.template)) ?? rule.pseudonym,
                         transferWithoutConsent: rule.transferWithoutConsent)
            },
            markers: Markers(span: text(markers.span), block: text(markers.block), section: text(markers.section)),
            detectors: detectors.mapValues { DetectorRule(audiences: $0.audiences, marker: text($0.marker)) },
            statistics: statistics)
        localized.publicNumbers = publicNumbers
        return localized
    }
}
