import Foundation

/// A polynomial with `Double` coefficients, lowest degree first, with exact arithmetic while the
/// coefficients stay integers below 2⁵³.
public struct Polynomial: Hashable, Sendable, CustomStringConvertible {
    /// Coefficients c₀, c₁, …; trailing zeros are removed, so the zero polynomial has none.
    public let coefficients: [Double]

    /// The polynomial Σ cᵢ zⁱ for `coefficients` c₀, c₁, ….
    public init(_ coefficients: [Double]) {
        var trimmed = coefficients
        while trimmed.last == 0 { trimmed.removeLast() }
        self.coefficients = trimmed
    }

    /// The identity polynomial z.
    public static let z = Polynomial([0, 1])

    /// The constant polynomial `value`.
    public static func constant(_ value: Double) -> Polynomial { Polynomial([value]) }

    /// The highest power with a non-zero coefficient (0 for constants, including zero).
    public var degree: Int { max(coefficients.count - 1, 0) }

    /// The value at `z`, by Horner's rule.
    public func evaluate(at z: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * z + $1 }
    }

    /// The derivative.
    public func derivative() -> Polynomial {
        Polynomial(coefficients.enumerated().dropFirst().map { Double($0.offset) * $0.element })
    }

    /// The sum of two polynomials.
    public static func + (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
        let count = max(lhs.coefficients.count, rhs.coefficients.count)
        return Polynomial((0..<count).map { lhs.coefficient($0) + rhs.coefficient($0) })
    }

    /// The product of two polynomials.
    public static func * (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
        guard !lhs.coefficients.isEmpty, !rhs.coefficients.isEmpty else { return Polynomial([]) }
        var product = [Double](repeating: 0, count: lhs.coefficients.count + rhs.coefficients.count - 1)
        for (i, a) in lhs.coefficients.enumerated() {
            for (j, b) in rhs.coefficients.enumerated() { product[i + j] += a * b }
        }
        return Polynomial(product)
    }

    /// Every coefficient times `scalar`.
    public static func * (scalar: Double, polynomial: Polynomial) -> Polynomial {
        Polynomial(polynomial.coefficients.map { scalar * $0 })
    }

    /// The composition `self(inner(z))`, by Horner's rule over polynomials.
    public func composed(with inner: Polynomial) -> Polynomial {
        coefficients.reversed().reduce(Polynomial([])) { $0 * inner + .constant($1) }
    }

    /// The coefficient of zⁱ (0 beyond the degree).
    public func coefficient(_ power: Int) -> Double {
        power < coefficients.count ? coefficients[power] : 0
    }

    /// Written highest power first, as a reader writes it: `2z⁶ + 42`, `2z² − 3z + 1`.
    public var description: String {
        let terms = coefficients.enumerated().reversed().filter { $0.element != 0 }.map { power, value in
            let number = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            switch power {
            case 0: return number
            case 1: return (value == 1 ? "" : number) + "z"
            default: return (value == 1 ? "" : number) + "z" + Self.superscript(power)
            }
        }
        return terms.isEmpty
            ? "0"
            : terms.joined(separator: " + ").replacingOccurrences(of: "+ -", with: "− ").replacingOccurrences(
                of: "-", with: "−")
    }

    /// A power in superscript digits.
    private static func superscript(_ power: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(power).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
