/// The whole export path the vault calls: project for the audience, render,
/// and scan the rendered bytes and the file name. It returns only an export
/// that passed the scan; on any error the caller writes nothing.
///
/// Throws `ProjectionError` (refused before rendering) or `LeakError` (the
/// scan found something); both are `UserFacingError`s with class `.refused`.
public struct Exporter: Sendable {
    public let projector: Projector
    public let scanner: LeakScanner

    public init(policy: Policy, registry: PersonRegistry, names: any NameFinding, sensitive: [String]) {
        projector = Projector(policy: policy, registry: registry, names: names, sensitive: sensitive)
        scanner = LeakScanner(policy: policy, registry: registry, names: names, sensitive: sensitive)
    }

    /// A file name made only of the document id, the audience and the
    /// format; still scanned like the content.
    public static func fileName(for document: Document, audience: Audience, format: ExportFormat) -> String {
        "\(document.id).\(audience.rawValue).\(format.fileExtension)"
    }

    public func export(_ document: Document, for audience: Audience, as format: ExportFormat,
                       fileName: String? = nil) throws -> Export {
        let projection = try projector.project(document, for: audience)
        let text = projection.rendered(as: format)
        let name = fileName ?? Self.fileName(for: document, audience: audience, format: format)
        let read: Set<String>
        do {
            read = try scanner.scan(text, format: format, fileName: name, document: document, audience: audience)
        } catch {
            throw Self.located(error, document: document, scanner: scanner)
        }
        return Export(fileName: name, text: text, projection: projection, namesRead: read)
    }
}

extension Exporter {
    /// The error with each finding placed in the source (file, line, column).
    public static func located(_ error: LeakError, document: Document, scanner: LeakScanner) -> LeakError {
        DetectorContext.withDocumentDate(document.date) { locatedBound(error, document: document, scanner: scanner) }
    }

    private static func locatedBound(_ error: LeakError, document: Document, scanner: LeakScanner) -> LeakError {
        var located = error
        let (locations, pieces) = LeakSourceLocator(scanner: scanner, document: document, audience: error.audience).locate(error.hits)
        located.sourceFile = document.file
        located.sourceLocations = locations
        located.sourcePieces = pieces
        return located
    }
}

/// An export that passed the leak scan.
public struct Export: Sendable, Hashable {
    public let fileName: String
    /// The bytes to sign and write (UTF-8).
    public let text: String
    /// The manifest (`projection.manifest`) and the disclosure ledger entry
    /// (`projection.disclosure`: who was named, under which pseudonyms).
    public let projection: Projection
    /// Persons the leak scan read by name in the export (each one the
    /// audience may see named).
    public let namesRead: Set<String>

    /// What the disclosure ledger records: whom the projector named, and
    /// whoever else the export shows by name (issue 15, class 8).
    public var disclosure: Disclosure {
        Disclosure(namedPersonIDs: projection.disclosure.namedPersonIDs.union(namesRead), pseudonyms: projection.disclosure.pseudonyms)
    }
}
