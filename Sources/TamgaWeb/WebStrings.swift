/// The interface's words, English and Russian, from one catalogue (issue 20:
/// Kyrgyz welcome: add a table with the same keys). A key missing from a
/// language falls back to English, and a test checks each table has them all.
enum WebStrings {
    static let english: [String: String] = [
        "navigation": "Main", "documents": "Documents", "lock": "Lock",
        "openSession": "Open this session",
        "tokenHelp": "Paste the access token that `tamga serve` printed on its terminal. It works once.",
        "accessToken": "Access token", "open": "Open",
        "unlockTitle": "Unlock the vault", "member": "Member (empty: the only member with a key file here)",
        "passphrase": "Passphrase", "unlock": "Unlock",
        "unlockHint": "The vault locks itself after a while without use, and when this server stops.",
        "noDocuments": "No document that you may read is in this vault yet.",
        "id": "ID", "kind": "Kind", "date": "Date", "titleColumn": "Title", "facility": "Facility", "level": "Level",
        "revisions": "Revisions",
        "exportTitle": "Export", "audience": "Audience", "format": "Format", "export": "Export, sign and download",
        "exportedTitle": "Exported", "back": "Back", "errorTitle": "Refused",
        "locked": "The vault is locked.",
        "persons": "Persons", "noPersons": "No person is declared in this vault.", "role": "Role", "consent": "Consent",
        "name": "Name", "alsoWritten": "Also written", "declaredIn": "Declared in", "consentInForce": "Consent in force",
        "namedTo": "Named to", "consentHistory": "Consent history", "noConsentEvents": "No consent was recorded.",
        "obtainedBy": "obtained by", "recordConsent": "Record consent", "consentChange": "Change",
        "grant": "Gave consent", "withdraw": "Withdrew consent", "obtainedByLabel": "Obtained by (a monitor's name)",
        "note": "Note (no confidential text: it is logged)", "record": "Record",
        "disclosures": "Disclosures", "noDisclosures": "No export has named or pseudonymised this person yet.",
        "statistics": "Statistics", "countBy": "Count by", "thenBy": "Then by (a two-way table)", "show": "Show",
        "statisticsHint": "Counts come from the front matter. For the public, small counts are suppressed as the policy says.",
        "recommendations": "Recommendations", "recommendationsFor": "Recommendations the audience sees:",
        "noRecommendations": "No recommendation this audience may see.", "status": "Status", "text": "Text",
        "members": "Members", "fingerprint": "Fingerprint", "clearance": "Clearance", "accessByLevel": "Access by level (the newest key)",
        "membersHint": "Names are shown to members cleared internal; others see fingerprints. Changes: `tamga member` on the command line.",
        "auditLog": "Audit log", "logDocument": "Only about document (id)", "logPerson": "Only mentioning person (id)",
        "logSince": "From (YYYY-MM-DD)", "entries": "entries", "time": "Time", "actor": "Who", "action": "What",
        "refusedEntries": "entries are not shown: signed by members not allowed to write them (see the check page).",
        "check": "Check", "checkClean": "No problem found: every object, signature and log entry verifies.",
        "problems": "Problems", "warnings": "Warnings", "checked": "Checked", "notDecrypted": "objects not decrypted (no key for their level)",
        "checkHint": "Tidying and accepting an older copy are done with `tamga check --tidy` and `--accept-older`.",
    ]

    static let russian: [String: String] = [
        "navigation": "Главное", "documents": "Документы", "lock": "Заблокировать",
        "openSession": "Открыть сеанс",
        "tokenHelp": "Вставьте ключ доступа, который `tamga serve` вывел в терминал. Он действует один раз.",
        "accessToken": "Ключ доступа", "open": "Открыть",
        "unlockTitle": "Разблокировать хранилище", "member": "Участник (пусто: единственный участник с файлом ключа здесь)",
        "passphrase": "Парольная фраза", "unlock": "Разблокировать",
        "unlockHint": "Хранилище блокируется само после простоя и при остановке сервера.",
        "noDocuments": "В хранилище пока нет документов, которые вам можно читать.",
        "id": "Номер", "kind": "Вид", "date": "Дата", "titleColumn": "Название", "facility": "Учреждение", "level": "Гриф",
        "revisions": "Редакции",
        "exportTitle": "Экспорт", "audience": "Адресат", "format": "Формат", "export": "Экспортировать, подписать и скачать",
        "exportedTitle": "Экспортировано", "back": "Назад", "errorTitle": "Отказано",
        "locked": "Хранилище заблокировано.",
        "persons": "Лица", "noPersons": "В хранилище не объявлено ни одно лицо.", "role": "Роль", "consent": "Согласие",
        "name": "Имя", "alsoWritten": "Другие написания", "declaredIn": "Объявлено в", "consentInForce": "Действующее согласие",
        "namedTo": "Имя видно:", "consentHistory": "История согласия", "noConsentEvents": "Согласие не записывалось.",
        "obtainedBy": "получил(а)", "recordConsent": "Записать согласие", "consentChange": "Изменение",
        "grant": "Дал(а) согласие", "withdraw": "Отозвал(а) согласие", "obtainedByLabel": "Кто получил (имя сотрудника)",
        "note": "Примечание (без конфиденциального текста: оно попадает в журнал)", "record": "Записать",
        "disclosures": "Раскрытия", "noDisclosures": "Ни один экспорт ещё не называл это лицо и не заменял его псевдонимом.",
        "statistics": "Статистика", "countBy": "Считать по", "thenBy": "Затем по (таблица с двумя входами)", "show": "Показать",
        "statisticsHint": "Числа берутся из заголовка документов. Для публики малые числа скрыты, как велит политика.",
        "recommendations": "Рекомендации", "recommendationsFor": "Рекомендации, которые видит адресат:",
        "noRecommendations": "Нет рекомендаций, которые этот адресат может видеть.", "status": "Статус", "text": "Текст",
        "members": "Участники", "fingerprint": "Отпечаток ключа", "clearance": "Допуск", "accessByLevel": "Доступ по грифам (новейший ключ)",
        "membersHint": "Имена видят участники с допуском internal; остальные видят отпечатки. Изменения: `tamga member` в командной строке.",
        "auditLog": "Журнал", "logDocument": "Только о документе (номер)", "logPerson": "Только с упоминанием лица (номер)",
        "logSince": "С даты (ГГГГ-ММ-ДД)", "entries": "записей", "time": "Время", "actor": "Кто", "action": "Что",
        "refusedEntries": "записей не показано: их подписали участники, которым нельзя их писать (см. страницу проверки).",
        "check": "Проверка", "checkClean": "Проблем нет: все объекты, подписи и записи журнала проверены.",
        "problems": "Проблемы", "warnings": "Предупреждения", "checked": "Проверено", "notDecrypted": "объектов не расшифровано (нет ключа их грифа)",
        "checkHint": "Уборка и принятие старой копии: `tamga check --tidy` и `--accept-older`.",
    ]

    /// The table for an `Accept-Language` header: Russian when it comes first among ru/en, else English.
    static func table(acceptLanguage: String?) -> (lang: String, words: [String: String]) {
        let wanted = (acceptLanguage ?? "").lowercased().split(separator: ",").map { $0.split(separator: ";").first.map(String.init) ?? "" }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let russianFirst = wanted.first { $0.hasPrefix("ru") || $0.hasPrefix("en") }?.hasPrefix("ru") == true
        return russianFirst ? ("ru", english.merging(russian) { $1 }) : ("en", english)
    }
}
