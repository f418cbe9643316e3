import Experiments

/// The values one figure of an explored experiment draws at any of its grid points, so that every
/// point's figure spans the same axes: moving a control then moves the lines, not the scale under
/// them (a flat loss stays flat next to a falling one).
struct SharedAxes: Sendable, Equatable {
    /// The extremes of the x values (the smallest, the smallest positive for a log axis, the largest).
    var xs: [Double]
    /// The same for the y values, spreads included.
    var ys: [Double]

    /// For each figure the page shows of `outcome`, by name, what its grid points draw; empty
    /// without grid points. Heatmaps keep their own ranges (their grid is the figure's domain).
    static func of(_ outcome: ExperimentOutcome) -> [String: SharedAxes] {
        guard !outcome.gridPoints.isEmpty else { return [:] }
        var xs: [String: [Double]] = [:]
        var ys: [String: [Double]] = [:]
        for point in [outcome] + outcome.gridPoints {
            for figure in FigureHTML.shownFigures(of: point.directive, runs: point.runs) where figure.kind != .heatmap {
                if figure.kind != .bar { xs[figure.name, default: []] += figure.series.flatMap(\.x) }
                ys[figure.name, default: []] += figure.series.flatMap {
                    $0.y + ($0.spread.map { $0.minimum + $0.maximum } ?? [])
                }
            }
        }
        return ys.reduce(into: [:]) { shared, entry in
            shared[entry.key] = SharedAxes(xs: extremes(of: xs[entry.key] ?? []), ys: extremes(of: entry.value))
        }
    }

    /// The smallest, smallest positive and largest finite values (what an axis covering them needs).
    static func extremes(of values: [Double]) -> [Double] {
        let finite = values.filter(\.isFinite)
        return [finite.min(), finite.filter { $0 > 0 }.min(), finite.max()].compactMap { $0 }
    }
}
