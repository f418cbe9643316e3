import NetEngine

/// A freshly initialized network whose biases are normal with standard deviation `biasScale`
/// (instead of zero), so each unit's boundary does not pass through the origin.
func randomNetwork(
    sizes: [Int], hidden: Activation, weightInitializer: WeightInitializer, biasScale: Double,
    using generator: inout SeededGenerator
) -> Network {
    var network = Network(sizes: sizes, hidden: hidden, weightInitializer: weightInitializer, using: &generator)
    for index in network.layers.indices {
        guard case .dense(var dense) = network.layers[index] else { continue }
        dense.bias = dense.bias.map { _ in biasScale * generator.nextNormal() }
        network.layers[index] = .dense(dense)
    }
    return network
}
