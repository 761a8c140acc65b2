/// The leak classes 1 to 5, one document per form per round.
extension RedTeamCorpus {
    /// Class 1: text the parser must keep inside an internal section.
    mutating func parsing(_ round: Int) {
        let index = round * 5
        let secret = "The detainee showed marks of beating on his back number \(round)."
        leak(.parsing, "heading without a blank line", person: index,
             body: "## Notes {.internal}\n\nCounted in cell\n# 14 on the night.\n\(secret)\n\n## Recommendations {.public}\n\nImprove ventilation.",
             protected: [secret])
        leak(.parsing, "hash line inside a code fence", person: index + 1,
             body: "## Notes {.internal}\n\n```\n# of detainees: 12\n```\n\n\(secret)\n\n## Recommendations {.public}\n\nImprove ventilation.",
             protected: [secret])
        leak(.parsing, "tilde fence holding a div", person: index + 2,
             body: "::: internal\n~~~\n::: public\n~~~\n\n\(secret)\n:::\n\nImprove ventilation.", protected: [secret])
        leak(.parsing, "heading id on an internal section", person: index + 3,
             body: "## Notes {#notes .internal}\n\n\(secret)\n\n## Open {.public}\n\nImprove ventilation.", protected: [secret])
        leak(.parsing, "stray bracket before an internal span", person: index + 4,
             body: "The list [see annex [\(secret)]{.internal} was given.", protected: [secret])
    }

    /// Class 2: the name disguised in Markdown or HTML, displayed clear.
    mutating func readerView(_ round: Int) {
        let index = 100 + round * 3
        for (offset, latin) in [true, false].enumerated() {
            let person = RedTeamPeople.person(index + offset)
            let surname = latin ? RedTeamSpelling.transliterate(person.surname, system: "english") : person.surname
            let also = latin ? [surname] : []
            let letters = surname.map(String.init)
            let cut = letters.count / 2
            let head = letters[..<cut].joined(), tail = letters[cut...].joined()
            // Where the disguise itself stays on screen (spacing, look-alike letters), it is what must not be shown.
            let spaced = letters.joined(separator: " "), capitals = letters.map { $0.uppercased() }.joined(separator: " ")
            let lookAlike = RedTeamSpelling.lookAlike(surname)
            let forms: [(String, String, [String])] = [
                ("emphasis inside the word", "**\(head)**\(tail)", []), ("emphasis inside the word", "\(head)*\(tail)*", []),
                ("character reference", "&#\(surname.unicodeScalars.first!.value);\(letters.dropFirst().joined())", []),
                ("soft hyphen entity", "\(head)&shy;\(tail)", []), ("inline HTML", "\(head)<span></span>\(tail)", []),
                ("HTML comment", "\(head)<!-- -->\(tail)", []), ("letter-spaced", spaced, [spaced]),
                ("letter-spaced capitals", capitals, [capitals]),
                ("reference link", "[\(head)][r]\(tail)\n\n[r]: https://example.org", []),
                ("zero-width space", "\(head)\u{200B}\(tail)", []), ("backslash escape", "\(head)\\\(tail.prefix(1))\(tail.dropFirst())", []),
                // Round 2 (issue 15).
                ("look-alike letter", lookAlike, [lookAlike]),
                ("letter-spaced, two spaces", letters.joined(separator: "  "), [letters.joined(separator: "  ")]),
                ("letter-spaced, en spaces", letters.joined(separator: "\u{2002}"), [letters.joined(separator: "\u{2002}")]),
                ("hyphenated at a line end", "\(head)–\n\(tail)", [head + "–"]),
                ("invisible filler", "\(head)\u{3164}\(tail)", ["\(head)\u{3164}\(tail)"]),
            ]
            let (form, disguise, shown) = forms[(round + offset * 5) % forms.count]
            leak(.readerView, form + (latin ? " (Latin)" : " (Cyrillic)"), person: index + offset, also: also,
                 body: "In cell 7 we met \(disguise), who asked for a lawyer.", protected: [surname] + shown)
        }
    }

