import Testing
@testable import TamgaCore

/// Red team round 12, classes B and C (issue 15): a name in styled letters
/// (mathematical bold, italic, double-struck, monospace: what a Word
/// "font" pasted from a social post gives) or with a Latin letter that has a
/// hook (ɱ) was read by the scan as another word, because Unicode's
/// confusable skeleton of m is "rn" and the look-alike table was built from
/// skeletons; now a letter NFKC makes one Latin or Cyrillic letter reads as
/// that letter. A sensitive place written with the Kyrgyz or the Latin
/// alphabet (`Көк-Жар`, `Kök-Jar` for `Кок-Жар`) is found with those letters
/// read as their Russian neighbours. Left: a given name alone in styled
/// letters (`𝐄𝐦𝐫𝐞 said`), which the projector does not read and the scan
/// does not refuse.
@Suite struct Round12DisguiseTests {
    static let styled: [(text: String, needle: String)] = [
        ("Detained: 𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫.", "𝐎𝐳𝐝𝐞𝐦𝐢𝐫"),
        ("𝗢𝗺𝘂𝗿𝘇𝗮𝗸 𝗞𝗲𝗻𝗲𝘀𝗵 𝘂𝘂𝗹𝘂 was beaten.", "𝗢𝗺𝘂𝗿𝘇𝗮𝗸"),
        ("Released: 𝚄𝚛𝚞𝚜𝚝𝚎𝚖𝚘𝚟𝚊.", "𝚄𝚛𝚞𝚜𝚝𝚎𝚖𝚘𝚟𝚊"),
        ("Released: 𝑈𝑟𝑢𝑠𝑡𝑒𝑚𝑜𝑣𝑎.", "𝑈𝑟𝑢𝑠𝑡𝑒𝑚𝑜𝑣𝑎"),
        ("Detained: 𝔼𝕞𝕣𝕖 𝕆𝕫𝕕𝕖𝕞𝕚𝕣.", "𝕆𝕫𝕕𝕖𝕞𝕚𝕣"),
        ("Задержан 𝐔𝐫𝐮𝐬𝐭𝐞𝐦𝐨𝐯𝐚 𝐒𝐞𝐳𝐢𝐦, она плакала.", "𝐔𝐫𝐮𝐬𝐭𝐞𝐦𝐨𝐯𝐚"),
        ("Detained: Emre Ozdeɱir.", "Ozdeɱir"),
        ("Released: Urusteɱova.", "Urusteɱova"),
        ("Witness 𝐈𝐯𝐚𝐧 𝐒𝐭𝐚𝐫𝐨𝐬𝐭𝐢𝐧 spoke.", "𝐒𝐭𝐚𝐫𝐨𝐬𝐭𝐢𝐧"),
    ]

    static let places: [(text: String, needle: String)] = [
        ("Мы были в Көк-Жар в мае.", "Көк-Жар"),
        ("Көк-Жардагы мекемеде 40 киши бар.", "Көк-Жардагы"),
        ("We visited Kök-Jar in May.", "Kök-Jar"),
        ("We visited Kok-Zhar in May.", "Kok-Zhar"),
        ("Колонияда, Көк Жарда, суу жок.", "Көк Жарда"),
        ("Мы были в Жылуу-Булакта.", "Жылуу-Булакта"),
        ("в Көк-Жаре нет воды.", "Көк-Жаре"),
    ]

    static let clean = [
        "The 𝐦𝐚𝐢𝐧 gate was locked.", "A 𝐦𝐞𝐦𝐨 was handed over.", "Көк жана жашыл түстөр.", "Кок не видно, жара зажила.",
        "The cell had a jar of water.", "Sary and Jazz were the dogs' names.",
    ]

    @Test(arguments: styled + places)
    func aDisguisedNameOrPlaceDoesNotLeave(_ item: (text: String, needle: String)) {
        if let published = Round12Vault.exported(item.text) {
            #expect(!published.contains(item.needle), "published: \(item.text)")
        }
    }

    @Test func styledLettersReadAsTheirLetters() {
        #expect(String(String.UnicodeScalarView(LeakNormalizer("𝐄𝐦𝐫𝐞 𝐎𝐳𝐝𝐞𝐦𝐢𝐫 Kuɱush 𝐈𝐯𝐚𝐧").scalars)) == "emre ozdemir kumush ivan")
    }

    @Test(arguments: clean)
    func cleanTextStays(_ text: String) {
        let published = Round12Vault.exported(text)
        #expect(published?.contains(text) == true, "refused or damaged: \(text)")
    }
}
