import CourseTestSupport
import Foundation
import Testing

@testable import Literate

@Suite struct BuildTests {
    static func options(_ chapters: String, jobs: Int = 1) -> BuildOptions {
        BuildOptions(chapters: chapters, jobs: jobs, cacheDirectory: nil)
    }

    @Test func smallChapterMatchesItsGoldenPage() throws {
        let build = SiteBuilder.build(Self.options(fixtures + "/small"))
        #expect(!build.diagnostics.hasErrors, "\(build.diagnostics)")
        let page = try #require(build.files["small.html"])
        let golden = fixtures + "/golden/small.html"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try page.write(to: fixtureSources.appendingPathComponent("golden/small.html"))
        }
        let expected = try #require(FileManager.default.contents(atPath: golden), "record with RECORD_GOLDEN=1")
        #expect(String(decoding: page, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func pagesHaveReferencesFilledAndEscapesKept() throws {
        let build = SiteBuilder.build(Self.options(fixtures + "/small"))
        let marked = String(decoding: try #require(build.files["small.html"]), as: UTF8.self)
        let page = withoutReferenceMarks(marked)
        #expect(page.contains("tanh is 0.762 with slope\n42.0%"))
        #expect(page.contains("an escaped {{ stays as written"))
        #expect(page.contains("<code>code with {{ braces }}</code>"))
        #expect(page.contains("<div class=\"raw\">Raw HTML passes through.</div>"))
        #expect(page.contains("<span class=\"figure-number\">Figure 1.</span>"))
        #expect(build.files["explore.js"] != nil && page.contains("<script src=\"explore.js\" defer></script>"))
        // Figures and referenced numbers are marked for the page scripts; nothing is explored here.
        #expect(marked.contains("<figure class=\"plot-block\" data-part=\"figure:functions\">"))
        #expect(marked.contains("tanh is <span class=\"ref\" data-ref=\"tiny.value.tanh | fixed:3\">0.762</span>"))
        #expect(!page.contains("class=\"explore\""))
        #expect(page.contains("<h2 id=\"results\"><a class=\"heading-link\" href=\"#results\">Results</a></h2>"))
        #expect(page.contains("rel=\"next\" href=\"second.html\""))
        // Self-contained: no script, stylesheet or image is fetched from anywhere but the output folder.
        #expect(
            !page.contains("src=\"http") && !page.contains("stylesheet\" href=\"http") && !page.contains("url(http"))
        let index = String(decoding: try #require(build.files["index.html"]), as: UTF8.self)
        #expect(index.contains("href=\"small.html\"") && index.contains("One experiment, two references and a claim"))
        let results = String(decoding: try #require(build.files["small.results.json"]), as: UTF8.self)
        #expect(results.contains("\"chapter\": \"small\"") && results.contains("\"holds\": true"))
    }

    @Test func buildsAreIdenticalForAnyJobCountAndRun() {
        let one = SiteBuilder.build(Self.options(fixtures + "/small", jobs: 1)).files
        let two = SiteBuilder.build(Self.options(fixtures + "/small", jobs: 2)).files
        #expect(!one.isEmpty)
        #expect(one == two)
        #expect(one == SiteBuilder.build(Self.options(fixtures + "/small", jobs: 2)).files)
    }

    @Test func aProcessMemoryServesEntriesItHasDecodedWithoutTheDisk() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var options = BuildOptions(chapters: fixtures + "/small", jobs: 1, cacheDirectory: folder.path + "/cache")
        options.memory = ResultMemory()
        let first = SiteBuilder.build(options).files
        try FileManager.default.removeItem(atPath: folder.path + "/cache")
        // Every result comes from memory: nothing runs, so nothing is stored again.
        #expect(SiteBuilder.build(options).files == first)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/cache"))
        options.memory = nil
        #expect(SiteBuilder.build(options).files == first)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/cache"))
    }

