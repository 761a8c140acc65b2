/// Finds every person of the vault in a text, in every spelling, case form,
/// script and typographic disguise the skeleton folds (see `SkeletonText`).
///
/// How: the text is reduced to its skeleton once (one pass, with a map back
/// to UTF-8 offsets), one automaton holding the keys of all persons runs over
/// it (`SkeletonAutomaton`), each hit is checked for word boundaries and a
/// legal ending (`NameEndings`), adjacent parts of one person are merged into
/// one mention ("Айбек Садыков", "САДЫКОВ Айбек", "Айбек Садык уулу"), initials
/// and patronymics next to a mention are taken in ("А. Садыков", "Садыков
/// А.Б.", "Айбек Мамыт уулу"), and a part that stands alone is kept or not by
/// its risk class and `Options`.
///
/// Word boundaries: a name inside a longer word is not a hit unless the rest
/// of the word is an ending ("Sadykovsky" is not Sadykov; "Sadykov's",
/// "Sadykov,", «Садыков», "Садыковдун" are). A false negative is a leak, a
/// false positive only over-redacts; the rules lean that way where unsure.
public struct NameMatcher: NameFinding {
    /// Which parts of a name are matched when they stand alone (not next to
    /// another part of the same person or an initial).
    public struct Options: Sendable, Hashable {
        public enum Alone: Sendable, Hashable {
            case always
            /// Only where the text writes it with a capital (Нур, not нур "ray").
            case capitalized
            /// Only with a capital and not at a sentence start (a word there
            /// is capitalized anyway): "в Максат келди" no, "Потом Максат сказал" yes.
            case capitalizedMidSentence
            case never
        }

        /// A given name of four or more letters that is not a common word
        /// (Айбек, Гульнара). Default `.always`: a detainee's first name alone
        /// identifies them to anyone who knows the facility (redaction.md F6).
        public var distinctiveGivenNames: Alone
        /// Any part shorter than four skeleton symbols (Ли, Ким, Али, Нур).
        /// Default `.capitalized`: "ли" and "ким" are common words in Russian and Kyrgyz.
        /// A short part that is a lexicon word (Ким "who") is not a name at a
        /// sentence start under `.capitalized` ("Ким келди?", issue 15).
        public var shortNames: Alone
        /// A given name or surname that is also a word per `CommonWords`
        /// (Болот "steel", Бакыт "happiness", Максат "purpose", Роман "novel").
        /// Default `.capitalizedMidSentence` (issue 15): the word is written
        /// lower case, the name with a capital; at a sentence start only as
        /// part of a full name or next to an initial. (Issue 5 had `.never`,
        /// which let "потом Максат сказал" through to the leak scan.)
        public var commonWordNames: Alone
        /// A name part in a place construction ("ул. Токтогула", "Таласской
        /// области", "Талас облусу") is the place, not the person (issue 15;
        /// `Gazetteer`). Only parts alone: a full name is never a place.
        public var placeConstructions: Bool

        public init(distinctiveGivenNames: Alone = .always, shortNames: Alone = .capitalized,
                    commonWordNames: Alone = .capitalizedMidSentence, placeConstructions: Bool = true) {
            self.distinctiveGivenNames = distinctiveGivenNames
            self.shortNames = shortNames
            self.commonWordNames = commonWordNames
            self.placeConstructions = placeConstructions
        }
    }

    public let persons: [PersonNames]
    public let options: Options
    let keys: [NameKey]
    /// Keys with the same symbols and endings share one automaton entry: a
    /// given name borne by a thousand persons is checked once per occurrence.
    let groups: [[Int32]]
    /// Each group's keys split by how they may be followed: the fathers'
    /// names (only with уулу/кызы after them) and the others (word end or a
    /// legal ending), each pooled per person (`pooled`). A hit names the group
    /// and the side; its persons are looked up only if the hit is chosen (`mentions`).
    let groupFathers: [[Candidate]]
    let groupOthers: [[Candidate]]
    let automaton: SkeletonAutomaton
    /// Words no key can cover are not skeletonized (`SkeletonWordFilter`).
    let wordFilter: SkeletonWordFilter
    /// Per person, the Russian-type surnames of their spellings (lower case,
    /// both genders: `RussianSurnames.words`): written whole, or with a
    /// name's case ending, they are the person in any case (`isWholeSurname`).
    let surnameWords: [Set<String>]
    /// Per person, the skeletons a word beside a mention is compared with (`absorbNeighbourParts`).
    let neighbourParts: [[[UInt8]]]

