import Foundation

/// The text `tamga new` opens in the editor: the front matter FORMAT.md asks
/// for, filled with what the command line gave, and a commented person entry
/// to copy. Saving it unchanged stores nothing.
enum NewDocumentTemplate {
    static func text(id: String, kind: String, title: String?, facility: String?, date: String) -> String {
        var lines = ["---", "id: \(id)", "kind: \(kind)", "title: \(yamlScalar(title ?? ""))", "date: \(date)"]
        lines.append("facility: \(yamlScalar(facility ?? ""))")
        lines += [
            "persons: {}",
            "# Each person named in the text, for example:",
            "# persons:",
            "#   D-0001:",
            "#     name: Aibek Sadykov",
            "#     also: [Айбек Садыков]",
            "#     role: detainee",
            "#     consent: []",
            "---",
            "",
            "## Findings",
            "",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// A YAML double-quoted scalar (the title and facility are the user's text).
    private static func yamlScalar(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