    /// Class 3: the name fused into an address, a handle or a link.
    mutating func fused(_ round: Int) {
        let index = 200 + round * 2
        let person = RedTeamPeople.person(index)
        let given = RedTeamSpelling.transliterate(person.given, system: "english").lowercased()
        let surname = RedTeamSpelling.transliterate(person.surname, system: "english")
        let lower = surname.lowercased()
        let encoded = person.surname.utf8.map { String(format: "%%%02X", $0) }.joined()
        let forms: [(String, String, String)] = [
            ("e-mail", "\(given.prefix(1))\(lower)@mail.kg", lower), ("handle", "@\(given)\(lower)91", lower),
            ("instagram link", "instagram.com/\(given)\(lower)", lower), ("telegram link", "https://t.me/\(lower)_\(given)", lower),
            ("percent-encoded link", "[profile](https://vk.com/\(encoded))", person.surname),
            ("facebook CamelCase", "www.facebook.com/\(given.capitalized)\(surname)", surname),
            // Round 2 (issue 15): no address around the name.
            ("hashtag", "#free\(given)\(lower)", given + lower), ("fused capitals", (given + lower).uppercased(), (given + lower).uppercased()),
            ("handle without @", "\(given.prefix(1))\(lower)", "\(given.prefix(1))\(lower)"),
        ]
        let (form, written, protected) = forms[round % forms.count]
        leak(.fused, form, person: index, also: [surname], body: "His relatives wrote from \(written) asking about him.", protected: [protected])
    }

    /// Class 4: spellings nobody declared.
    mutating func spellings(_ round: Int) {
        let index = 300 + round * 12
        for (offset, system) in ["german", "turkish", "french", "polish", "czech", "kazakh latin"].enumerated() {
            let person = RedTeamPeople.person(index + offset)
            let written = RedTeamSpelling.transliterate(person.surname, system: system)
            leak(.spelling, system, person: index + offset, body: "According to the register, \(written) was held for three days.",
                 protected: [written])
        }
        var person = RedTeamPeople.person(index + 6)
        let latin = RedTeamSpelling.transliterate(person.surname, system: "english")
        if let off = RedTeamSpelling.offEnding(latin) {
            leak(.spelling, "-off ending", person: index + 6, also: [latin], body: "Mr \(off) complained of headaches.", protected: [off])
        }
        person = RedTeamPeople.person(index + 7)
        let doubled = RedTeamSpelling.doubled(RedTeamSpelling.transliterate(person.surname, system: "english"), at: round)
        leak(.spelling, "doubled letter (Latin)", person: index + 7, body: "The copy of the passport reads \(doubled).", protected: [doubled])
        person = RedTeamPeople.person(index + 8)
        let doubledCyrillic = RedTeamSpelling.doubled(person.surname, at: round)
        leak(.spelling, "doubled letter (Cyrillic)", person: index + 8, body: "В журнале записан \(doubledCyrillic).", protected: [doubledCyrillic])
        person = RedTeamPeople.person(index + 9)
        let relational = RedTeamSpelling.kyrgyzRelational(person.surname, case: round)
        leak(.spelling, "Kyrgyz relational form (surname)", person: index + 9, body: "Биз \(relational) болдук.", protected: [relational])
        person = RedTeamPeople.person(index + 10)
        let givenRelational = RedTeamSpelling.kyrgyzRelational(person.given, case: round + 1)
        leak(.spelling, "Kyrgyz relational form (given name)", person: index + 10, body: "Апасы \(givenRelational) жашайт.",
             protected: [givenRelational])
        person = RedTeamPeople.person(index + 11)
        leak(.spelling, "given name alone", person: index + 11, body: pick([
            "\(person.given) said he was beaten on arrival.", "Мы поговорили с \(person.given) наедине.",
            "\(person.given) камерада үч күн болгонун айтты.",
        ]), protected: [person.given])
    }

    /// Class 5: identifiers as people write them.
    mutating func identifierCases(_ round: Int) {
        let index = 500 + round * 6
        for offset in 0..<2 {
            let passport = identifiers.passport()
            leak(.identifier, passport.form, person: index + offset, body: passport.sentence, protected: [], digits: [passport.digits])
        }
        let pin = identifiers.personalNumber()
        leak(.identifier, pin.form, person: index + 2, body: pin.sentence, protected: [], digits: [pin.digits])
        let phone = round % 3 == 0 ? identifiers.phoneInTable() : identifiers.phone()
        leak(.identifier, phone.form, person: index + 3, body: phone.sentence, protected: [], digits: [phone.digits])
        for offset in 4..<6 {
            let birth = identifiers.birthDate()
            leak(.identifier, birth.form, person: index + offset, body: birth.sentence, protected: [birth.text])
        }
    }
}