    public init(persons: [PersonNames], options: Options = Options()) {
        self.init(persons: persons, options: options, commonWords: .lexicon)
    }

    /// With another test of common words (the equivalence tests pass the frozen reference's list).
    init(persons: [PersonNames], options: Options, commonWords: NameKeyBuilder.CommonWordTest) {
        self.persons = persons
        self.options = options
        var keys: [NameKey] = []
        for (index, person) in persons.enumerated() {
            keys += NameKeyBuilder.keys(for: person, person: Int32(index), commonWords: commonWords)
        }
        self.keys = keys
        var groupOf: [[UInt8]: Int] = [:]
        var groups: [[Int32]] = []
        var groupSymbols: [[UInt8]] = []
        for (index, key) in keys.enumerated() {
            let id = key.symbols + [key.endings.rawValue]
            if let group = groupOf[id] {
                groups[group].append(Int32(index))
            } else {
                groupOf[id] = groups.count
                groups.append([Int32(index)])
                groupSymbols.append(key.symbols)
            }
        }
        self.groups = groups
        func candidates(_ group: [Int32], fathers: Bool) -> [Candidate] {
            let side = group.map { keys[Int($0)] }.filter { ($0.role == .father) == fathers }
                .map { Candidate(person: $0.person, risk: $0.risk, role: $0.role) }
            return Self.pooled([side])
        }
        self.groupFathers = groups.map { candidates($0, fathers: true) }
        self.groupOthers = groups.map { candidates($0, fathers: false) }
        self.surnameWords = persons.map { Set(RussianSurnames.words(of: $0.spellings).map { $0.replacingOccurrences(of: "ё", with: "е") }) }
        self.neighbourParts = Self.neighbourParts(keys, persons: persons.count)
        self.automaton = SkeletonAutomaton(keys: groupSymbols)
        self.wordFilter = SkeletonWordFilter(keys: groupSymbols)
    }

    /// How many keys the automaton holds (a few per name part; reported, not enumerated spellings).
    public var keyCount: Int { keys.count }

    /// States of the automaton, for memory estimates.
    public var stateCount: Int { automaton.stateCount }

    public func matches(in text: String) -> [NameMatch] { matches(in: text, filtered: true) }

    /// `filtered: false` skeletonizes every word: the oracle the tests hold the
    /// word filter to (it may skip only words no key can cover).
    func matches(in text: String, filtered: Bool) -> [NameMatch] {
        var copy = text
        let found: [(start: Int, end: Int, persons: [Int32])] = copy.withUTF8 { utf8 in
            let skeleton = SkeletonText(utf8: utf8, filter: filtered ? wordFilter : nil)
            return mentions(in: skeleton, utf8: utf8).map { mention in
                (skeleton.start(mention.start), skeleton.end(mention.end - 1), mention.persons)
            }
        }
        let utf8 = text.utf8
        return found.map { item in
            let lower = utf8.index(utf8.startIndex, offsetBy: item.start)
            let upper = utf8.index(utf8.startIndex, offsetBy: item.end)
            let ids = item.persons.map { persons[Int($0)].personID }
            return NameMatch(personID: ids[0], range: lower..<upper, candidates: ids)
        }
    }

