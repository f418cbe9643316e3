/// How a dense layer's weights are drawn.
public enum WeightInitializer: Hashable, Sendable {
    /// Normal with standard deviation √(2 / fan-in) (He et al., 2015), suited to ReLU.
    case heNormal
    /// Uniform on ±√(6 / (fan-in + fan-out)) (Glorot and Bengio, 2010: "normalized initialization").
    case glorotUniform
    /// Uniform on ±1/√fan-in: the "standard" heuristic Glorot and Bengio compare against.
    case standardUniform
    /// Normal with the given standard deviation.
    case scaledNormal(standardDeviation: Double)
    /// Normal with standard deviation 1 / (slope·√fan-in): a per-layer gain of one near z = 0 for an
    /// activation of that slope there (¼ for the sigmoid, 1 for tanh; √½ gives He's for ReLU).
    case unitGainNormal(slope: Double)

    /// A `fanIn × fanOut` weight matrix drawn from `generator`, row after row.
    public func weights(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) -> Matrix {
        var weights = Matrix(rows: fanIn, columns: fanOut)
        for index in weights.elements.indices {
            weights.elements[index] = sample(fanIn: fanIn, fanOut: fanOut, using: &generator)
        }
        return weights
    }

    private func sample(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) -> Double {
        switch self {
        case .heNormal:
            return generator.nextNormal() * (2.0 / Double(fanIn)).squareRoot()
        case .glorotUniform:
            let limit = (6.0 / Double(fanIn + fanOut)).squareRoot()
            return generator.nextUniform(in: -limit...limit)
        case .standardUniform:
            let limit = 1 / Double(fanIn).squareRoot()
            return generator.nextUniform(in: -limit...limit)
        case .scaledNormal(let standardDeviation):
            return generator.nextNormal() * standardDeviation
        case .unitGainNormal(let slope):
            return generator.nextNormal() / (slope * Double(fanIn).squareRoot())
        }
    }
}
