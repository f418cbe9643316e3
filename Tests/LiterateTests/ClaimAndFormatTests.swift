import Experiments
import Testing

@testable import Literate

@Suite struct ClaimAndFormatTests {
    static let results = ResultValue.object([
        "a": .number(0.5), "b": .number(2), "curve": .numbers([3, 2, 2, 1]), "rising": .numbers([1, 2, 2]),
        "nan": .number(.nan), "infinite": .number(.infinity), "withNaN": .numbers([1, .nan, 2]),
    ])

    func holds(_ path: String, _ condition: String) throws -> Bool {
        let parsed = try Condition.parse(condition).get()
        let claim = Claim(
            path: path.split(separator: ".").map(String.init), text: condition, condition: parsed,
            location: SourceLocation(file: "f", line: 1, column: 1))
        return ClaimChecker.evaluate(claim, on: Self.results).holds
    }

    @Test func theWholeConditionGrammar() throws {
        #expect(try holds("a", "< 1") && holds("a", "<= 0.5") && holds("b", "> a") && holds("b", ">= 2"))
        #expect(try holds("a", "== 0.5") && holds("a", "!= b") && !holds("a", "> b"))
        #expect(try holds("a", "≈ 0.52 ± 0.03") && holds("a", "~ 0.4 +- 0.1") && !holds("a", "≈ 0.6 ± 0.05"))
        #expect(try holds("b", "≈ curve.1 ± 0") && !holds("a", "≈ b ± 1"))
        #expect(try holds("curve", "all > 0") && !holds("curve", "all > 1") && holds("curve", "all <= b") == false)
        #expect(
            try holds("curve", "nonincreasing") && !holds("curve", "nondecreasing") && holds("rising", "nondecreasing"))
        #expect(try holds("curve.0", "== 3") && !holds("missing", "> 0") && !holds("curve", "> 0"))
    }

    @Test func noClaimHoldsOnNaNOrAnInfinity() throws {
        for condition in ["!= 0", "!= a", "< 1", "> 1", "== 1", "≈ 0 ± 1e300", "> -1e308"] {
            #expect(try !holds("nan", condition), "NaN \(condition)")
            #expect(try !holds("infinite", condition), "∞ \(condition)")
        }
        #expect(try !holds("a", "!= nan") && !holds("a", "< infinite"))
        #expect(try !holds("withNaN", "all != 0") && !holds("withNaN", "all < 3") && !holds("withNaN", "nondecreasing"))
        let claim = Claim(
            path: ["nan"], text: "!= 0", condition: try Condition.parse("!= 0").get(),
            location: SourceLocation(file: "f", line: 1, column: 1))
        #expect(ClaimChecker.evaluate(claim, on: Self.results).explanation.contains("NaN, not a finite number"))
    }

    @Test func aReferenceThatWouldPrintNaNOrInfinityIsAnError() {
        let resolver = ReferenceResolver(results: ["x": Self.results])
        for path in ["nan", "infinite", "withNaN.1"] {
            let reference = Reference(
                id: "x", path: path.split(separator: ".").map(String.init), format: .automatic, source: "x.\(path)")
            guard case .failure(let error) = resolver.text(for: reference) else {
                Issue.record("x.\(path) printed a value")
                continue
            }
            #expect(error.message.contains("not a finite number"))
        }
    }

    @Test func negativeZeroPrintsAsZero() {
        #expect(NumberFormat.fixed(2).string(-0.001) == "0.00")
        #expect(NumberFormat.percent.string(-0.0001) == "0.0%")
        #expect(NumberFormat.integer.string(-0.3) == "0")
        #expect(NumberFormat.automatic.string(-0.0) == "0")
        #expect(NumberFormat.fixed(2).string(-0.01) == "−0.01")
    }

    @Test func malformedConditionsAreRejected() {
        for text in ["bigger", "> ", "≈ 1", "≈ 1 ± -1", "all all > 1", "< a..b", "≈ x y ± 1", "≈ 1 ± x"] {
            #expect((try? Condition.parse(text).get()) == nil, "\(text)")
        }
    }

    @Test func numberFormats() {
        #expect(NumberFormat.automatic.string(0.072609418) == "0.07261")
        #expect(NumberFormat.automatic.string(1797) == "1797")
        #expect(NumberFormat.automatic.string(-0.25) == "−0.25")
        #expect(NumberFormat.automatic.string(3.2e-8) == "3.200 × 10⁻⁸")
        #expect(NumberFormat.fixed(2).string(0.125) == "0.12" || NumberFormat.fixed(2).string(0.125) == "0.13")
        #expect(NumberFormat.scientific(1).string(31900) == "3.2 × 10⁴")
        #expect(NumberFormat.percent.string(0.4199) == "42.0%")
        #expect(NumberFormat.integer.string(41.6) == "42")
    }

    @Test func canonicalJSONSortsKeysAndRoundTripsNumbers() {
        let value = ResultValue.object([
            "b": .number(0.1), "a": .array([.number(1), .string("x\"y")]), "c": .boolean(true),
        ])
        #expect(JSONText.render(value) == "{\n  \"a\": [1, \"x\\\"y\"],\n  \"b\": 0.1,\n  \"c\": true\n}")
    }
}