    @Test func failingClaimIsAnErrorOrWithKeepGoingAWarningOnThePage() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let marked = MarkedText(chapter("id: a\nexpect:\n  ⚑derivative.relu: \"> 5\"\n"))
        try folder.write("00-claims.md", marked.text)
        let failed = SiteBuilder.build(Self.options(folder.path))
        #expect(failed.files.isEmpty)
        let error = try #require(failed.diagnostics.first)
        #expect(
            error.severity == .error && error.location.line == marked.line && error.location.column == marked.column)
        #expect(error.message.contains("claim does not hold: derivative.relu is 1, which is not > 5"))
        var options = Self.options(folder.path)
        options.keepGoing = true
        let kept = SiteBuilder.build(options)
        #expect(kept.diagnostics.map(\.severity) == [.warning])
        #expect(String(decoding: kept.files["claims.html"] ?? Data(), as: UTF8.self).contains("claim-warning"))
    }

    @Test func referenceToAnUnknownPathOrAnArrayIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let marked = MarkedText(chapter("id: a\n", after: "\nSee ⚑{{ a.value.relux }} here.\n"))
        try folder.write("00-refs.md", marked.text)
        let build = SiteBuilder.build(Self.options(folder.path))
        let error = try #require(build.diagnostics.first)
        #expect(error.location.line == marked.line && error.location.column == marked.column)
        #expect(
            error.description.contains("has no result 'value.relux'")
                && error.description.contains("did you mean 'value.relu'"))
        try folder.write("00-refs.md", chapter("id: a\n", after: "\nSee {{ a.parameters.activations }}.\n"))
        #expect(
            SiteBuilder.build(Self.options(folder.path)).diagnostics.first?.message.contains("add an index") == true)
    }

    @Test func cacheServesTheSameResultAndKeysOnParameters() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var options = Self.options(fixtures + "/small")
        options.cacheDirectory = folder.path + "/cache"
        let cold = SiteBuilder.build(options).files
        let stored = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/cache")
        #expect(stored.count == 1 && stored.allSatisfy { $0.hasSuffix(".json") }, "\(stored)")
        #expect(SiteBuilder.build(options).files == cold)
        let directive = try #require(
            try ChapterParser.parse(ChapterFile(path: fixtures + "/small/00-small.md")!).get().directives.first)
        let cache = ResultCache(directory: folder.path + "/cache")
        let key = cache.key(kind: directive.kind.name, parameters: directive.parameters, seed: directive.seed)
        #expect(stored == [key + ".json"])
        // An entry stored through the cache (key and checksum intact) is served: warm builds read it.
        var planted = try #require(cache.load(key))
        planted.values["value"] = .object(["relu": .number(1), "tanh": .number(0.5)])
        cache.store(planted, key: key)
        let warm = withoutReferenceMarks(
            String(decoding: SiteBuilder.build(options).files["small.html"] ?? Data(), as: UTF8.self))
        #expect(warm.contains("tanh is 0.500 with slope"))
        // An entry edited by hand no longer matches its checksum: it is rerun, never shown.
        let entry = folder.path + "/cache/" + stored[0]
        let edited = try String(contentsOfFile: entry, encoding: .utf8).replacingOccurrences(
            of: "\"tanh\":0.5", with: "\"tanh\":0.25")
        #expect(edited.contains("0.25"))
        try edited.write(toFile: entry, atomically: true, encoding: .utf8)
        let afterEdit = SiteBuilder.build(options)
        #expect(afterEdit.diagnostics.isEmpty && afterEdit.files == cold)
        cache.store(planted, key: key)
        var refreshed = options
        refreshed.refresh = ("small", nil)
        let rerun = withoutReferenceMarks(
            String(decoding: SiteBuilder.build(refreshed).files["small.html"] ?? Data(), as: UTF8.self))
        #expect(rerun.contains("tanh is 0.762 with slope"))
        var changed = directive.parameters
        changed.values["at"] = .number(1.5)
        #expect(
            cache.key(kind: directive.kind.name, parameters: directive.parameters, seed: 0)
                != cache.key(kind: directive.kind.name, parameters: changed, seed: 0))
        #expect(
            cache.key(kind: directive.kind.name, parameters: directive.parameters, seed: 0)
                != cache.key(kind: directive.kind.name, parameters: directive.parameters, seed: 1))
        changed.values["at"] = .number(1)
        #expect(
            cache.key(kind: directive.kind.name, parameters: directive.parameters, seed: 0)
                == cache.key(kind: directive.kind.name, parameters: changed, seed: 0))
    }
}

