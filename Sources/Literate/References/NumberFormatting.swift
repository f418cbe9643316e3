import Foundation

extension NumberFormat {
    /// `value` printed for a reader: a true minus sign, scientific powers as superscripts.
    func string(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        let text: String
        switch self {
        case .automatic:
            if value == value.rounded(), abs(value) < 1e9 {
                text = String(Int64(value))
            } else if value != 0, abs(value) < 1e-4 || abs(value) >= 1e9 {
                text = Self.scientific(value, digits: 3)
            } else {
                text = Self.trimmed(String(format: "%.4g", value))
            }
        case .fixed(let digits):
            text = String(format: "%.\(digits)f", value)
        case .scientific(let digits):
            text = Self.scientific(value, digits: digits)
        case .percent:
            text = String(format: "%.1f", value * 100) + "%"
        case .integer:
            text = String(format: "%.0f", value)
        }
        return Self.withoutNegativeZero(text).replacing("-", with: "−")
    }

    /// "-0", "-0.00" or "-0.0%" (a tiny negative number rounded away) print without the sign.
    private static func withoutNegativeZero(_ text: String) -> String {
        guard text.hasPrefix("-"), !text.contains(where: { $0.isNumber && $0 != "0" }) else { return text }
        return String(text.dropFirst())
    }

    private static func scientific(_ value: Double, digits: Int) -> String {
        let parts = String(format: "%.\(digits)e", value).split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return String(value) }
        if exponent == 0 { return String(parts[0]) }
        return "\(parts[0]) × 10" + superscript(exponent)
    }

    /// Drops a `%g` result's exponent form into plain digits where it chose one ("1e+02" cannot
    /// happen below 1e9 with 4 significant digits except for rounding up, e.g. 9999.5).
    private static func trimmed(_ text: String) -> String {
        guard text.contains("e"), let value = Double(text) else { return text }
        return scientific(value, digits: 3)
    }
}

/// An integer written in superscript digits, e.g. −3 as ⁻³ (for powers of ten).
func superscript(_ exponent: Int) -> String {
    let digits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]
    return String(String(exponent).map { digits[$0] ?? $0 })
}
