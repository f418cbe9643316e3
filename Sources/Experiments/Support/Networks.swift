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

    /// The single affine layer equal to a network of identity-activation dense layers:
    /// W = W₁W₂…W_L and b = (…(b₁W₂ + b₂)W₃ + …) + b_L.
    func collapsedToOneLayer() -> Network {
        let layers = denseLayers
        var weights = layers[0].weights
        var bias = Matrix(row: layers[0].bias)
        for layer in layers.dropFirst() {
            weights = Matrix.product(weights, layer.weights)
            bias = Matrix.product(bias, layer.weights) + Matrix(row: layer.bias)
        }
        return Network([.dense(Dense(weights: weights, bias: bias.row(0), activation: .identity))])
    }
}
