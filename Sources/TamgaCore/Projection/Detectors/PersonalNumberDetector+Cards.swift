/// Numbers that identify one person other than the PIN (red-team round 5,
/// class C, "scope?"): a payment card (a relative's card the family sends
/// money to) and a phone's IMEI. Both carry a Luhn check digit, which a
/// random number passes one time in ten, so the shape and the check
/// together are the signal; they are withheld as personal numbers (the
/// policy's `personal-number` rule), which an existing vault's policy
/// already lists.
///
/// - a card: 13 to 19 digits, Luhn-valid, starting as issuers' numbers do
///   (2–6, or 9 for the Kyrgyz Elcart), written in one run of 16 or in
///   groups of four (`4169 5853 1234 5678`, `4169-5853-1234-5678`, a last
///   group of one to four, or Amex's 4-6-5; not four years in a row,
///   `2014 2015 2016 2017`); after a card word (`карта`, `card`, `Visa`,
///   `Элкарт`), any Luhn-valid grouping, or a card's grouping without the
///   check (the red team's `на карту матери 4169 5853 1234 5678` fails it:
///   a mistyped or invented card is still written as one). Not after an
///   account word (`р/с`, `счёт`, `account`, `IBAN`, `БИК`): an
///   institution's bank account is no card;
/// - an IMEI: 15 digits in one run, Luhn-valid, or after `IMEI` 14 to 16
///   digits in any grouping (`35-693803-564380-9`, the IMEISV's 16).
extension PersonalNumberDetector {
    static let cardLabels = DetectorLabels(["карт*", "card*", "visa", "mastercard", "maestro", "элкарт*", "elcart*", "кредитк*"])
    static let accountLabels = DetectorLabels(["р/с", "л/с", "к/с", "счет*", "счёт*", "account*", "acct", "iban", "бик", "bic",
                                               "окпо", "эсеп*"])
    static let deviceLabels = DetectorLabels(["imei*", "имей*", "имеи*"])

    private static func isGroupSeparator(_ scalar: Unicode.Scalar) -> Bool {
        DetectorScalars.isSpace(scalar) || DetectorScalars.isDash(scalar) || scalar == "/"
    }

    /// The end of a card number or IMEI starting at `start` (a digit run's start).
    static func cardOrDevice(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard !DetectorScalars.isLetterOrDigit(scalars, start - 1), !DetectorScalars.continuesNumber(scalars, start) else { return nil }
        let groups = DetectorScalars.groups(scalars, from: start, maxGap: 1, limit: 6, isSeparator: isGroupSeparator)
        let labelled = { (labels: DetectorLabels) in
            labels.before(scalars, start, window: 30).contains { !DetectorScalars.hasBreak(scalars, $0.upperBound..<start) }
        }
        var best: Int?
        var total = 0
        for (index, group) in groups.enumerated() {
            total += group.count
            guard total <= 19 else { break }
            guard !DetectorScalars.isLetterOrDigit(scalars, group.upperBound) else { continue }
            let prefix = groups[0...index]
            let digits = DetectorScalars.digits(scalars, prefix)
            let sizes = prefix.map(\.count)
            if (14...16).contains(total), labelled(deviceLabels) { best = group.upperBound; continue }
            if total == 15, sizes == [15], luhn(digits), !labelled(accountLabels) { best = group.upperBound; continue }
            guard (13...19).contains(total), !labelled(accountLabels) else { continue }
            let cardShaped = sizes == [16] || sizes == [4, 6, 5]
                || (sizes.count >= 4 && sizes.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(sizes.last ?? 0))
            // After a card word the words say what the digits are (a mistyped card is still one); alone, the check must hold.
            if labelled(cardLabels), cardShaped || luhn(digits) {
                best = group.upperBound
            } else if cardShaped, luhn(digits), let first = digits.first, "234569".unicodeScalars.contains(first),
                      !isYearList(scalars, prefix) {
                best = group.upperBound
            }
        }
        return best
    }

    /// Groups of four that are all years (`2014 2015 2016 2017`): a list, not a card.
    private static func isYearList(_ scalars: [Unicode.Scalar], _ groups: ArraySlice<Range<Int>>) -> Bool {
        groups.count > 1 && groups.allSatisfy { $0.count == 4 && (1900...2099).contains(DetectorScalars.number(scalars, $0.lowerBound, 4)) }
    }

    /// The Luhn check (ISO/IEC 7812): every second digit from the right doubled.
    static func luhn(_ digits: [Unicode.Scalar]) -> Bool {
        var sum = 0
        for (index, scalar) in digits.reversed().enumerated() {
            guard let digit = scalar.asciiDigit else { return false }
            let value = index % 2 == 1 ? digit * 2 : digit
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }
}
