import CourseTestSupport
import Testing

@testable import Literate

/// `$…$` and `$$…$$`: cut out before cmark parses the chapter, converted to MathML Core, and
/// located errors for what the converter does not know.
@Suite struct MathTests {
    /// The body HTML of `markdown`, references left as written.
    static func html(_ markdown: String) -> String {
        CommonMark.render(
            markdown, directiveHTML: { _ in "" }, text: { [.text($0.text)] }, headingID: { $0 }
        ).html
    }

    static func math(_ tex: String, display: Bool = false) -> String {
        (try? TeXMath.convert(tex, display: display).get()) ?? "failed"
    }

    @Test func mathIsCutBeforeCmarkSeesItsStarsAndBackslashes() {
        let page = Self.html(
            "Both $a*b$ and $c*d$ hold; so does $\\begin{matrix} x \\\\ y \\end{matrix} \\{z\\} \\, w$.\n")
        #expect(!page.contains("<em>"), "\(page)")
        #expect(page.contains("<math><mrow><mi>a</mi><mo>*</mo><mi>b</mi></mrow></math> and <math>"))
        #expect(page.contains("<mtr><mtd><mi>x</mi></mtd></mtr><mtr><mtd><mi>y</mi></mtd></mtr>"), "\(page)")
        #expect(page.contains("<mo>{</mo><mi>z</mi><mo>}</mo><mspace width=\"0.1667em\"></mspace>"))
        let spans = MathSpans("Both $a*b$ and $c*d$.", avoiding: []).ordered.map(\.tex)
        #expect(spans == ["a*b", "c*d"])
    }

    @Test func dollarsInCodeAndEscapedDollarsStayText() {
        let page = Self.html("It costs \\$5, not `$x$`.\n\n```\n$y$\n```\n\nA lone $ sign, and $ spaced $.\n")
        #expect(!page.contains("<math"), "\(page)")
        #expect(page.contains("It costs $5, not <code>$x$</code>."))
        #expect(page.contains("<code>$y$\n</code>"))
        #expect(page.contains("A lone $ sign, and $ spaced $."))
    }

