import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// Every figure has its own caption and number.
@Suite struct CaptionTests {
    /// The diagnostics and the page of a one-chapter build.
    func build(_ text: String) throws -> (diagnostics: [Diagnostic], page: String) {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("00-captions.md", text)
        let build = SiteBuilder.build(BuildOptions(chapters: folder.path, jobs: 1, cacheDirectory: nil))
        return (build.diagnostics, String(decoding: build.files["captions.html"] ?? Data(), as: UTF8.self))
    }

    @Test func eachFigureGetsItsOwnNumberAndCaptionAcrossDirectives() throws {
        let text = chapter(
            "id: a\npoints: 11\ncaption:\n  functions: The {{ a.parameters.points }} values.\n  derivatives: Their slopes.\n",
            after: "\n```{experiment} activation-gallery\nid: b\nshow: [values]\n```\n\n"
                + "```{experiment} activation-gallery\nid: c\nshow: [derivatives]\ncaption: Slopes again.\n```\n")
        let (diagnostics, page) = try build(text)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(page.contains("<figcaption><span class=\"figure-number\">Figure 1.</span> The 11 values.</figcaption>"))
        #expect(page.contains("<figcaption><span class=\"figure-number\">Figure 2.</span> Their slopes.</figcaption>"))
        // A directive that shows only a table still takes one number, so the next figure is 4.
        #expect(page.contains("<p class=\"experiment-caption\"><span class=\"figure-number\">Figure 3.</span></p>"))
        #expect(page.contains("<figcaption><span class=\"figure-number\">Figure 4.</span> Slopes again.</figcaption>"))
        #expect(!page.contains("Figure 5."))
    }

    @Test func oneTextCaptionForSeveralFiguresIsAnErrorAtTheCaption() throws {
        let marked = MarkedText(chapter("id: a\ncaption: ⚑Both at once.\n"))
        let (diagnostics, page) = try build(marked.text)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1 && page.isEmpty)
        #expect(error.location.line == marked.line && error.location.column == marked.column)
        #expect(error.message.contains("one caption for 2 figures (functions, derivatives); give each its own"))
        #expect(error.notes.first?.contains("caption: {functions: …, derivatives: …}") == true)
    }

    @Test func aCaptionForAFigureTheDirectiveDoesNotShowIsAnError() throws {
        let marked = MarkedText(chapter("id: a\nshow: [functions]\ncaption:\n  derivatives: ⚑Not shown.\n"))
        let (diagnostics, _) = try build(marked.text)
        let error = try #require(diagnostics.first)
        #expect(error.location.line == marked.line && error.location.column == marked.column)
        #expect(error.message.contains("'a' shows no figure 'derivatives' to caption (it shows: functions)"))
    }

    @Test func aReferenceInOneFiguresCaptionIsCheckedAtItsPlace() throws {
        let marked = MarkedText(
            chapter("id: a\ncaption:\n  functions: Fine.\n  derivatives: See ⚑{{ a.value.relux }}\n"))
        let error = try #require(diagnostics(for: marked.text).first)
        #expect(error.location.line == marked.line && error.location.column == marked.column, "\(error)")
        #expect(error.message.contains("has no result 'value.relux'"))
    }

    @Test func aMistypedFigureNameIsCaughtWhenParsing() throws {
        let marked = MarkedText(chapter("id: a\ncaption:\n  ⚑functons: Typo.\n"))
        let found = diagnostics(for: marked.text)
        let error = try #require(found.first)
        #expect(found.count == 1 && error.location.line == marked.line && error.location.column == marked.column)
        #expect(error.description.contains("has no figure 'functons' to caption"))
        #expect(error.description.contains("did you mean 'functions'"))
        #expect(
            diagnostics(for: chapter("id: a\ncaption: [one, two]\n")).first?.message
                == "'caption' must be text, or one text per figure")
    }
}
