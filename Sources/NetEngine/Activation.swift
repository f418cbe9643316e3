import Foundation

/// An element-wise non-linearity, each with its derivative written beside its formula.
public enum Activation: Hashable, Sendable {
    /// z.
    case identity
    /// max(0, z); the derivative at 0 is taken as 0.
    case relu
    /// z for z > 0, `slope` · z otherwise.
    case leakyReLU(slope: Double)
    /// 1 / (1 + e⁻ᶻ), evaluated without overflow for any z.
    case sigmoid
    /// The hyperbolic tangent.
    case tanh
    /// log(1 + eᶻ), evaluated without overflow for any z.
    case softplus
    /// z · Φ(z) with Φ the standard normal distribution function (the exact erf form).
    case gelu
    /// z for z > 0, α(eᶻ − 1) otherwise.
    case elu(alpha: Double)
    /// Σ cᵢ zⁱ with the coefficients lowest degree first.
    case polynomial(coefficients: [Double])

    /// ELU with α = 1.
    public static let eluDefault = Activation.elu(alpha: 1)

    /// The activation's value at `z`.
    public func callAsFunction(_ z: Double) -> Double {
        switch self {
        case .identity: z
        case .relu: z > 0 ? z : 0
        case .leakyReLU(let slope): z > 0 ? z : slope * z
        case .sigmoid: Self.logistic(z)
        case .tanh: Foundation.tanh(z)
        case .softplus: max(z, 0) + log1p(exp(-abs(z)))
        case .gelu: 0.5 * z * (1 + erf(z / 2.0.squareRoot()))
        case .elu(let alpha): z > 0 ? z : alpha * expm1(z)
        case .polynomial(let coefficients): Polynomial(coefficients).evaluate(at: z)
        }
    }

    /// The derivative at `z`.
    public func derivative(_ z: Double) -> Double {
        switch self {
        case .identity: 1
        case .relu: z > 0 ? 1 : 0
        case .leakyReLU(let slope): z > 0 ? 1 : slope
        case .sigmoid:
            // σ(z)(1 − σ(z)) = e / (1 + e)² with e = e^−|z|: no cancellation in the tails.
            { e in e / ((1 + e) * (1 + e)) }(exp(-abs(z)))
        case .tanh:
            // 1 − tanh²(z) = 4e / (1 + e)² with e = e^−2|z|: 1 − tanh² cancels to 0 from |z| ≈ 19.
            { e in 4 * e / ((1 + e) * (1 + e)) }(exp(-2 * abs(z)))
        case .softplus: Self.logistic(z)
        case .gelu:
            0.5 * (1 + erf(z / 2.0.squareRoot())) + z * exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
        case .elu(let alpha): z > 0 ? 1 : alpha * exp(z)
        case .polynomial(let coefficients): Polynomial(coefficients).derivative().evaluate(at: z)
        }
    }

    /// The name used in chapters and results (`relu`, `leakyReLU`, …).
    public var name: String {
        switch self {
        case .identity: "identity"
        case .relu: "relu"
        case .leakyReLU: "leakyReLU"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .softplus: "softplus"
        case .gelu: "gelu"
        case .elu: "elu"
        case .polynomial: "polynomial"
        }
    }

    /// Applies the activation to every element of `input`, writing into `output`.
    public func apply(_ input: Matrix, into output: inout Matrix) {
        output.resize(rows: input.rows, columns: input.columns)
        switch self {
        case .identity: transform(input, into: &output) { $0 }
        case .relu: transform(input, into: &output) { $0 > 0 ? $0 : 0 }
        default: transform(input, into: &output, self.callAsFunction)
        }
    }

    /// Multiplies `delta` element-wise by the derivative at `preActivation`, in place.
    public func multiplyByDerivative(_ delta: inout Matrix, at preActivation: Matrix) {
        precondition(delta.rows == preActivation.rows && delta.columns == preActivation.columns)
        switch self {
        case .identity:
            return
        case .relu:
            delta.elements.withUnsafeMutableBufferPointer { target in
                preActivation.elements.withUnsafeBufferPointer { source in
                    for index in target.indices where !(source[index] > 0) { target[index] = 0 }
                }
            }
        default:
            delta.elements.withUnsafeMutableBufferPointer { target in
                preActivation.elements.withUnsafeBufferPointer { source in
                    for index in target.indices { target[index] *= derivative(source[index]) }
                }
            }
        }
    }

    private func transform(_ input: Matrix, into output: inout Matrix, _ function: (Double) -> Double) {
        output.elements.withUnsafeMutableBufferPointer { target in
            input.elements.withUnsafeBufferPointer { source in
                for index in source.indices { target[index] = function(source[index]) }
            }
        }
    }

    private static func logistic(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }
}