    @Test func displayMathSpansLinesAndLaterLinesKeepTheirNumbers() throws {
        let text = chapter(
            "id: g\n",
            after: "\n$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$\n\nThen ⚑{{ g.nothing }} and $x$.\n")
        let marked = MarkedText(text)
        let found = diagnostics(for: marked.text)
        let error = try #require(found.first)
        #expect(error.location.line == marked.line && error.location.column == marked.column, "\(found)")
        let page = Self.html("$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$\n")
        #expect(
            page.contains(
                "<math display=\"block\"><mrow><mi>σ</mi><mo>(</mo><mi>z</mi><mo>)</mo><mo>=</mo><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo form=\"prefix\">−</mo><mi>z</mi></mrow></msup></mrow></mfrac></mrow></math>"
            ), "\(page)")
    }

    @Test func theSubsetConverts() {
        #expect(Self.math("x_i^2") == "<math><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></math>")
        #expect(Self.math("\\sqrt{x}") == "<math><msqrt><mi>x</mi></msqrt></math>")
        #expect(Self.math("\\sqrt[3]{x}") == "<math><mroot><mi>x</mi><mn>3</mn></mroot></math>")
        #expect(Self.math("\\sum_{i=1}^{n} x_i", display: true).contains("<munderover><mo largeop=\"true\""))
        #expect(Self.math("\\sum_{i=1}^{n} x_i").contains("<msubsup><mo largeop=\"true\""))
        #expect(Self.math("\\int_0^1").contains("<msubsup><mo largeop=\"true\" movablelimits=\"true\">∫</mo>"))
        #expect(Self.math("\\max_x f", display: true).hasPrefix("<math display=\"block\"><mrow><munder><mi>max</mi>"))
        #expect(Self.math("\\tanh(z) = 2\\sigma(2z) - 1").contains("<mi>tanh</mi><mo>(</mo>"))
        #expect(Self.math("\\left( \\frac{a}{b} \\right)").contains("<mo fence=\"true\" stretchy=\"true\">(</mo>"))
        #expect(
            Self.math("\\text{if } x \\le 0")
                == "<math><mrow><mtext>if </mtext><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></math>")
        #expect(Self.math("\\mathbb{R}^n \\to \\mathcal{L}").contains("<mi>ℝ</mi>"))
        #expect(Self.math("\\mathbb{R}^n \\to \\mathcal{L}").contains("<mi>ℒ</mi>"))
        #expect(Self.math("\\operatorname{softplus}(z)").contains("<mi mathvariant=\"normal\">softplus</mi>"))
        #expect(Self.math("\\hat{y} + \\bar{x}").contains("<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>"))
        #expect(Self.math("\\Delta \\alpha").contains("<mi mathvariant=\"normal\">Δ</mi><mi>α</mi>"))
        #expect(
            Self.math("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}")
                == "<math><mrow><mo fence=\"true\" stretchy=\"true\">(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo fence=\"true\" stretchy=\"true\">)</mo></mrow></math>"
        )
        #expect(
            Self.math("\\sigma'(z) = 0.25")
                == "<math><mrow><mi>σ</mi><mo>′</mo><mo>(</mo><mi>z</mi><mo>)</mo><mo>=</mo><mn>0.25</mn></mrow></math>"
        )
        #expect(Self.math("a < b \\& c").contains("<mo>&lt;</mo>"))
        #expect(
            Self.math("\\prod_i \\min(a, b) \\log x \\exp y").contains(
                "<mo largeop=\"true\" movablelimits=\"true\">∏</mo>"))
        #expect(Self.math("\\min(a, b) \\log x \\exp y").contains("<mi>min</mi><mo>(</mo>"))
        #expect(Self.math("\\log x \\exp y").contains("<mi>log</mi><mi>x</mi><mi>exp</mi>"))
        #expect(Self.math("\\bar{x}").contains("<mover accent=\"true\"><mi>x</mi><mo>¯</mo></mover>"))
    }

    @Test func aSignAfterAnOpeningOrARelationIsPrefixAndBetweenTermsIsNot() {
        #expect(
            Self.math("f(-z) = -f(z)")
                == "<math><mrow><mi>f</mi><mo>(</mo><mo form=\"prefix\">−</mo><mi>z</mi><mo>)</mo><mo>=</mo><mo form=\"prefix\">−</mo><mi>f</mi><mo>(</mo><mi>z</mi><mo>)</mo></mrow></math>"
        )
        #expect(Self.math("-1").contains("<mo form=\"prefix\">−</mo><mn>1</mn>"))
        #expect(Self.math("(a) - b").contains("<mo>)</mo><mo>−</mo><mi>b</mi>"))
        #expect(Self.math("x^2 + 1").contains("</msup><mo>+</mo><mn>1</mn>"))
        #expect(Self.math("a = \\pm 1").contains("<mo>=</mo><mo form=\"prefix\">±</mo>"))
    }

    static let errors: [(name: String, marked: String, message: String)] = [
        ("unknown command", "Text $a + ⚑\\foo b$ here.\n", "unknown TeX command \\foo"),
        ("misspelt command", "Text $⚑\\simga$.\n", "did you mean \\sigma?"),
        ("unbalanced brace", "Text $\\frac⚑{1{2}$.\n", "this { is never closed"),
        ("stray brace", "Text $a⚑}$.\n", "this } closes nothing"),
        ("display, second line", "$$\nx = 1\n\\frac{a}⚑{b\n$$\n", "this { is never closed"),
        ("unknown environment", "$⚑\\begin{align} a \\end{align}$\n", "unknown environment 'align'"),
    ]

    @Test(arguments: errors.map(\.name))
    func aMathErrorIsLocatedAtItsColumn(name: String) throws {
        let testCase = try #require(Self.errors.first { $0.name == name })
        try expectOneError(in: "---\ntitle: T\n---\n\n" + testCase.marked, saying: testCase.message)
    }
}

/// Math between directive blocks, whose fences are backtick runs too.
@Suite struct MathBetweenBlocksTests {
    @Test func mathAfterAFencedBlockIsStillMath() {
        let spans = MathSpans("```{experiment} a\nx: 1\n```\n\nThen $a$.\n\n```\ncode\n```\n\nAnd $b$.\n", avoiding: [])
        #expect(spans.ordered.map(\.tex) == ["a", "b"])
    }
}
