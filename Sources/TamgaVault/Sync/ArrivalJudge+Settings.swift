import Foundation

extension ArrivalVerifier.Judge {
    /// An arriving `.gitignore` or `.gitattributes` must have the content
    /// tamga writes (another could change how git writes vault files); a
    /// clone or first push may bring the `.gitignore` from before data keys
    /// left main (a vault not synced since).
    mutating func judgeSetting(_ path: String, baseIsEmpty: Bool) {
        let text = (try? DurableFile.readAll(root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
        let expected = path == ".gitignore" ? [VaultFileKind.gitignore] + (baseIsEmpty ? [VaultFileKind.gitignoreBeforeDataKeyRef] : [])
            : [VaultFileKind.gitattributes]
        if !expected.contains(text ?? "") { problem(path, "not the content tamga writes (it could change how git writes vault files)") }
    }

    /// A `.gitignore` that history carries and the vault no longer holds
    /// must be one tamga wrote: the one before data keys left main
    /// (`VaultFileKind.gitignoreBeforeDataKeyRef`), in a vault synced since.
    mutating func judgeEarlierSettings(_ settings: [(blob: String, path: String)], tree: GitTree) throws {
        let digests = try tree.digests(settings.enumerated().map { ($0.element.blob, "\($0.offset)/" + $0.element.path) })
        for (offset, file) in settings.enumerated() {
            let text = digests["\(offset)/" + file.path].map { String(decoding: $0.head, as: UTF8.self) }
            if text != VaultFileKind.gitignoreBeforeDataKeyRef && text != VaultFileKind.gitignore {
                problem(file.path, "a commit carries a version of this file that tamga never wrote")
            }
        }
    }
}
