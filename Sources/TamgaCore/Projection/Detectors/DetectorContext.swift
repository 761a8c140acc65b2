/// What the detectors may know about the document whose text they read,
/// bound for the duration of one projection, one scan or one source
/// location (`withDocumentDate`).
///
/// Why a task-local and not a parameter: the detectors are called from a
/// dozen places (projector, scan, source locator, labels, paths), and only
/// one rule needs the document: a date of birth with no birth word
/// (`BirthDateDetector+Register`) is told from a detention date by its
/// distance from the document's date. Where no document is bound (a
/// statistics label, a file name), that rule is off and the others run as
/// before.
enum DetectorContext {
    @TaskLocal static var documentDate: CalendarDate?

    /// Runs `body` with `date` bound, keeping `body`'s typed error.
    static func withDocumentDate<Success, Failure: Error>(_ date: CalendarDate,
                                                         _ body: () throws(Failure) -> Success) throws(Failure) -> Success {
        let result: Result<Success, Failure> = $documentDate.withValue(date) { Result { () throws(Failure) in try body() } }
        return try result.get()
    }
}
