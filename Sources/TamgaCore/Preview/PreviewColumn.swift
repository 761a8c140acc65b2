/// What one audience would get of a document: the projection that passed
/// the leak scan, or why no export would be made (the policy's ceiling,
/// nothing visible, or the leak scan). The refusal keeps only the error's
/// message and hint, which never quote confidential text.
public enum PreviewColumn: Sendable, Hashable {
    case projected(Projection)
    case refused(audience: Audience, message: String, hint: String?)

    /// Runs the real export path (project, render, scan) for `audience`,
    /// so the preview shows exactly what an export would, refusals included.
    public static func make(_ document: Document, for audience: Audience, exporter: Exporter) -> PreviewColumn {
        do {
            return .projected(try exporter.export(document, for: audience, as: .html).projection)
        } catch let error as ProjectionError {
            return .refused(audience: audience, message: error.message, hint: error.hint)
        } catch let error as LeakError {
            return .refused(audience: audience, message: error.message, hint: error.hint)
        } catch {
            return .refused(audience: audience, message: "the export failed", hint: nil)
        }
    }

    public var audience: Audience {
        switch self {
        case let .projected(projection): projection.audience
        case let .refused(audience, _, _): audience
        }
    }
}
