/// One layer of a ``Network``.
public enum Layer: Equatable, Sendable {
    /// A fully connected layer with its activation.
    case dense(Dense)
    /// A layer normalization.
    case layerNorm(LayerNorm)
    /// A max pool over image patches.
    case maxPool(MaxPool)

    /// The layer's trainable parameters, each as a matrix (vectors as one row). Every layer has two
    /// slots, so that layer `k`'s sit at `2k` and `2k + 1`; a max pool's are empty.
    public var parameters: [Matrix] {
        switch self {
        case .dense(let dense): [dense.weights, Matrix(row: dense.bias)]
        case .layerNorm(let norm): [Matrix(row: norm.gain), Matrix(row: norm.shift)]
        case .maxPool: [.empty, .empty]
        }
    }
}

/// What one layer computed in a forward pass.
public struct LayerTrace: Sendable {
    /// For a dense layer, `x · W + b`; for a layer norm, the standardized input before gain and
    /// shift; for a max pool, its output.
    public var preActivation: Matrix
    /// The layer's output.
    public var activation: Matrix
    /// Layer norm only: each row's 1/σ.
    var inverseDeviations: [Double] = []
    /// Max pool only: the input element behind each output element.
    var winners: [Int] = []
}

/// A forward pass with every layer's intermediate values, as the backward pass needs them.
public struct Trace: Sendable {
    /// The batch fed in.
    public var input: Matrix
    /// One entry per layer, in order.
    public var layers: [LayerTrace]
    /// The network's output (the last layer's activation).
    public var output: Matrix { layers.last?.activation ?? input }
}

/// The result of a backward pass.
public struct Gradients: Sendable {
    /// ∂loss/∂parameter for every parameter, in the order of ``Network/parameters``.
    public var parameters: [Matrix]
    /// Per layer: ∂loss/∂pre-activation for a dense layer, ∂loss/∂output for a layer norm or max pool.
    public var deltas: [Matrix]

    /// ∂loss/∂weights of layer `layer` (for a layer norm, ∂loss/∂gain).
    public func weights(of layer: Int) -> Matrix { parameters[Network.weightsIndex(of: layer)] }

    /// ∂loss/∂bias of layer `layer` (for a layer norm, ∂loss/∂shift).
    public func bias(of layer: Int) -> Matrix { parameters[Network.biasIndex(of: layer)] }
}

/// A feed-forward network: layers applied in order to a batch of row vectors.
public struct Network: Equatable, Sendable {
    /// The layers, input side first.
    public var layers: [Layer]
    /// Threads used by the matrix products (results are identical for any count).
    public var threads: Int

    /// A network of the given layers.
    public init(_ layers: [Layer], threads: Int = 1) {
        self.layers = layers
        self.threads = max(1, threads)
    }

    /// A multilayer perceptron with `sizes` (inputs first), `hidden` activation between layers
    /// and `output` activation on the last.
    public init(
        sizes: [Int], hidden: Activation, output: Activation = .identity,
        weightInitializer: WeightInitializer = .heNormal, biasValue: Double = 0,
        using generator: inout SeededGenerator
    ) {
        precondition(sizes.count >= 2, "a network needs an input and an output size")
        var layers: [Layer] = []
        for index in 0..<(sizes.count - 1) {
            let activation = index == sizes.count - 2 ? output : hidden
            layers.append(
                .dense(
                    Dense(
                        sizes[index], sizes[index + 1], activation: activation,
                        weightInitializer: weightInitializer, biasValue: biasValue, using: &generator)))
        }
        self.init(layers)
    }

    /// Every trainable parameter, layer by layer: each layer's weights (or gain), then its bias (or shift).
    public var parameters: [Matrix] { layers.flatMap(\.parameters) }

    /// Where layer `layer`'s weights (or gain) sit in ``parameters`` and in ``Gradients/parameters``.
    public static func weightsIndex(of layer: Int) -> Int { 2 * layer }

    /// Where layer `layer`'s bias (or shift) sits in ``parameters`` and in ``Gradients/parameters``.
    public static func biasIndex(of layer: Int) -> Int { 2 * layer + 1 }

    /// The output for a batch of inputs (one per row).
    public func callAsFunction(_ input: Matrix) -> Matrix {
        forward(input).output
    }

    /// The forward pass, keeping every layer's pre-activation and activation.
    public func forward(_ input: Matrix) -> Trace {
        var trace = Trace(input: input, layers: [])
        forward(input, into: &trace)
        return trace
    }

