import Experiments

/// What a page draws for an experiment run on several seeds: one figure per name, combined from
/// the runs' figures, and tables of mean ± sd.
enum SeedFigures {
    /// Line series become their mean with a min–max band, bars their mean with whiskers, scatter
    /// plots show every seed's points; a heatmap or histogram shows the first seed, and says so.
    static func figures(of runs: [ExperimentResult]) -> [Figure] {
        guard let first = runs.first, runs.count > 1 else { return runs.first?.figures ?? [] }
        return first.figures.enumerated().map { index, figure in
            let versions = runs.map { $0.figures.indices.contains(index) ? $0.figures[index] : figure }
            return combine(versions, count: runs.count)
        }
    }

    /// Each numeric cell becomes "mean ± sd" over the runs; other cells are the first run's.
    static func tables(of runs: [ExperimentResult]) -> [ResultTable] {
        guard let first = runs.first, runs.count > 1 else { return runs.first?.tables ?? [] }
        return first.tables.enumerated().map { index, table in
            var combined = table
            combined.title += " (mean ± sd over \(runs.count) seeds)"
            combined.rows = table.rows.enumerated().map { row, cells in
                cells.enumerated().map { column, cell in
                    let values = runs.compactMap { run -> Double? in
                        guard run.tables.indices.contains(index), run.tables[index].rows.indices.contains(row),
                            run.tables[index].rows[row].indices.contains(column)
                        else { return nil }
                        return run.tables[index].rows[row][column].number
                    }
                    guard cell.number != nil, values.count == runs.count else { return cell }
                    return .string(SeedSpread(values).plusMinus(format: .automatic))
                }
            }
            return combined
        }
    }

    private static func combine(_ versions: [Figure], count: Int) -> Figure {
        var figure = versions[0]
        switch figure.kind {
        case .line, .bar:
            figure.series = figure.series.enumerated().map { index, series in
                let runs = versions.compactMap { $0.series.indices.contains(index) ? $0.series[index] : nil }
                guard runs.count == count, runs.allSatisfy({ $0.x == series.x && $0.y.count == series.y.count })
                else { return series }
                let spreads = series.y.indices.map { point in SeedSpread(runs.map { $0.y[point] }) }
                var combined = series
                combined.y = spreads.map(\.mean)
                combined.spread = Figure.Spread(
                    minimum: spreads.map(\.minimum), maximum: spreads.map(\.maximum),
                    standardDeviation: spreads.map(\.standardDeviation), seeds: count)
                return combined
            }
        case .scatter:
            figure.series = figure.series.enumerated().map { index, series in
                var combined = series
                let runs = versions.dropFirst().compactMap {
                    $0.series.indices.contains(index) ? $0.series[index] : nil
                }
                for run in runs {
                    combined.x += run.x
                    combined.y += run.y
                    combined.classes += run.classes
                }
                return combined
            }
            figure.title += " (all \(count) seeds)"
        case .heatmap, .histogram:
            figure.title += " (seed 1 of \(count))"
        }
        return figure
    }
}
