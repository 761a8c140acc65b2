import Testing
@testable import TamgaCore

/// The review page says how many attachments it leaves out and why: above
/// the member's clearance, or restricted images they are not a viewer of
/// (review, session 28: the second were silently missing from the page).
@Suite struct PreviewAttachmentNoteTests {
    @Test(arguments: DocumentLanguage.allCases)
    func restrictedImagesTheMemberCannotOpenAreCounted(_ language: DocumentLanguage) {
        let page = PreviewRenderer.attachmentSection(PreviewAttachments(restrictedFromYou: 2), for: .state, language: language)
        #expect(page.contains(PreviewAttachmentTexts.for(language).restrictedFromYou(2)))
        #expect(page.contains(": 2") || page.contains("2 restricted"))
        #expect(PreviewRenderer.attachmentSection(PreviewAttachments(), for: .state, language: language).isEmpty)
    }
}
