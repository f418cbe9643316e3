/// A fully connected layer: `activation(x · weights + bias)` for a batch `x` of rows.
public struct Dense: Equatable, Sendable {
    /// `inputs × outputs`: `weights[i, j]` connects input `i` to output `j`.
    public var weights: Matrix
    /// One value per output.
    public var bias: [Double]
    /// Applied element-wise to the pre-activation.
    public var activation: Activation

    /// A layer with the given parameters.
    public init(weights: Matrix, bias: [Double], activation: Activation) {
        precondition(bias.count == weights.columns, "bias has \(bias.count) values for \(weights.columns) outputs")
        self.weights = weights
        self.bias = bias
        self.activation = activation
    }

    /// A freshly initialized `inputs → outputs` layer.
    public init(
        _ inputs: Int, _ outputs: Int, activation: Activation,
        weightInitializer: WeightInitializer = .heNormal, biasValue: Double = 0,
        using generator: inout SeededGenerator
    ) {
        self.init(
            weights: weightInitializer.weights(fanIn: inputs, fanOut: outputs, using: &generator),
            bias: Array(repeating: biasValue, count: outputs),
            activation: activation)
    }

    /// Number of inputs.
    public var inputCount: Int { weights.rows }
    /// Number of outputs (units).
    public var outputCount: Int { weights.columns }

    /// Writes `x · weights + bias` into `preActivation` and its activation into `output`.
    func forward(_ input: Matrix, preActivation: inout Matrix, output: inout Matrix, threads: Int) {
        Matrix.product(input, weights, into: &preActivation, threads: threads)
        preActivation.addToEveryRow(bias)
        activation.apply(preActivation, into: &output)
    }

    /// Turns `delta` (∂loss/∂output on entry) into ∂loss/∂pre-activation and writes the weight and
    /// bias gradients and, if asked, ∂loss/∂input, reusing the outputs' storage.
    func backward(
        input: Matrix, preActivation: Matrix, delta: inout Matrix, weightGradient: inout Matrix,
        biasGradient: inout Matrix, needInputGradient: Bool, inputGradient: inout Matrix, threads: Int
    ) {
        activation.multiplyByDerivative(&delta, at: preActivation)
        Matrix.productTransposingLeft(input, delta, into: &weightGradient, threads: threads)
        biasGradient = Matrix(row: delta.columnSums())
        if needInputGradient {
            Matrix.productTransposingRight(delta, weights, into: &inputGradient, threads: threads)
        }
    }
}
