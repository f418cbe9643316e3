import Testing

@testable import NetEngine

/// A small random network: 3 inputs, hidden layers of 4 and 5, `outputs` outputs.
func smallNetwork(hidden: Activation, outputs: Int, layerNorm: Bool = false, seed: UInt64) -> Network {
    var generator = SeededGenerator(seed: seed)
    var network = Network(
        sizes: [3, 4, 5, outputs], hidden: hidden, weightInitializer: .glorotUniform,
        biasValue: 0.1, using: &generator)
    if layerNorm { network.layers.insert(.layerNorm(LayerNorm(features: 4)), at: 1) }
    return network
}

@Suite struct GradientTests {
    static let inputs = randomMatrix(6, 3, seed: 11)
    static let classTargets = oneHot([0, 2, 1, 1, 0, 2], classes: 3)
    static let valueTargets = randomMatrix(6, 3, seed: 12)
    static let binaryTargets = Matrix(rows: 6, columns: 3, elements: (0..<18).map { Double($0 % 2) })

    @Test(arguments: allActivations)
    func backpropMatchesFiniteDifferencesForEveryActivation(activation: Activation) {
        for seed in UInt64(1)...3 {
            let network = smallNetwork(hidden: activation, outputs: 3, seed: seed)
            let report = GradientCheck().check(
                network, inputs: Self.inputs, targets: Self.valueTargets, loss: .meanSquaredError)
            #expect(report.maxRelativeError < 1e-6, "\(activation.name), seed \(seed): \(report)")
        }
    }

    @Test(arguments: [Loss.meanSquaredError, .binaryCrossEntropyWithLogits, .softmaxCrossEntropy])
    func backpropMatchesFiniteDifferencesForEveryLoss(loss: Loss) {
        let targets =
            switch loss {
            case .meanSquaredError: Self.valueTargets
            case .binaryCrossEntropyWithLogits: Self.binaryTargets
            case .softmaxCrossEntropy: Self.classTargets
            }
        let network = smallNetwork(hidden: .tanh, outputs: 3, seed: 4)
        let report = GradientCheck().check(network, inputs: Self.inputs, targets: targets, loss: loss)
        #expect(report.maxRelativeError < 1e-6, "\(loss): \(report)")
    }

    @Test func layerNormGradientsMatchFiniteDifferences() {
        var network = smallNetwork(hidden: .sigmoid, outputs: 3, layerNorm: true, seed: 5)
        network.updateParameters(with: network.parameters) { slot, parameter, _ in
            if slot == Network.weightsIndex(of: 1) || slot == Network.biasIndex(of: 1) {
                parameter = parameter.indices.map { 0.5 + 0.1 * Double($0) }
            }
        }
        let report = GradientCheck().check(
            network, inputs: Self.inputs, targets: Self.classTargets, loss: .softmaxCrossEntropy)
        #expect(report.maxRelativeError < 1e-6, "\(report)")
    }

    @Test func eachLayersGradientsHaveItsParametersShapes() {
        let network = smallNetwork(hidden: .tanh, outputs: 3, layerNorm: true, seed: 8)
        let trace = network.forward(Self.inputs)
        let gradients = network.backward(
            trace,
            outputGradient: Loss.softmaxCrossEntropy
                .valueAndGradient(output: trace.output, targets: Self.classTargets).gradient)
        for (index, layer) in network.layers.enumerated() {
            let (weights, bias) = (layer.parameters[0], layer.parameters[1])
            #expect(gradients.weights(of: index).rows == weights.rows, "layer \(index)")
            #expect(gradients.weights(of: index).columns == weights.columns, "layer \(index)")
            #expect(gradients.bias(of: index).elements.count == bias.elements.count, "layer \(index)")
        }
        #expect(gradients.weights(of: 0).columns == 4 && gradients.bias(of: 1).elements.count == 4)
    }

    @Test func theCheckerCatchesAWrongDerivative() {
        let network = smallNetwork(hidden: .tanh, outputs: 3, seed: 6)
        let trace = network.forward(Self.inputs)
        let outputGradient = Loss.meanSquaredError.valueAndGradient(output: trace.output, targets: Self.valueTargets)
            .gradient
        var gradients = network.backward(trace, outputGradient: outputGradient).parameters
        let checker = GradientCheck()
        #expect(
            checker.compare(
                gradients, with: network, inputs: Self.inputs, targets: Self.valueTargets, loss: .meanSquaredError
            )
            .maxRelativeError < 1e-6)
        gradients[2].elements[0] *= 1.01  // a derivative wrong by 1%
        let report = checker.compare(
            gradients, with: network, inputs: Self.inputs, targets: Self.valueTargets, loss: .meanSquaredError)
        #expect(report.maxRelativeError > 1e-3)
        #expect(report.parameterIndex == 2 && report.elementIndex == 0)
    }

    @Test func deltasAreTheGradientsOfThePreActivations() {
        let network = smallNetwork(hidden: .relu, outputs: 3, seed: 7)
        let trace = network.forward(Self.inputs)
        let gradients = network.backward(
            trace,
            outputGradient: Loss.softmaxCrossEntropy
                .valueAndGradient(output: trace.output, targets: Self.classTargets).gradient)
        #expect(gradients.deltas.count == 3)
        // The bias gradient of each dense layer is the column sum of its delta.
        for layer in 0..<3 {
            #expect(gradients.bias(of: layer).elements == gradients.deltas[layer].columnSums())
        }
        // Where a ReLU unit is off, its delta is exactly zero.
        for layer in 0..<2 {
            for (z, delta) in zip(trace.layers[layer].preActivation.elements, gradients.deltas[layer].elements)
            where z <= 0 {
                #expect(delta == 0)
            }
        }
    }
}
