import Foundation

/// Updates a network's parameters from their gradients, keeping whatever state it needs.
public protocol Optimizer: Sendable {
    /// Applies one update step.
    mutating func step(_ network: inout Network, gradients: [Matrix])
}

/// Stochastic gradient descent with optional momentum and L2 weight decay, in PyTorch's form:
/// `g ← g + λ·p`, `v ← μ·v + g`, `p ← p − η·v` (with μ = λ = 0 this is plain `p ← p − η·g`).
public struct SGD: Optimizer {
    /// η, the step size.
    public var learningRate: Double
    /// μ, the share of the previous step kept (0 for plain SGD).
    public var momentum: Double
    /// λ, the L2 penalty added to every parameter's gradient (0 for none).
    public var weightDecay: Double
    private var velocities: [[Double]] = []

    /// An SGD optimizer; rejects a non-positive rate, a momentum outside [0, 1) or a negative decay.
    public init(learningRate: Double, momentum: Double = 0, weightDecay: Double = 0) {
        precondition(learningRate > 0 && learningRate.isFinite, "learning rate must be positive, got \(learningRate)")
        precondition((0..<1).contains(momentum), "momentum must be in [0, 1), got \(momentum)")
        precondition(weightDecay >= 0 && weightDecay.isFinite, "weight decay must be non-negative, got \(weightDecay)")
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
    }

    public mutating func step(_ network: inout Network, gradients: [Matrix]) {
        let (rate, momentum, decay) = (learningRate, self.momentum, weightDecay)
        if momentum == 0 && decay == 0 {
            network.updateParameters(with: gradients) { _, parameter, gradient in
                for index in parameter.indices { parameter[index] -= rate * gradient[index] }
            }
            return
        }
        if momentum == 0 {
            network.updateParameters(with: gradients) { _, parameter, gradient in
                for index in parameter.indices {
                    parameter[index] -= rate * (gradient[index] + decay * parameter[index])
                }
            }
            return
        }
        if velocities.isEmpty { velocities = gradients.map { Array(repeating: 0, count: $0.elements.count) } }
        var velocities = self.velocities
        self.velocities = []  // keep one reference, so the state is updated in place
        network.updateParameters(with: gradients) { slot, parameter, gradient in
            for index in parameter.indices {
                let decayed = decay == 0 ? gradient[index] : gradient[index] + decay * parameter[index]
                velocities[slot][index] = momentum * velocities[slot][index] + decayed
                parameter[index] -= rate * velocities[slot][index]
            }
        }
        self.velocities = velocities
    }
}

/// Adam (Kingma and Ba, 2015): per-parameter steps scaled by running estimates of the
/// gradient's first and second moments, with bias correction.
public struct Adam: Optimizer {
    /// α, the step size.
    public var learningRate: Double
    /// β₁, decay of the first-moment estimate.
    public var beta1: Double
    /// β₂, decay of the second-moment estimate.
    public var beta2: Double
    /// ε, added to the denominator.
    public var epsilon: Double
    private var firstMoments: [[Double]] = []
    private var secondMoments: [[Double]] = []
    private var stepCount = 0

    /// An Adam optimizer with the paper's defaults for β₁, β₂ and ε.
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        precondition(learningRate > 0 && learningRate.isFinite, "learning rate must be positive, got \(learningRate)")
        precondition((0..<1).contains(beta1) && (0..<1).contains(beta2), "betas must be in [0, 1)")
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    public mutating func step(_ network: inout Network, gradients: [Matrix]) {
        if firstMoments.isEmpty {
            firstMoments = gradients.map { Array(repeating: 0, count: $0.elements.count) }
            secondMoments = firstMoments
        }
        stepCount += 1
        let (beta1, beta2, epsilon) = (self.beta1, self.beta2, self.epsilon)
        let correction1 = 1 - pow(beta1, Double(stepCount))
        let correction2 = 1 - pow(beta2, Double(stepCount))
        let rate = learningRate
        var (first, second) = (firstMoments, secondMoments)
        (firstMoments, secondMoments) = ([], [])  // keep one reference, so the state is updated in place
        network.updateParameters(with: gradients) { slot, parameter, gradient in
            for index in parameter.indices {
                let g = gradient[index]
                first[slot][index] = beta1 * first[slot][index] + (1 - beta1) * g
                second[slot][index] = beta2 * second[slot][index] + (1 - beta2) * g * g
                let mean = first[slot][index] / correction1
                let variance = second[slot][index] / correction2
                parameter[index] -= rate * mean / (variance.squareRoot() + epsilon)
            }
        }
        (firstMoments, secondMoments) = (first, second)
    }
}
