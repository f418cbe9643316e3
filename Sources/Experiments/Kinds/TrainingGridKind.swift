import NetEngine

/// Chapter 7's fair comparison: the same deep network trained for every combination of
/// activation, initialization, optimizer and normalization, so that no lever is judged at a
/// setting another lever has ruined.
struct TrainingGridKind: ExperimentKind {
    public init() {}

    public let name = "training-grid"
    public let summary =
        "A deep network on digits for every activation × initialization × optimizer × normalization."

    static let initializations = ["standard", "unitGain"]
    static let optimizers = ["sgd", "adam"]
    static let normalizations = ["none", "layerNorm"]

    public let parameters =
        [
            ParameterSpec(
                "activations", .list(of: .choice(ActivationChoices.trainable), count: 1...3),
                default: .list(ActivationChoices.trainable.map(ParameterValue.choice)), "hidden activations"),
            ParameterSpec(
                "initializations", .list(of: .choice(initializations), count: 1...2),
                default: .list(initializations.map(ParameterValue.choice)),
                "standard: uniform ±1/√fan-in; unitGain: normal 1/(c·√fan-in), per-layer gain one (c = ¼ sigmoid, 1 tanh, √½ ReLU)"
            ),
            ParameterSpec(
                "optimizers", .list(of: .choice(optimizers), count: 1...2),
                default: .list(optimizers.map(ParameterValue.choice)), "sgd: plain SGD; adam: Adam"),
            ParameterSpec(
                "normalizations", .list(of: .choice(normalizations), count: 1...2),
                default: .list(normalizations.map(ParameterValue.choice)),
                "none, or a layer norm after every hidden layer"),
            ParameterSpec("learningRate", .number(1e-5...10), default: .number(0.1), "plain SGD's step size"),
            ParameterSpec("adamRate", .number(1e-6...1), default: .number(0.003), "Adam's step size"),
        ]
        + DigitsTraining.parameters(activation: "sigmoid", epochs: 6).filter {
            ["depth", "width", "epochs"].contains($0.name)
        }

