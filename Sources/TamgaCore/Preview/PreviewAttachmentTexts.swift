/// The review page's words for evidence files, in the page's language
/// (issue 19.13: one catalogue of the exports' own words, per language).
struct PreviewAttachmentTexts: Sendable {
    let heading: String
    let redacted: String
    let level, consent, restricted: String
    let refused: String
    /// "PDF, 12,345 bytes: exported, not shown here".
    let file: @Sendable (String, Int) -> String
    /// "2 attachments above your clearance are not listed."
    let aboveClearance: @Sendable (Int) -> String
    /// "1 restricted attachment … open only to its named viewers."
    let restrictedFromYou: @Sendable (Int) -> String

    static func `for`(_ language: DocumentLanguage) -> PreviewAttachmentTexts {
        switch language {
        case .english: english
        case .russian: russian
        case .kyrgyz: kyrgyz
        }
    }

    static let english = PreviewAttachmentTexts(
        heading: "Attachments", redacted: "regions blacked out",
        level: "withheld: above this audience's level",
        consent: "withheld: a person it shows has not consented to this audience",
        restricted: "restricted viewing (intimate image): never exported, not shown here",
        refused: "the export with attachments would stop here:",
        file: { "\($0), \($1) bytes: exported, not shown here" },
        aboveClearance: { "\($0) attachment(s) above your clearance are not listed." },
        restrictedFromYou: { "\($0) restricted attachment(s) (intimate images) open only to their named viewers, not to you: not listed." })

    static let russian = PreviewAttachmentTexts(
        heading: "Вложения", redacted: "области закрашены",
        level: "не передаётся: уровень выше, чем у этой аудитории",
        consent: "не передаётся: изображённое лицо не дало согласия для этой аудитории",
        restricted: "ограниченный просмотр (интимное изображение): не экспортируется и здесь не показано",
        refused: "экспорт с вложениями остановится здесь:",
        file: { "\($0), байт: \($1); экспортируется, здесь не показано" },
        aboveClearance: { "Вложений выше вашего допуска: \($0); они не перечислены." },
        restrictedFromYou: { "Вложений с ограниченным просмотром (интимные изображения), открытых только назначенным участникам, но не вам: \($0); они не перечислены." })

    static let kyrgyz = PreviewAttachmentTexts(
        heading: "Тиркемелер", redacted: "аймактар боёлгон",
        level: "берилбейт: деңгээли бул аудиториядан жогору",
        consent: "берилбейт: сүрөттөлгөн адам бул аудиторияга макулдук берген эмес",
        restricted: "чектелген көрүү (интимдик сүрөт): экспорттолбойт жана бул жерде көрсөтүлбөйт",
        refused: "тиркемелер менен экспорт бул жерде токтойт:",
        file: { "\($0), байт: \($1); экспорттолот, бул жерде көрсөтүлбөйт" },
        aboveClearance: { "Сиздин уруксатыңыздан жогору тиркемелер: \($0); алар тизмеленген жок." },
        restrictedFromYou: { "Белгиленген мүчөлөр гана ачкан, сизге ачылбаган чектелген тиркемелер (интимдик сүрөттөр): \($0); алар тизмеленген жок." })
}
