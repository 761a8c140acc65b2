import Foundation

/// What a browser without JavaScript would post back from a page's form:
/// each input's value (a checkbox only when checked), each select's chosen
/// option, each text area's text (the newline after `<textarea>` dropped,
/// as HTML parsers drop it), entities decoded.
enum WebFormFields {
    static func of(_ page: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        for input in page.matches(of: /<input ([^>]*)>/) {
            let attributes = Self.attributes(String(input.output.1))
            guard let name = attributes["name"] else { continue }
            if attributes["type"] == "checkbox", !input.output.1.contains(" checked") { continue }
            fields.append((name, attributes["value"] ?? ""))
        }
        for select in page.matches(of: /<select ([^>]*)>(.*?)<\/select>/.dotMatchesNewlines()) {
            guard let name = Self.attributes(String(select.output.1))["name"] else { continue }
            let options = select.output.2.matches(of: /<option value="([^"]*)"( selected)?>/)
            let chosen = options.first { $0.output.2 != nil } ?? options.first
            fields.append((name, chosen.map { decoded(String($0.output.1)) } ?? ""))
        }
        for area in page.matches(of: /<textarea ([^>]*)>\n?(.*?)<\/textarea>/.dotMatchesNewlines()) {
            guard let name = Self.attributes(String(area.output.1))["name"] else { continue }
            fields.append((name, decoded(String(area.output.2))))
        }
        return fields
    }

    static func attributes(_ text: String) -> [String: String] {
        var found: [String: String] = [:]
        for match in text.matches(of: /([a-z-]+)="([^"]*)"/) { found[String(match.output.1)] = decoded(String(match.output.2)) }
        return found
    }

    static func decoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `fields` with `name` set to `value` (added when absent).
    static func setting(_ fields: [(String, String)], _ name: String, _ value: String) -> [(String, String)] {
        fields.contains { $0.0 == name } ? fields.map { $0.0 == name ? (name, value) : $0 } : fields + [(name, value)]
    }
}
