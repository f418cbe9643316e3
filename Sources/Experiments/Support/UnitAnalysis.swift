import NetEngine

/// How the hidden units of a one-hidden-layer classifier relate to the classes. Under softmax,
/// adding one constant to all of a unit's outgoing weights changes no prediction, so their signs
/// only mean something once each unit's weights are centred on their mean over the classes.
struct UnitAnalysis {
    /// Per unit: the class its largest-magnitude centred outgoing weight goes to, and that weight.
    let strongest: [(label: Int, weight: Double)]
    /// Per unit: the class its largest outgoing weight goes to (the same centred or not).
    let supported: [Int]
    /// The share of units whose largest-magnitude raw (uncentred) outgoing weight is negative.
    let uncentredAgainstShare: Double
    /// Hidden activations on the data, one row per example.
    let activations: Matrix
    let labels: [Int]

    init(_ network: Network, data: Dataset) {
        let output = network.denseLayers[1].weights
        let rows = (0..<output.rows).map { output.row($0) }
        let centred = rows.map { row in row.map { $0 - mean(row) } }
        let largest = { (row: [Double]) in row.indices.max { abs(row[$0]) < abs(row[$1]) } ?? 0 }
        strongest = centred.map { row in (largest(row), row[largest(row)]) }
        supported = rows.map { row in row.indices.max { row[$0] < row[$1] } ?? 0 }
        uncentredAgainstShare = Double(rows.filter { $0[largest($0)] < 0 }.count) / Double(max(rows.count, 1))
        activations = network.forward(data.inputs).layers[0].activation
        labels = data.labels
    }

    /// The share of units whose largest-magnitude centred outgoing weight is negative.
    var againstShare: Double {
        Double(strongest.filter { $0.weight < 0 }.count) / Double(max(strongest.count, 1))
    }

    /// The unit with the most negative centred outgoing weight: the class it argues against, and
    /// its mean activation on that class's images and on all others.
    var strongestAgainst: (label: Int, onClass: Double, elsewhere: Double) {
        let unit = strongest.indices.min { strongest[$0].weight < strongest[$1].weight } ?? 0
        let label = strongest[unit].label
        let pairs = zip(activations.column(unit), labels)
        return (
            label, mean(pairs.filter { $0.1 == label }.map(\.0)),
            mean(pairs.filter { $0.1 != label }.map(\.0))
        )
    }

    /// Pearson correlation between each unit's activation and the indicator of its supported class.
    var presenceCorrelations: [Double] {
        supported.indices.map { unit in
            correlation(activations.column(unit), labels.map { $0 == supported[unit] ? 1 : 0 })
        }
    }

    /// Mean activation per digit for the units with the largest outgoing weights.
    func figureAndTable(shown: Int) -> (Figure, ResultTable) {
        let order = strongest.indices.sorted { abs(strongest[$0].weight) > abs(strongest[$1].weight) }.prefix(shown)
        let series = order.map { unit -> Figure.Series in
            let column = activations.column(unit)
            let means = (0..<10).map { digit -> Double in
                let values = zip(column, labels).filter { $0.1 == digit }.map(\.0)
                return values.reduce(0, +) / Double(max(values.count, 1))
            }
            return Figure.Series("unit \(unit)", x: [], y: means)
        }
        let figure = Figure(
            name: "unitsByClass", title: "Mean activation per digit of the strongest ReLU units", kind: .bar,
            xLabel: "digit", yLabel: "mean activation", series: series, categories: (0..<10).map(String.init))
        let correlations = presenceCorrelations
        let rows: [[ResultValue]] = order.map { unit in
            [
                .string("unit \(unit)"), .number(Double(strongest[unit].label)),
                .string(strongest[unit].weight < 0 ? "against" : "for"), .number(correlations[unit]),
            ]
        }
        let table = ResultTable(
            name: "units", title: "The strongest ReLU units (outgoing weights centred over the classes)",
            columns: [
                "unit", "class it affects most", "effect on that class", "correlation with the class it supports",
            ], rows: rows)
        return (figure, table)
    }
}
