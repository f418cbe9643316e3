import Foundation

/// Initial weights written by `peer_mlp.py --dump-init`, so the engine can start from exactly
/// the numbers PyTorch and NumPy start from.
public struct PeerWeights: Decodable, Sendable {
    /// Layer sizes, inputs first.
    public var dims: [Int]
    /// One entry per dense layer.
    public var layers: [PeerLayer]

    /// One layer: `weight_in_out[i][j]` connects input `i` to output `j`.
    public struct PeerLayer: Decodable, Sendable {
        /// The weights, one array per input.
        public var weightInOut: [[Double]]
        /// One value per output.
        public var bias: [Double]

        enum CodingKeys: String, CodingKey {
            case weightInOut = "weight_in_out"
            case bias
        }
    }

    /// Reads the JSON file at `url`.
    public static func load(from url: URL) throws -> PeerWeights {
        try JSONDecoder().decode(PeerWeights.self, from: Data(contentsOf: url))
    }

    /// A network with these weights, `hidden` between layers and `output` on the last one.
    public func network(hidden: Activation, output: Activation = .identity) throws -> Network {
        guard dims.count == layers.count + 1 else {
            throw WeightsError(description: "dims \(dims) do not match \(layers.count) layers")
        }
        var built: [Layer] = []
        for (index, layer) in layers.enumerated() {
            let weights = Matrix(layer.weightInOut)
            guard weights.rows == dims[index], weights.columns == dims[index + 1], layer.bias.count == weights.columns
            else {
                throw WeightsError(
                    description: "layer \(index) is \(weights.shape), expected \(dims[index])×\(dims[index + 1])")
            }
            let activation = index == layers.count - 1 ? output : hidden
            built.append(.dense(Dense(weights: weights, bias: layer.bias, activation: activation)))
        }
        return Network(built)
    }
}

/// A weights file whose shapes do not fit together.
public struct WeightsError: Error, CustomStringConvertible {
    /// What does not fit.
    public var description: String
}
