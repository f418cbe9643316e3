/// The results and loss figure of a comparison of training variants (chapter 7's kinds).
struct VariantComparison {
    /// Each variant's result key, legend entry and outcome.
    let outcomes: [(name: String, label: String, outcome: DigitsTraining.Outcome)]
    let epochs: Int
    let title: String
    var extraValues: [String: ResultValue] = [:]

    var result: ExperimentResult {
        func byVariant(_ value: (DigitsTraining.Outcome) -> ResultValue) -> ResultValue {
            .object(Dictionary(uniqueKeysWithValues: outcomes.map { ($0.name, value($0.outcome)) }))
        }
        var values: [String: ResultValue] = [
            "testAccuracy": byVariant { .number($0.testAccuracy) },
            "saturatedFraction": byVariant { .numbers($0.saturatedFraction) },
            "lossHistory": byVariant { .numbers($0.lossHistory) },
            "initialSpread": byVariant { .numbers($0.initialSpread) },
        ]
        values.merge(extraValues) { $1 }
        let axis = (1...epochs).map(Double.init)
        return ExperimentResult(
            values: values,
            figures: [
                Figure(
                    name: "loss", title: title, kind: .line, xLabel: "epoch", yLabel: "training loss",
                    series: outcomes.prefix(8).map { Figure.Series($0.label, x: axis, y: $0.outcome.lossHistory) })
            ])
    }
}
