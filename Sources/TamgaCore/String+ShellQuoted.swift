extension String {
    /// The string as one shell word, for the commands that hints print: a
    /// member named Nurlan Toktogulov must be pasted as "Nurlan Toktogulov",
    /// or the shell splits the name in two (issue 19 item 9). Plain words
    /// stay as they are; anything else is put in double quotes, with the
    /// characters the shell reads inside them escaped.
    public var shellQuoted: String {
        let plain = !isEmpty && unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.,:/@+=".unicodeScalars.contains(scalar)
        }
        if plain { return self }
        var quoted = "\""
        for character in self {
            if "\"\\$`".contains(character) { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
