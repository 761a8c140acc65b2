import Foundation
import TamgaCore

extension AttachmentManifest {
    /// The files an earlier export of `document` for `audience` wrote into
    /// `folder`, as its manifest lists them (each with its `.age` and
    /// `.minisig` forms), the manifest included: what a forced re-export
    /// must not leave behind when it no longer writes them (attacker round
    /// 3, F15: a photo withheld after a consent withdrawal stayed in the
    /// publication folder, validly signed).
    ///
    /// Only names of tamga's own form for this document and audience count
    /// (`DOC.AUDIENCE.attachment-N.EXT`): a manifest someone edited cannot
    /// make an export delete any other file. A sealed manifest (`.age`)
    /// cannot be read here; then the files of that form stand for its list.
    static func earlierFiles(in folder: URL, document: String, audience: Audience) -> [URL] {
        let manifest = fileName(document: document, audience: audience)
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        var names: Set<String> = []
        if present.contains(manifest) {
            names.insert(manifest)
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifest).path),
               let earlier = try? JSONDecoder().decode(AttachmentManifest.self, from: data),
               earlier.document == document, earlier.audience == audience.rawValue {
                names.formUnion(earlier.attachments.map(\.name).filter { isOwnName($0, document: document, audience: audience) })
            }
        }
        if present.contains(manifest + ".age") {
            names.insert(manifest)
            for entry in present {
                var base = entry
                for suffix in [".minisig", ".age"] where base.hasSuffix(suffix) { base.removeLast(suffix.count) }
                if isOwnName(base, document: document, audience: audience) { names.insert(base) }
            }
        }
        return names.flatMap { name in ["", ".age"].flatMap { sealed in ["", ".minisig"].map { name + sealed + $0 } } }
            .filter(present.contains).sorted().map { folder.appendingPathComponent($0) }
    }

    /// Whether `name` is an exported attachment's name for this document and audience: `DOC.AUDIENCE.attachment-N.EXT`.
    static func isOwnName(_ name: String, document: String, audience: Audience) -> Bool {
        let prefix = "\(document).\(audience.rawValue).attachment-"
        guard name.hasPrefix(prefix), !name.contains("/") else { return false }
        let rest = name.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        return rest.count == 2 && !rest[0].isEmpty && rest[0].allSatisfy(\.isASCII) && rest[0].allSatisfy(\.isNumber)
            && !rest[1].isEmpty && rest[1].allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }
}
