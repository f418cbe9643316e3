import CNumberFormat
import Experiments
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
                text = Self.trimmed(cFormatted("%.4g", value))
            }
        case .fixed(let digits):
            text = cFormatted("%.\(digits)f", value)
        case .scientific(let digits):
            text = Self.scientific(value, digits: digits)
        case .percent:
            text = cFormatted("%.1f", value * 100) + "%"
        case .integer:
            text = cFormatted("%.0f", value)
        }
        guard text.utf8.contains(UInt8(ascii: "-")) else { return text }
        return Self.withoutNegativeZero(text).replacing("-", with: "−")
    }

    /// "-0", "-0.00" or "-0.0%" (a tiny negative number rounded away) print without the sign.
    private static func withoutNegativeZero(_ text: String) -> String {
        guard text.hasPrefix("-"), !text.contains(where: { $0.isNumber && $0 != "0" }) else { return text }
        return String(text.dropFirst())
    }

    private static func scientific(_ value: Double, digits: Int) -> String {
        let parts = cFormatted("%.\(digits)e", value).split(separator: "e")
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

/// `value` formatted by the C library's `snprintf` with `format` (one conversion of a double):
/// what `String(format:)` prints, without its trip through CoreFoundation and a `va_list`, which
/// made number formatting a third of a warm build.
func cFormatted(_ format: String, _ value: Double) -> String {
    var capacity = 32
    while true {
        let (count, text) = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            let count = Int(course_format_double(buffer.baseAddress!, capacity, format, value))
            return (count, count < capacity ? String(cString: buffer.baseAddress!) : "")
        }
        guard count >= capacity else { return text }
        capacity = count + 1
    }
}

/// An integer written in superscript digits, e.g. −3 as ⁻³ (for powers of ten).
func superscript(_ exponent: Int) -> String {
    let digits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]
    return String(String(exponent).map { digits[$0] ?? $0 })
}

/// A result's statistics over a directive's seeds, as `| spread` and `| range` print them.
struct SeedSpread {
    var mean: Double
    var standardDeviation: Double
    var minimum: Double
    var maximum: Double
    var count: Int

    /// The statistics of `values` (at least one).
    init(_ values: [Double]) {
        self.init(
            mean: Experiments.mean(values), standardDeviation: sampleStandardDeviation(values),
            minimum: values.min()!, maximum: values.max()!, count: values.count)
    }

    /// The statistics as given.
    init(mean: Double, standardDeviation: Double, minimum: Double, maximum: Double, count: Int) {
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.minimum = minimum
        self.maximum = maximum
        self.count = count
    }

    /// "0.851 ± 0.031": without a number format, the deviation keeps two significant digits and
    /// the mean as many decimals.
    func plusMinus(format: NumberFormat) -> String {
        let shown =
            format == .automatic ? Self.decimals(for: standardDeviation).map(NumberFormat.fixed) ?? format : format
        return "\(shown.string(mean))\u{A0}±\u{A0}\(shown.string(standardDeviation))"
    }

    /// E.g. "0.851 ± 0.031 (5 seeds)" or "0.80–0.90 over 5 seeds"; "1 on all 5 seeds" for a
    /// result every seed agrees on, and for a range whose ends print alike ("0.32", not
    /// "0.32–0.32").
    func text(_ style: SpreadStyle, format: NumberFormat) -> String {
        let seeds = "\(count)\u{A0}seeds"
        if minimum == maximum { return "\(format.string(mean)) on all \(seeds)" }
        switch style {
        case .spread:
            return "\(plusMinus(format: format)) (\(seeds))"
        case .range:
            let (low, high) = (format.string(minimum), format.string(maximum))
            if low == high { return "\(low) on all \(seeds)" }
            let separator = minimum < 0 || maximum < 0 ? " to " : "–"
            return "\(low)\(separator)\(high) over \(seeds)"
        }
    }

    /// The decimals that show two significant digits of `deviation` (nil for a zero one).
    static func decimals(for deviation: Double) -> Int? {
        guard deviation > 0, deviation.isFinite else { return nil }
        return min(12, max(0, 1 - Int(log10(deviation).rounded(.down))))
    }
}
