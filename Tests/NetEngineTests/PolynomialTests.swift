import Testing

@testable import NetEngine

@Suite struct PolynomialTests {
    @Test func composingCubeIntoQuadraticGivesDegreeSix() {
        let inner = Polynomial([0, 0, 0, 1])  // z³
        let outer = Polynomial([42, 0, 2])  // 2z² + 42
        let composed = outer.composed(with: inner)
        #expect(composed == Polynomial([42, 0, 0, 0, 0, 0, 2]))
        #expect(composed.degree == 6)
        #expect(composed.description == "2z⁶ + 42")
    }

    @Test func arithmetic() {
        let p = Polynomial([1, 1])  // 1 + z
        #expect(p * p == Polynomial([1, 2, 1]))
        #expect(p + Polynomial([-1, -1]) == Polynomial([]))
        #expect(Polynomial([]).degree == 0)
        #expect(Polynomial([5, 3, 1]).derivative() == Polynomial([3, 2]))
        #expect(Polynomial([1, -3, 2]).evaluate(at: 2) == 3)
        #expect(Polynomial([1, -3, 2]).description == "2z² − 3z + 1")
        let q = Polynomial([2, 0, 1])
        for z in [-1.5, 0.0, 0.7, 2.0] {
            #expect(abs(q.composed(with: p).evaluate(at: z) - q.evaluate(at: p.evaluate(at: z))) < 1e-12)
        }
    }
}
