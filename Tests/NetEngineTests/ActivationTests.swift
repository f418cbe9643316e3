import Foundation
import Testing

@testable import NetEngine

let allActivations: [Activation] = [
    .identity, .relu, .leakyReLU(slope: 0.01), .sigmoid, .tanh, .softplus, .gelu, .eluDefault,
    .elu(alpha: 0.5), .polynomial(coefficients: [1, -2, 0.5, 0.25]),
]

@Suite struct ActivationTests {
    @Test func knownValues() {
        #expect(Activation.relu(-2) == 0 && Activation.relu(3) == 3)
        #expect(Activation.relu.derivative(0) == 0)
        #expect(Activation.leakyReLU(slope: 0.1)(-2) == -0.2)
        #expect(Activation.sigmoid(0) == 0.5)
        #expect(Activation.sigmoid.derivative(0) == 0.25)
        #expect(abs(Activation.tanh(1) - 0.7615941559557649) < 1e-15)
        #expect(abs(Activation.softplus(0) - log(2)) < 1e-15)
        #expect(abs(Activation.gelu(1) - 0.8413447460685429) < 1e-15)
        #expect(abs(Activation.eluDefault(-1) - (exp(-1) - 1)) < 1e-15)
        #expect(Activation.polynomial(coefficients: [42, 0, 2])(3) == 60)
    }

    @Test func tailsDoNotOverflow() {
        for activation in [Activation.sigmoid, .softplus, .tanh, .gelu, .eluDefault] {
            for z in [-1000.0, 1000.0] {
                #expect(activation(z).isFinite, "\(activation.name)(\(z))")
                #expect(activation.derivative(z).isFinite, "\(activation.name)'(\(z))")
            }
        }
        #expect(Activation.sigmoid(1000) == 1 && Activation.sigmoid(-1000) == 0)
        #expect(Activation.softplus(1000) == 1000 && Activation.softplus(-1000) == 0)
    }

    @Test(arguments: allActivations)
    func derivativeMatchesCentralDifferences(activation: Activation) {
        let h = 1e-6
        for z in stride(from: -3.05, through: 3.0, by: 0.1) {
            let numeric = (activation(z + h) - activation(z - h)) / (2 * h)
            let error = abs(numeric - activation.derivative(z)) / max(1, abs(numeric))
            #expect(error < 1e-7, "\(activation.name)'(\(z)): \(activation.derivative(z)) vs \(numeric)")
        }
    }

    /// 1 − tanh² and s(1 − s) cancel in the tails; the derivatives keep their relative accuracy.
    /// Reference values computed with 50-digit arithmetic (mpmath).
    @Test(arguments: [
        (0.0, 1.0, 0.25),
        (2.0, 0.070650824853164465686, 0.10499358540350651735),
        (10.0, 8.2446144557673973746e-9, 0.000045395807735951671032),
        (20.0, 1.6993417021166355837e-17, 2.0611536139418493437e-9),
        (40.0, 7.2194055513816606602e-35, 4.2483542552915889592e-18),
    ])
    func tailDerivativesKeepRelativeAccuracy(z: Double, tanhSlope: Double, sigmoidSlope: Double) {
        for sign in [1.0, -1.0] {
            let tanhError = abs(Activation.tanh.derivative(sign * z) - tanhSlope) / tanhSlope
            let sigmoidError = abs(Activation.sigmoid.derivative(sign * z) - sigmoidSlope) / sigmoidSlope
            #expect(tanhError < 1e-14, "tanh′(\(sign * z)) = \(Activation.tanh.derivative(sign * z))")
            #expect(sigmoidError < 1e-14, "σ′(\(sign * z)) = \(Activation.sigmoid.derivative(sign * z))")
        }
    }

    @Test func sigmoidDerivativeNeverExceedsAQuarter() {
        let largest = stride(from: -10.0, through: 10.0, by: 0.001).map(Activation.sigmoid.derivative).max()
        #expect(largest.map { $0 <= 0.25 } == true)
    }
}