    /// The forward pass into `trace`, reusing the storage of the matrices it already holds.
    public func forward(_ input: Matrix, into trace: inout Trace) {
        trace.input = input
        if trace.layers.count != layers.count {
            trace.layers = Array(repeating: LayerTrace(preActivation: .empty, activation: .empty), count: layers.count)
        }
        for index in layers.indices {
            let current = index == 0 ? trace.input : trace.layers[index - 1].activation
            // Moved out (and back) so that both of its matrices can be written in place.
            var step = trace.layers[index]
            trace.layers[index] = LayerTrace(preActivation: .empty, activation: .empty)
            switch layers[index] {
            case .dense(let dense):
                dense.forward(current, preActivation: &step.preActivation, output: &step.activation, threads: threads)
            case .layerNorm(let norm):
                step.inverseDeviations = norm.forward(
                    current, normalized: &step.preActivation, output: &step.activation)
            case .maxPool(let pool):
                step.winners = pool.forward(current, output: &step.activation)
                step.preActivation = step.activation
            }
            trace.layers[index] = step
        }
    }

    /// The backward pass from ∂loss/∂output: gradients of every parameter and every layer's delta.
    public func backward(_ trace: Trace, outputGradient: Matrix) -> Gradients {
        var gradients = Gradients(parameters: [], deltas: [])
        backward(trace, outputGradient: outputGradient, into: &gradients)
        return gradients
    }

    /// The backward pass into `gradients`, reusing the storage of the matrices it already holds.
    public func backward(_ trace: Trace, outputGradient: Matrix, into gradients: inout Gradients) {
        if gradients.deltas.count != layers.count || gradients.parameters.count != 2 * layers.count {
            gradients = Gradients(
                parameters: Array(repeating: .empty, count: 2 * layers.count),
                deltas: Array(repeating: .empty, count: layers.count))
        }
        guard let last = layers.indices.last else { return }
        gradients.deltas[last].assign(outputGradient)
        for index in layers.indices.reversed() {
            let input = index == 0 ? trace.input : trace.layers[index - 1].activation
            let step = trace.layers[index]
            // Moved out (and back) so that several of them can be written in place at once.
            var delta = gradients.deltas[index].taken()
            var upstream = index > 0 ? gradients.deltas[index - 1].taken() : .empty
            let (weightsAt, biasAt) = (Self.weightsIndex(of: index), Self.biasIndex(of: index))
            var first = gradients.parameters[weightsAt].taken()
            var second = gradients.parameters[biasAt].taken()
            switch layers[index] {
            case .dense(let dense):
                dense.backward(
                    input: input, preActivation: step.preActivation, delta: &delta, weightGradient: &first,
                    biasGradient: &second, needInputGradient: index > 0, inputGradient: &upstream, threads: threads)
            case .layerNorm(let norm):
                (first, second, upstream) = norm.backward(
                    normalized: step.preActivation, inverseDeviations: step.inverseDeviations, outputGradient: delta)
            case .maxPool(let pool):
                (first, second) = (.empty, .empty)
                if index > 0 { upstream = pool.backward(outputGradient: delta, winners: step.winners) }
            }
            gradients.deltas[index] = delta
            if index > 0 { gradients.deltas[index - 1] = upstream }
            (gradients.parameters[weightsAt], gradients.parameters[biasAt]) = (first, second)
        }
    }

    /// Calls `update` on every parameter with its gradient, in the order of ``parameters``.
    public mutating func updateParameters(
        with gradients: [Matrix], _ update: (_ index: Int, _ parameter: inout [Double], _ gradient: [Double]) -> Void
    ) {
        precondition(
            gradients.count == 2 * layers.count, "expected \(2 * layers.count) gradients, got \(gradients.count)")
        for layerIndex in layers.indices {
            let (weightsAt, biasAt) = (Self.weightsIndex(of: layerIndex), Self.biasIndex(of: layerIndex))
            switch layers[layerIndex] {
            case .dense(var dense):
                layers[layerIndex] = Self.placeholder  // drop the array references so the update is in place
                update(weightsAt, &dense.weights.elements, gradients[weightsAt].elements)
                update(biasAt, &dense.bias, gradients[biasAt].elements)
                layers[layerIndex] = .dense(dense)
            case .layerNorm(var norm):
                layers[layerIndex] = Self.placeholder
                update(weightsAt, &norm.gain, gradients[weightsAt].elements)
                update(biasAt, &norm.shift, gradients[biasAt].elements)
                layers[layerIndex] = .layerNorm(norm)
            case .maxPool:
                continue
            }
        }
    }

    private static let placeholder = Layer.layerNorm(LayerNorm(features: 0))

    /// The dense layers, in order (layer norms and pools skipped).
    public var denseLayers: [Dense] {
        layers.compactMap { if case .dense(let dense) = $0 { dense } else { nil } }
    }
}