    /// The raw hits of the automaton that sit on word boundaries with a legal ending,
    /// one per group and side (fathers or others) that accepts what follows.
    ///
    /// In the order the keys' own hits would come: by automaton report, then
    /// fathers or others as the group's first key of each side comes (the
    /// sides never share a span, so only the order within a side matters).
    func hits(in skeleton: SkeletonText, utf8: UnsafeBufferPointer<UInt8>) -> [Hit] {
        var hits: [Hit] = []
        for (end, group) in automaton.hits(in: skeleton) {
            let first = keys[Int(groups[group][0])]
            let start = end - first.symbols.count
            guard skeleton.isWordStart(start) else { continue }
            let atWordEnd = skeleton.isWordEnd(end)
            let others = groupOthers[group], fathers = groupFathers[group]
            if !others.isEmpty {
                if atWordEnd {
                    hits.append(Hit(start: start, end: end, group: Int32(group), fathers: false))
                } else if first.endings != .none, let stop = endingEnd(skeleton, key: first, from: end) {
                    hits.append(Hit(start: start, end: stop, group: Int32(group), fathers: false))
                }
            }
            if !fathers.isEmpty, atWordEnd, let stop = particleEnd(skeleton, utf8, from: end) {
                hits.append(Hit(start: start, end: stop, group: Int32(group), fathers: true))
            } else if !fathers.isEmpty, !atWordEnd {
                // The particle fused to the father's name: "Asanuulu", "Асануулу" (red-team round 2).
                let wordEnd = skeleton.wordEnd(from: end)
                if Self.isParticleWord(skeleton.wordSymbols(end..<wordEnd, utf8: utf8)) {
                    hits.append(Hit(start: start, end: wordEnd, group: Int32(group), fathers: true))
                }
            }
        }
        return hits
    }

    /// The persons (with the risk and role of their key) behind a hit, pooled and sorted by person.
    @inline(__always)
    func candidates(of hit: Hit) -> [Candidate] {
        hit.fathers ? groupFathers[Int(hit.group)] : groupOthers[Int(hit.group)]
    }

    /// Where the word that continues a key ends, if the rest of it is a legal ending.
    private func endingEnd(_ skeleton: SkeletonText, key: NameKey, from end: Int) -> Int? {
        let wordEnd = skeleton.wordEnd(from: end)
        guard wordEnd - end <= NameEndings.longest else { return nil }
        let rest = Array(skeleton.symbols[end..<wordEnd])
        let stemEndsInVowel = key.symbols.last.map { "aeiouy".utf8.contains($0) } ?? true
        func legal(_ ending: [UInt8]) -> Bool {
            key.endings == .full ? NameEndings.isFull(ending[...], afterVowel: ending.count > rest.count || stemEndsInVowel)
                : NameEndings.short.contains(ending)
        }
        if legal(rest) { return wordEnd }
        // A key ending in i swallowed the i of the ending (Алии, Сергейин): the skeleton merged them.
        if key.symbols.last == UInt8(ascii: "i"), legal([UInt8(ascii: "i")] + rest) { return wordEnd }
        // Likewise a doubled consonant across the seam (Бакыт-тан, Бакыт-тар): the skeleton wrote it once.
        if let last = key.symbols.last, !"aeiou".utf8.contains(last), legal([last] + rest) { return wordEnd }
        return nil
    }

    /// After a father's name: a space and уулу/кызы/оглы (with any ending: уулунун). Returns its end.
    private func particleEnd(_ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>, from end: Int) -> Int? {
        let symbols = skeleton.symbols
        guard end < symbols.count, symbols[end] == SkeletonText.space else { return nil }
        let start = end + 1
        let wordEnd = skeleton.wordEnd(from: start)
        guard wordEnd > start else { return nil }
        return Self.isParticleWord(skeleton.wordSymbols(start..<wordEnd, utf8: utf8)) ? wordEnd : nil
    }

    /// The son/daughter particles (`NameParts`) as skeleton bytes.
    static let particles: [[UInt8]] = NameParts.sonParticles.union(NameParts.daughterParticles).map { Array($0.utf8) }

    /// A whole skeleton word that is уулу/кызы/оглы..., bare or with a legal ending (уулунун).
    static func isParticleWord(_ word: ArraySlice<UInt8>) -> Bool {
        for particle in particles where word.starts(with: particle) {
            let rest = word.dropFirst(particle.count)
            if rest.isEmpty || NameEndings.isFull(rest, afterPossessive: true) { return true }
        }
        return false
    }

    struct Hit {
        var start: Int
        var end: Int
        var group: Int32
        /// The group's fathers' names (followed by уулу/кызы) rather than its other keys.
        var fathers: Bool
    }
}
