import NetEngine

extension Network {
    /// The same weights with every hidden dense layer's activation replaced (the output layer kept).
    func replacingHiddenActivation(with activation: Activation) -> Network {
        var copy = self
        let denseIndices = layers.indices.filter { if case .dense = layers[$0] { true } else { false } }
        for index in denseIndices.dropLast() {
            guard case .dense(var dense) = copy.layers[index] else { continue }
            dense.activation = activation
            copy.layers[index] = .dense(dense)
        }
        return copy
    }
}
