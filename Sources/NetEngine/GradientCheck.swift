/// Compares backpropagation with central finite differences.
public struct GradientCheck: Sendable {
    /// The step h in (L(p + h) − L(p − h)) / 2h.
    public var step: Double
    /// Gradients smaller than this are compared absolutely: the relative error's denominator is
    /// max(|analytic|, |numeric|, floor), since finite differences carry an absolute error of
    /// about h² plus rounding / h.
    public var floor: Double

    /// A checker with step `step` and relative-error floor `floor`.
    public init(step: Double = 1e-5, floor: Double = 1e-3) {
        self.step = step
        self.floor = floor
    }

    /// The worst disagreement found, and where.
    public struct Report: Sendable {
        /// max over parameters of |analytic − numeric| / max(|analytic|, |numeric|, floor).
        public var maxRelativeError: Double
        /// Index into ``Network/parameters`` of the worst parameter.
        public var parameterIndex: Int
        /// Element index within that parameter.
        public var elementIndex: Int
    }

    /// Checks every parameter of `network` on one batch.
    public func check(_ network: Network, inputs: Matrix, targets: Matrix, loss: Loss) -> Report {
        let trace = network.forward(inputs)
        let outputGradient = loss.valueAndGradient(output: trace.output, targets: targets).gradient
        let analytic = network.backward(trace, outputGradient: outputGradient).parameters
        return compare(analytic, with: network, inputs: inputs, targets: targets, loss: loss)
    }

    /// Compares the given gradients (one per parameter) with finite differences of `network`'s loss.
    public func compare(
        _ analytic: [Matrix], with network: Network, inputs: Matrix, targets: Matrix, loss: Loss
    ) -> Report {
        var report = Report(maxRelativeError: 0, parameterIndex: 0, elementIndex: 0)
        for (parameterIndex, gradient) in analytic.enumerated() {
            for elementIndex in gradient.elements.indices {
                func lossAfterShift(_ shift: Double) -> Double {
                    var shifted = network
                    shifted.updateParameters(with: analytic) { slot, parameter, _ in
                        if slot == parameterIndex { parameter[elementIndex] += shift }
                    }
                    return loss.value(output: shifted(inputs), targets: targets)
                }
                let numeric = (lossAfterShift(step) - lossAfterShift(-step)) / (2 * step)
                let exact = gradient.elements[elementIndex]
                let error = abs(exact - numeric) / max(abs(exact), abs(numeric), floor)
                if error > report.maxRelativeError || error.isNaN {
                    report = Report(maxRelativeError: error, parameterIndex: parameterIndex, elementIndex: elementIndex)
                }
            }
        }
        return report
    }
}
