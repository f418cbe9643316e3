import Experiments

/// What a page draws for an experiment run on several seeds: one figure per name, combined from
/// the runs' figures, and tables of mean ± sd. Only what every run labels the same is combined
/// (series, categories, rows); anything else, such as the units one run picked as its strongest,
/// is shown from the first seed and says so.
enum SeedFigures {
    /// Line series become their mean with a min–max band, bars their mean with whiskers, scatter
    /// plots show every seed's points; a heatmap or histogram shows the first seed, and says so.
    static func figures(of runs: [ExperimentResult]) -> [Figure] {
        guard let first = runs.first, runs.count > 1 else { return runs.first?.figures ?? [] }
        return first.figures.enumerated().map { index, figure in
            let versions = runs.map { $0.figures.indices.contains(index) ? $0.figures[index] : figure }
            return combine(versions) ?? firstSeed(figure, of: runs.count)
        }
    }

    /// Each numeric cell becomes "mean ± sd" over the runs, with one number of decimals per column
    /// of similar numbers; a cell every run agrees on (a setting, a count) stays one number.
    static func tables(of runs: [ExperimentResult]) -> [ResultTable] {
        guard let first = runs.first, runs.count > 1 else { return runs.first?.tables ?? [] }
        return first.tables.enumerated().map { index, table in
            let versions = runs.compactMap { $0.tables.indices.contains(index) ? $0.tables[index] : nil }
            guard versions.count == runs.count, versions.allSatisfy({ sameLabels($0, table) }) else {
                var shown = table
                shown.title += " (seed 1 of \(runs.count))"
                return shown
            }
            return combine(versions)
        }
    }

    private static func firstSeed(_ figure: Figure, of count: Int) -> Figure {
        var shown = figure
        shown.title += " (seed 1 of \(count))"
        return shown
    }

    /// The runs' versions of one figure drawn as one, or nil where they cannot be.
    private static func combine(_ versions: [Figure]) -> Figure? {
        var figure = versions[0]
        let names = figure.series.map(\.name)
        guard versions.allSatisfy({ $0.series.map(\.name) == names && $0.categories == figure.categories }) else {
            return nil
        }
        switch figure.kind {
        case .line, .bar:
            guard
                versions.allSatisfy({ version in
                    zip(version.series, figure.series).allSatisfy { $0.x == $1.x && $0.y.count == $1.y.count }
                })
            else { return nil }
            figure.series = figure.series.indices.map { index in
                var combined = figure.series[index]
                let spreads = combined.y.indices.map { point in SeedSpread(versions.map { $0.series[index].y[point] }) }
                combined.y = spreads.map(\.mean)
                combined.spread = Figure.Spread(
                    minimum: spreads.map(\.minimum), maximum: spreads.map(\.maximum),
                    standardDeviation: spreads.map(\.standardDeviation), seeds: versions.count)
                return combined
            }
            return figure
        case .scatter:
            for version in versions.dropFirst() {
                for (index, series) in version.series.enumerated() {
                    figure.series[index].x += series.x
                    figure.series[index].y += series.y
                    figure.series[index].classes += series.classes
                }
            }
            figure.title += " (all \(versions.count) seeds)"
            return figure
        case .heatmap, .histogram:
            return nil
        }
    }

    /// Whether two runs' tables have the same columns, rows and text cells.
    private static func sameLabels(_ one: ResultTable, _ other: ResultTable) -> Bool {
        one.columns == other.columns && one.rows.count == other.rows.count
            && zip(one.rows, other.rows).allSatisfy { first, second in
                first.count == second.count
                    && zip(first, second).allSatisfy { $0.number != nil && $1.number != nil || $0 == $1 }
            }
    }

    private static func combine(_ versions: [ResultTable]) -> ResultTable {
        var table = versions[0]
        table.title += " (mean ± sd over \(versions.count) seeds)"
        let spreads = table.rows.indices.map { row in
            table.rows[row].indices.map { column -> SeedSpread? in
                let values = versions.compactMap { $0.rows[row][column].number }
                return values.count == versions.count && Set(values).count > 1 ? SeedSpread(values) : nil
            }
        }
        let columns = table.columns.indices.map { column in
            spreads.compactMap { $0.indices.contains(column) ? $0[column] : nil }
        }
        // A column of similar numbers shares its decimals; one spanning orders of magnitude keeps each
        // cell's own (two significant digits of its deviation).
        let formats = columns.indices.map { index -> NumberFormat? in
            if table.percentColumns.contains(index) { return .percent }
            let column = columns[index]
            let decimals = column.compactMap { SeedSpread.decimals(for: $0.standardDeviation) }
            guard let most = decimals.max(), let least = decimals.min(), most - least <= 2 else { return nil }
            return .fixed(most)
        }
        for row in table.rows.indices {
            for column in table.rows[row].indices {
                guard let spread = spreads[row][column] else { continue }
                table.rows[row][column] = .string(spread.plusMinus(format: formats[column] ?? .automatic))
            }
        }
        return table
    }
}
