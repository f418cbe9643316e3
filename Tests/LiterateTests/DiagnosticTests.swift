import CourseTestSupport
import Testing

@testable import Literate

/// Each bad input gives one error at the marked place, with a message that says what is wrong.
@Suite struct DiagnosticTests {
    static let cases: [(name: String, marked: String, message: String)] = [
        ("missing front matter", "⚑# No front matter\n", "starts with front matter"),
        ("unclosed front matter", "⚑---\ntitle: x\n\n# Body\n", "not closed"),
        ("malformed front matter", "---\ntitle: ⚑[unclosed\n---\n", "this '[' is not closed"),
        ("missing title", "⚑---\nsummary: no title\n---\n", "no 'title'"),
        ("unknown front matter key", "---\ntitle: T\n⚑tittle: x\n---\n", "unknown front matter key 'tittle'"),
        ("malformed directive YAML", chapter("id: a\nrange: ⚑[1, 2\n"), "this '[' is not closed"),
        ("malformed directive YAML elsewhere", chapter("id: a\nrange: 1\n⚑: 2\n"), "malformed YAML"),
        ("directive body not a mapping", chapter("⚑- 1\n- 2\n"), "must be a mapping"),
        (
            "unknown kind", "---\ntitle: T\n---\n\n⚑```{experiment} activation-galery\n```\n",
            "did you mean 'activation-gallery'"
        ),
        ("unknown directive", "---\ntitle: T\n---\n\n⚑```{note} x\n```\n", "unknown directive '{note}'"),
        ("unknown parameter", chapter("id: a\n⚑rnage: 3\n"), "has no parameter 'rnage'"),
        ("wrong type", chapter("id: a\nrange: ⚑wide\n"), "must be a number"),
        ("quoted number", chapter("id: a\npoints: ⚑\"20\"\n"), "must be a whole number"),
        ("out of range", chapter("id: a\npoints: ⚑5000000\n"), "between 11 and 2001"),
        ("enormous value", chapter("id: a\nrange: ⚑1e400\n"), "must be a number"),
        (
            "list too long", chapter("id: a\nactivations: ⚑[relu, relu, relu, relu, relu, relu, relu, relu, relu]\n"),
            "takes 1 to 8"
        ),
        ("bad choice", chapter("id: a\nactivations: [⚑sigmod]\n"), "did you mean 'sigmoid'"),
        (
            "bad claim syntax", chapter("id: a\nexpect:\n  value.relu: ⚑\"bigger than 1\"\n"),
            "cannot read the condition"
        ),
        ("bad show name", chapter("id: a\nshow: [⚑plots]\n"), "has no figure or table 'plots'"),
        ("duplicate option", chapter("id: a\nrange: 2\n⚑range: 3\n"), "given twice"),
        (
            "unknown reference id", chapter("id: a\n", after: "\nValue {{ a.value.relu }} and ⚑{{ b.value.relu }}.\n"),
            "no experiment with id 'b'"
        ),
        (
            "unknown parameter reference", chapter("id: a\n", after: "\nSee ⚑{{ a.parameters.rnage }}.\n"),
            "did you mean 'range'"
        ),
        ("unterminated reference", chapter("id: a\n", after: "\nSee ⚑{{ a.value.relu and more.\n"), "not closed"),
        ("bad format", chapter("id: a\n", after: "\nSee ⚑{{ a.value.relu | money }}.\n"), "unknown format 'money'"),
        ("no seeds", chapter("id: a\nseeds: ⚑0\n"), "between 1 and 32"),
        ("too many seeds", chapter("id: a\nseeds: ⚑33\n"), "between 1 and 32"),
        ("a seed twice", chapter("id: a\nseeds: ⚑[3, 3]\n"), "lists a seed twice"),
        ("seeds not a number", chapter("id: a\nseeds: ⚑many\n"), "must be a whole number"),
        ("a listed seed too large", chapter("id: a\nseeds: [1, ⚑9007199254740993]\n"), "must be between 0 and"),
        ("a huge whole number", chapter("id: a\npoints: ⚑100000000000000000000\n"), "must be between 11 and 2001"),
        (
            "plain reference with several seeds", chapter("id: a\nseeds: 3\n", after: "\nSee ⚑{{ a.value.relu }}.\n"),
            "has a value for each of the 3 seeds"
        ),
        (
            "spread of one seed", chapter("id: a\n", after: "\nSee ⚑{{ a.value.relu | spread }}.\n"),
            "needs several seeds"
        ),
        ("statistic of one seed", chapter("id: a\n", after: "\nSee ⚑{{ a.mean.value.relu }}.\n"), "runs one seed"),
        (
            "seed index out of range", chapter("id: a\nseeds: 3\n", after: "\nSee ⚑{{ a.seeds.3.value.relu }}.\n"),
            "from 0 to 2"
        ),
        (
            "spread of a statistic", chapter("id: a\nseeds: 3\n", after: "\nSee ⚑{{ a.sd.value.relu | range }}.\n"),
            "already one statistic"
        ),
        (
            "unknown result under a statistic",
            chapter("id: a\nseeds: 3\n", after: "\nSee ⚑{{ a.mean.value.relux }}.\n"),
            "has no result 'mean.value.relux'"
        ),
        (
            "bad spread format", chapter("id: a\nseeds: 3\n", after: "\nSee ⚑{{ a.value.relu | spread:wide }}.\n"),
            "unknown format 'spread:wide'"
        ),
        (
            "claim on a statistic of one seed", chapter("id: a\nexpect:\n  ⚑sd.value.relu: \"< 1\"\n"),
            "runs one seed"
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func badInputIsReportedAtItsPlace(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        try expectOneError(in: testCase.marked, saying: testCase.message)
    }

    @Test func duplicateIDsAreReportedAtTheSecondID() {
        let text = chapter("id: a\n", after: "\n```{experiment} activation-gallery\nid: ⚑a\n```\n")
        let marked = MarkedText(text)
        let found = diagnostics(for: marked.text)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("duplicate experiment id 'a'") == true)
        #expect(found.first?.location.line == marked.line && found.first?.location.column == marked.column)
    }

    @Test func malformedYAMLDoesNotCascadeIntoReferenceErrors() {
        let found = diagnostics(for: chapter("id: a\nrange: 2\nrange: 3\n", after: "\nSee {{ a.value.relu }}.\n"))
        #expect(found.count == 1, "\(found)")
    }

    @Test func severalConditionsOnOnePath() throws {
        let text = chapter("id: a\nexpect:\n  value.relu: [\"> 0\", \"< 5\"]\n")
        let parsed = try ChapterParser.parse(text, file: ChapterFile(path: "chapters/00-x.md")!).get()
        #expect(parsed.directives.first?.claims.map(\.text) == ["> 0", "< 5"])
    }

    @Test func everyProblemIsCollectedNotJustTheFirst() {
        let found = diagnostics(for: chapter("id: a\nrnage: 3\npoints: 1\n", after: "\n{{ zz.value }}\n"))
        #expect(found.count == 3)
    }

    @Test func directivesInsideListsReportFileColumns() {
        let text =
            "---\ntitle: T\n---\n\n- item\n\n  ```{experiment} activation-gallery\n  id: a\n  points: ⚑3\n  ```\n"
        let marked = MarkedText(text)
        let found = diagnostics(for: marked.text)
        #expect(found.first?.location.line == marked.line && found.first?.location.column == marked.column, "\(found)")
    }

    @Test func defaultIDsCountEachKind() throws {
        let text =
            "---\ntitle: T\n---\n\n```{experiment} activation-gallery\n```\n\n```{experiment} activation-gallery\n```\n"
        let parsed = try ChapterParser.parse(text, file: ChapterFile(path: "chapters/00-x.md")!).get()
        #expect(parsed.directives.map(\.id) == ["activation-gallery-1", "activation-gallery-2"])
    }
}
