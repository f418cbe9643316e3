import Foundation

/// The one-input targets the approximation experiments fit on [−π, π].
enum TargetFunctions {
    /// sin(x), |x|, a unit step at 0, or a bump exp(−4x²).
    static let names = ["sin", "abs", "step", "bump"]

    /// The function a name stands for.
    static func function(_ name: String) -> @Sendable (Double) -> Double {
        switch name {
        case "abs": { abs($0) }
        case "step": { $0 >= 0 ? 1 : 0 }
        case "bump": { exp(-4 * $0 * $0) }
        default: { sin($0) }
        }
    }
}
