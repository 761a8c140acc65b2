/// A phone in a table column headed by a phone word (red-team round 5:
/// `| Имя | Тел. |` over `| мать | 555123456 |`): the header labels every
/// cell below it, as a phone word before the digits does, so 5 to 13
/// digits there are a phone (`DetectorTableColumn`). A header that counts
/// calls (`| Телефонные звонки |`, `| Calls by phone, % |`) labels
/// counts, not numbers, and is left alone.
extension PhoneNumberDetector {
    /// The words of a header naming the number itself: `Тел.`, `Телефон`, `Phone`, a messenger.
    static let columnLabels = DetectorLabels(PhoneWords.number + PhoneWords.messengers)
    /// Words of a header over counts.
    static let countingHeaders = DetectorLabels(["звонк*", "call*", "count*", "кол-во", "количеств*", "число", "чалуу*", "саны*",
                                                 "number of", "total*", "всего"], takesDot: false)

    static func inPhoneColumn(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        guard let cell = DetectorTableColumn.headerCell(scalars, at: offset) else { return false }
        let named = cell.contains { columnLabels.match(scalars, at: $0).map { $0 <= cell.upperBound + 1 } ?? false }
        return named && !cell.contains { countingHeaders.match(scalars, at: $0) != nil || scalars[$0] == "%" }
    }
}
