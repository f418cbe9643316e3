import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// What every page offers for finding one's way: the chapter list, heading links, the results
/// file, and a search index of every section written at build time.
@Suite struct NavigationTests {
    static let build = SiteBuilder.build(BuildOptions(chapters: fixtures + "/small", jobs: 1, cacheDirectory: nil))

    static func page(_ name: String) -> String { String(decoding: build.files[name] ?? Data(), as: UTF8.self) }

    @Test func everyPageListsTheChaptersAndMarksItsOwn() {
        let first = Self.page("small.html")
        #expect(first.contains("<li value=\"0\"><a href=\"small.html\" aria-current=\"page\">A small chapter</a></li>"))
        #expect(first.contains("<li value=\"1\"><a href=\"second.html\">The second page</a></li>"))
        #expect(Self.page("second.html").contains("<a href=\"second.html\" aria-current=\"page\">"))
        #expect(first.contains("<h2 id=\"results\"><a class=\"heading-link\" href=\"#results\">Results</a></h2>"))
        #expect(first.contains("<a href=\"small.results.json\" download>Download the numbers behind this page</a>"))
        #expect(first.contains("<form class=\"search\" role=\"search\" hidden>"))
        #expect(Self.page("index.html").contains("<form class=\"search\" role=\"search\" hidden>"))
    }

    @Test func theSearchIndexHoldsEverySectionWithItsWords() throws {
        let index = Self.page(SearchIndex.fileName)
        let start = try #require(index.range(of: "courseSearchLoaded(")).upperBound
        let end = try #require(index.range(of: ");", options: .backwards)).lowerBound
        let sections = try #require(
            try JSONSerialization.jsonObject(with: Data(index[start..<end].utf8)) as? [[String: String]])
        let results = try #require(sections.first { $0["page"] == "small.html" && $0["id"] == "results" })
        #expect(results["heading"] == "Results" && results["chapter"] == "A small chapter")
        #expect(results["text"]?.hasPrefix("At z = 1, tanh is 0.762 with slope 42.0%") == true, "\(results)")
        #expect(sections.contains { $0["page"] == "second.html" && $0["id"] == "results" })
        // Figures' tick labels are not words of the page.
        #expect(!sections.contains { ($0["text"] ?? "").contains("−2 −1 0 1 2") })
        // Nor are a result table's cells; its caption is.
        let top = try #require(sections.first { $0["page"] == "small.html" && $0["heading"] == "A small chapter" })
        #expect(top["text"]?.contains("Activation functions") == true, "\(top)")
        #expect(top["text"]?.contains("0.762") == false, "\(top)")
    }

    @Test func plainTextDropsTagsAndDecodesEntities() {
        #expect(SearchIndex.plainText("<p>a &lt; b &amp;\n <em>c</em></p>") == "a < b & c")
    }

    @Test func everyCodeBlockIsANamedTabStop() {
        let html = CommonMark.render(
            "```swift\nlet x = 1\n```\n\n    indented\n", directiveHTML: { _ in "" }, text: { [.text($0.text)] },
            headingID: { $0 }
        ).html
        #expect(
            html.contains(
                "<pre tabindex=\"0\" role=\"group\" aria-label=\"Code in swift\"><code class=\"language-swift\">"))
        #expect(html.contains("<pre tabindex=\"0\" role=\"group\" aria-label=\"Code\"><code>indented"))
        #expect(Self.page("small.html").contains("<pre tabindex=\"0\" role=\"group\" aria-label=\"Parameters of "))
    }
}