    public let results: [ResultEntry] = [
        ResultEntry(
            [
                "testAccuracy", .choice(of: "activations"), .choice(of: "initializations"), .choice(of: "optimizers"),
                .choice(of: "normalizations"),
            ], "held-out accuracy after training"),
        ResultEntry(
            [
                "finalLoss", .choice(of: "activations"), .choice(of: "initializations"), .choice(of: "optimizers"),
                .choice(of: "normalizations"),
            ], "mean training loss in the last epoch"),
        ResultEntry(
            [
                "correctImages", .choice(of: "activations"), .choice(of: "initializations"),
                .choice(of: "optimizers"), .choice(of: "normalizations"),
            ], "held-out images classified correctly (accuracy × testImages)"),
        ResultEntry(["testImages"], "the number of held-out images"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("standard", "figure: accuracy per optimizer and normalization, standard initialization"),
        ResultDoc("unitGain", "figure: the same with unit-gain initialization"),
        ResultDoc("grid", "table: every cell's accuracy and final loss"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let training = DigitsTraining(parameters, seed: seed, control: control)
        let testImages = Double(try DigitsSplit.load().test.inputs.rows)
        var accuracy: [String: ResultValue] = [:]
        var loss: [String: ResultValue] = [:]
        var rows: [[ResultValue]] = []
        var byInitialization: [String: [String: [Double]]] = [:]
        for activation in parameters.choices("activations") {
            var accuracyByInit: [String: ResultValue] = [:]
            var lossByInit: [String: ResultValue] = [:]
            for initialization in parameters.choices("initializations") {
                var accuracyByOptimizer: [String: ResultValue] = [:]
                var lossByOptimizer: [String: ResultValue] = [:]
                for optimizer in parameters.choices("optimizers") {
                    var accuracyByNorm: [String: ResultValue] = [:]
                    var lossByNorm: [String: ResultValue] = [:]
                    for normalization in parameters.choices("normalizations") {
                        let outcome = try training.run(
                            activation: ActivationChoices.trainable(activation),
                            initializer: Self.initializer(initialization, activation: activation),
                            layerNorm: normalization == "layerNorm", optimizer: Self.optimizer(optimizer, parameters))
                        let finalLoss = outcome.lossHistory.last ?? .nan
                        accuracyByNorm[normalization] = .number(outcome.testAccuracy)
                        lossByNorm[normalization] = .number(finalLoss)
                        byInitialization[initialization, default: [:]][activation, default: []].append(
                            outcome.testAccuracy)
                        rows.append([
                            .string(Self.label(activation)), .string(Self.label(initialization)),
                            .string(Self.label(optimizer)), .string(Self.label(normalization)),
                            .number(outcome.testAccuracy), .number(finalLoss),
                        ])
                    }
                    accuracyByOptimizer[optimizer] = .object(accuracyByNorm)
                    lossByOptimizer[optimizer] = .object(lossByNorm)
                }
                accuracyByInit[initialization] = .object(accuracyByOptimizer)
                lossByInit[initialization] = .object(lossByOptimizer)
            }
            accuracy[activation] = .object(accuracyByInit)
            loss[activation] = .object(lossByInit)
        }
        let categories = parameters.choices("optimizers").flatMap { optimizer in
            parameters.choices("normalizations").map { normalization in
                Self.label(optimizer) + (normalization == "layerNorm" ? " + layer norm" : "")
            }
        }
        let figures = parameters.choices("initializations").map { initialization in
            Figure(
                name: initialization, title: "Held-out accuracy, \(Self.label(initialization))",
                kind: .bar, xLabel: "optimizer and normalization", yLabel: "held-out accuracy",
                series: parameters.choices("activations").map { activation in
                    Figure.Series(Self.label(activation), x: [], y: byInitialization[initialization]?[activation] ?? [])
                }, categories: categories)
        }
        return ExperimentResult(
            values: [
                "testAccuracy": .object(accuracy), "finalLoss": .object(loss),
                "correctImages": Self.counts(.object(accuracy), of: testImages), "testImages": .number(testImages),
            ], figures: figures,
            tables: [
                ResultTable(
                    name: "grid", title: "Every combination",
                    columns: [
                        "activation", "initialization", "optimizer", "normalization", "held-out accuracy", "final loss",
                    ],
                    rows: rows, percentColumns: [4])
            ])
    }

    /// `accuracies` with every leaf turned into a count of images out of `total`.
    private static func counts(_ accuracies: ResultValue, of total: Double) -> ResultValue {
        switch accuracies {
        case .number(let share): .number((share * total).rounded())
        case .object(let fields): .object(fields.mapValues { counts($0, of: total) })
        default: accuracies
        }
    }

    /// The engine's initializer for one of ``initializations``, matched to the activation's slope.
    static func initializer(_ name: String, activation: String) -> WeightInitializer {
        name == "unitGain" ? .unitGainNormal(slope: ActivationChoices.gainSlope(activation)) : .standardUniform
    }

    static func optimizer(_ name: String, _ parameters: ParameterValues) -> any Optimizer {
        name == "adam"
            ? Adam(learningRate: parameters.number("adamRate")) : SGD(learningRate: parameters.number("learningRate"))
    }

    /// Words for a page, never an identifier.
    static func label(_ name: String) -> String {
        switch name {
        case "relu", "sigmoid", "tanh": ActivationChoices.label(name)
        case "standard": "standard initialization"
        case "unitGain": "unit-gain initialization"
        case "sgd": "SGD"
        case "adam": "Adam"
        case "layerNorm": "layer norm"
        default: "no normalization"
        }
    }
}

extension TrainingGridKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let cells =
            parameters.choices("activations").count * parameters.choices("initializations").count
            * parameters.choices("optimizers").count * parameters.choices("normalizations").count
        return DigitsTraining.cost(parameters, runs: cells)
    }
}