/// Literal text stays literal: escapes, private-use characters, captions and titles.
@Suite struct LiteralTextTests {
    @Test func aLiteralPrivateUseCharacterIsNotTurnedIntoBraces() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(
            "00-pua.md",
            chapter("id: a\n", after: "\nA private-use \u{E000} character, an escaped \\{{ pair, `code \u{E000}`.\n"))
        let build = SiteBuilder.build(BuildTests.options(folder.path))
        let page = String(decoding: try #require(build.files["pua.html"]), as: UTF8.self)
        #expect(page.contains("A private-use \u{E000} character, an escaped {{ pair, <code>code \u{E000}</code>."))
    }

    @Test func captionReferencesAreFilledAndCheckedAndEscapesKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(
            "00-caption.md",
            chapter(
                "id: a\nat: 1\nshow: [functions]\ncaption: Slope {{ a.derivative.relu }} at {{ a.parameters.at }}; \\{{ literal\n"
            ))
        let page = String(
            decoding: try #require(SiteBuilder.build(BuildTests.options(folder.path)).files["caption.html"]),
            as: UTF8.self)
        #expect(page.contains("Slope 1 at 1; {{ literal</figcaption>"), "\(page)")
        let marked = MarkedText(chapter("id: a\nshow: [functions]\ncaption: See ⚑{{ a.derivative.relux }}\n"))
        try folder.write("00-caption.md", marked.text)
        let error = try #require(SiteBuilder.build(BuildTests.options(folder.path)).diagnostics.first)
        #expect(error.location.line == marked.line && error.location.column == marked.column, "\(error)")
        #expect(error.message.contains("has no result 'derivative.relux'"))
        #expect(
            diagnostics(for: chapter("id: a\ncaption: Broken {{ a.value\n")).first?.message.contains("not closed")
                == true)
    }

    @Test func aTitleCannotHoldAReferenceButMayEscapeBraces() throws {
        let marked = MarkedText("---\ntitle: About ⚑{{ x.y }}\n---\n\n# T\n")
        let error = try #require(diagnostics(for: marked.text).first)
        #expect(error.location.line == marked.line && error.location.column == marked.column, "\(error)")
        #expect(error.message.contains("cannot hold a reference"))
        let parsed = try ChapterParser.parse(
            "---\ntitle: 'About \\{{ x }}'\n---\n\n# T\n", file: ChapterFile(path: "chapters/00-t.md")!
        ).get()
        #expect(parsed.frontMatter.title == "About {{ x }}")
    }
}

extension LiteralTextTests {
    @Test func theTableOfContentsShowsHeadingTextEscaped() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("00-toc.md", "---\ntitle: T\n---\n\n## Less <b>than</b> `a<b` & more\n")
        let page = String(
            decoding: try #require(SiteBuilder.build(BuildTests.options(folder.path)).files["toc.html"]), as: UTF8.self)
        #expect(page.contains("<a href=\"#less-than-a-b-more\">Less than a&lt;b &amp; more</a>"), "\(page)")
        #expect(
            page.contains(
                "<h2 id=\"less-than-a-b-more\"><a class=\"heading-link\" href=\"#less-than-a-b-more\">Less <b>than</b> <code>a&lt;b</code> &amp; more</a></h2>"
            ))
    }
}
