import NetEngine

/// The activations and initializations chapters may name, and the engine values they stand for.
enum ActivationChoices {
    /// Every activation a chapter may name.
    static let all = ["identity", "relu", "leakyReLU", "sigmoid", "tanh", "softplus", "gelu", "elu"]
    /// The activations the training comparisons use.
    static let trainable = ["sigmoid", "tanh", "relu"]
    /// The weight initializations a chapter may name.
    static let initializations = ["standard", "glorot", "he", "scaled"]

    /// An activation's name as legends and tables print it ("ReLU", not `relu`).
    static func label(_ name: String) -> String {
        switch name {
        case "relu": "ReLU"
        case "leakyReLU": "leaky ReLU"
        case "gelu": "GELU"
        case "elu": "ELU"
        default: name
        }
    }

    /// The engine's activation for a chapter name, with the slope and α parameters applied.
    static func activation(named name: String, _ parameters: ParameterValues) -> Activation {
        switch name {
        case "relu": .relu
        case "leakyReLU": .leakyReLU(slope: parameters.number("leakySlope"))
        case "sigmoid": .sigmoid
        case "tanh": .tanh
        case "softplus": .softplus
        case "gelu": .gelu
        case "elu": .elu(alpha: parameters.number("eluAlpha"))
        default: .identity
        }
    }

    /// The engine's activation for one of ``trainable``.
    static func trainable(_ name: String) -> Activation {
        switch name {
        case "tanh": .tanh
        case "relu": .relu
        default: .sigmoid
        }
    }

    /// The factor c in a layer's gain c·√n·s near z = 0 for one of ``trainable``: f′(0) for the
    /// sigmoid (¼) and tanh (1), √½ for ReLU (half its units pass).
    static func gainSlope(_ name: String) -> Double {
        switch name {
        case "tanh": 1
        case "relu": 0.5.squareRoot()
        default: 0.25
        }
    }

    /// The engine's initializer for one of ``initializations`` (`scaled` reads `weightScale`).
    static func initializer(_ name: String, _ parameters: ParameterValues) -> WeightInitializer {
        switch name {
        case "glorot": .glorotUniform
        case "he": .heNormal
        case "scaled": .scaledNormal(standardDeviation: parameters.number("weightScale"))
        default: .standardUniform
        }
    }
}

/// Per hidden layer, the share of pre-activations where f′ is below `threshold` × f′'s peak.
func saturatedFractions(_ network: Network, trace: Trace, hidden: Activation, threshold: Double) -> [Double] {
    let peak = hidden == .sigmoid ? 0.25 : 1
    return Array(
        Probes.saturatedFraction(network, trace: trace, criterion: .derivativeBelow(threshold * peak)).dropLast())
}
