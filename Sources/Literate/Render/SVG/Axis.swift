import Experiments
import Foundation

/// A linear or logarithmic mapping from data values to pixels, with "nice" ticks.
struct Axis {
    /// Data range shown.
    var low: Double
    var high: Double
    /// Pixel positions of `low` and `high` (`start > end` for a vertical axis).
    var start: Double
    var end: Double
    var scale: Figure.Scale
    /// The spacing of a linear axis's ticks.
    private var step = 1.0

    /// An axis covering `values`, snapped outwards to nice ticks unless `exact` (it then ends at
    /// the data, with the ticks that fall inside).
    init(
        covering values: [Double], scale: Figure.Scale, from start: Double, to end: Double,
        includeZero: Bool = false, exact: Bool = false
    ) {
        self.scale = scale
        self.start = start
        self.end = end
        let finite = values.filter { $0.isFinite && (scale == .linear || $0 > 0) }
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if includeZero && scale == .linear { (low, high) = (min(low, 0), max(high, 0)) }
        switch scale {
        case .linear:
            if low == high { (low, high) = (low - 1, high + 1) }
            // An axis that ends at the data gets a tick more, so that some fall inside it.
            let step = Self.niceStep((high - low) / (exact ? 6 : 5))
            self.step = step
            self.low = exact ? low : (low / step).rounded(.down) * step
            self.high = exact ? high : (high / step).rounded(.up) * step
        case .log:
            if finite.isEmpty { (low, high) = (1, 10) }
            if low == high { (low, high) = (low / 2, high * 2) }
            if exact {
                (self.low, self.high) = (low, high)
            } else if Self.isNarrow(low: low, high: high) {
                self.low = Self.niceLogStep(atMost: low)
                self.high = max(Self.niceLogStep(atLeast: high), self.low * 2)
            } else {
                self.low = pow(10, log10(low).rounded(.down))
                self.high = pow(10, max(log10(high).rounded(.up), log10(self.low) + 1))
            }
        }
    }

    /// The pixel position of `value`.
    func position(_ value: Double) -> Double {
        let fraction: Double
        switch scale {
        case .linear: fraction = (value - low) / (high - low)
        case .log: fraction = (log10(max(value, Double.leastNormalMagnitude)) - log10(low)) / (log10(high) - log10(low))
        }
        return start + (end - start) * fraction
    }

    /// Tick values with their labels.
    var ticks: [(value: Double, label: String)] {
        switch scale {
        case .linear:
            let first = (low / step - 1e-9).rounded(.up)
            let count = Int(((high / step + 1e-9).rounded(.down) - first))
            return (0...max(count, 0)).map { index in
                let value = (first + Double(index)) * step
                return (value, Self.label(value, step: step))
            }
        case .log:
            if Self.isNarrow(low: low, high: high) {
                // At most two decades near 1: ticks at 1, 2 and 5 times each power of ten, as plain numbers.
                let first = Int(log10(low).rounded(.down))
                let last = Int(log10(high).rounded(.up))
                var values: [Double] = []
                for exponent in first...last {
                    let power = pow(10, Double(exponent))
                    for multiple: Double in [1, 2, 5] where multiple * power >= low * (1 - 1e-9) {
                        if multiple * power <= high * (1 + 1e-9) { values.append(multiple * power) }
                    }
                }
                return values.map { ($0, NumberFormat.automatic.string($0)) }
            }
            let first = Int((log10(low) - 1e-9).rounded(.up))
            let last = Int((log10(high) + 1e-9).rounded(.down))
            let stride = max(1, (last - first + 5) / 6)
            return Swift.stride(from: first, through: last, by: stride).map {
                (pow(10, Double($0)), "10" + superscript($0))
            }
        }
    }

    /// A log range of at most two decades between 0.001 and 10,000, which plain numbers label best.
    private static func isNarrow(low: Double, high: Double) -> Bool {
        low >= 1e-3 && high <= 1e4 && log10(high) - log10(low) <= 2
    }

    /// The largest of 1, 2 or 5 times a power of ten that is at most `value`.
    private static func niceLogStep(atMost value: Double) -> Double {
        let power = pow(10, log10(value).rounded(.down))
        return [5.0, 2, 1].map { $0 * power }.first { $0 <= value * (1 + 1e-9) } ?? power
    }

    /// The smallest of 1, 2 or 5 times a power of ten that is at least `value`.
    private static func niceLogStep(atLeast value: Double) -> Double {
        let power = pow(10, log10(value).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= value * (1 - 1e-9) } ?? 10 * power
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let power = pow(10, log10(rough).rounded(.down))
        let fraction = rough / power
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power
    }

    private static func label(_ value: Double, step: Double) -> String {
        let decimals = max(0, -Int(log10(step).rounded(.down)))
        let text = cFormatted("%.\(decimals)f", abs(value) < step / 1e6 ? 0 : value)
        return text.replacing("-", with: "−")
    }
}

/// Numbers written into SVG: one decimal, so files are small and stable.
func svgNumber(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : cFormatted("%.1f", rounded)
}

/// Escapes text for HTML and SVG.
func escapeHTML(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        default: result.append(character)
        }
    }
    return result
}
