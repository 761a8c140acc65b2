/// The words after which 5 to 13 digits are a phone number
/// (`PhoneNumberDetector`), by class rather than one by one (issue 15,
/// red-team round 4: `вацап`, `Viber`, `звоните`, Kyrgyz `номуру` each let
/// `555 123 456` through). Stems (`*`) take the word's endings, so the
/// Russian cases (`вацапе`, `телефону`) and the Kyrgyz possessive and case
/// forms (`номуру`, `номери`, `телефонунун`) are one entry each.
///
/// A call verb is a phone word too: `звоните на 555 123 456`, `call me on`,
/// `чалгыла`. An extension word (`доб.`, `ext.`) also: the digits after an
/// allow-listed hotline's `доб.` are not the hotline (round 4, allow-list
/// case); an extension of up to four digits stays, as short numbers do.
enum PhoneWords {
    /// The number itself: `тел.`, `номер`, and the Kyrgyz `номур` (номуру, his number).
    static let number = [
        "tel", "telephone*", "тел", "телефон*", "phone*", "моб", "мобильн*", "mob", "mobile*", "cell phone*", "cellphone*",
        "номер*", "номур*", "сотов*", "contact number*", "домашн*", "home", "landline*", "байланыш*", "уюлдук*",
    ]

    /// Messengers, in Latin and Cyrillic and their slang spellings.
    static let messengers = [
        "whatsapp*", "whats app*", "wa.me", "ватсап*", "вотсап*", "вацап*", "уатсап*", "вацаб*", "ватцап*",
        "viber*", "вайбер*", "вибер*", "telegram*", "телеграм*", "телеге", "signal",
    ]

    /// Call verbs: Russian imperatives and infinitives, English, Kyrgyz.
    static let calls = [
        "звони*", "позвони*", "звонит*", "позвонит*", "перезвони*", "созвони*", "дозвони*", "набери*", "наберит*",
        "call", "call me*", "calling", "ring me*", "text me*", "sms", "смс", "whatsapp me*",
        "чалгыла*", "чалыңыз*", "чалып*", "чалуу*", "чалсаң*", "чалсаңыз*", "чал",
    ]

    /// Extension words after a number.
    static let extensions = ["доб", "добавочн*", "ext", "extension*", "кошумча*"]

    static let all = number + messengers + calls + extensions
}
