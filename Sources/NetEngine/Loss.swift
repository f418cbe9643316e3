import Foundation

/// A training loss over a batch of outputs (one row per example) and targets of the same shape.
public enum Loss: Hashable, Sendable {
    /// Mean over all elements of (output − target)².
    case meanSquaredError
    /// Mean over all elements of the binary cross-entropy of σ(output) against targets in [0, 1],
    /// computed from the logits without overflow.
    case binaryCrossEntropyWithLogits
    /// Mean over rows of −Σⱼ targetⱼ · log softmax(output)ⱼ, with a stable log-sum-exp
    /// (targets are one-hot rows or any distribution).
    case softmaxCrossEntropy

    /// The loss value.
    public func value(output: Matrix, targets: Matrix) -> Double {
        valueAndGradient(output: output, targets: targets).value
    }

    /// The loss value and ∂loss/∂output.
    public func valueAndGradient(output: Matrix, targets: Matrix) -> (value: Double, gradient: Matrix) {
        var gradient = Matrix.empty
        let value = valueAndGradient(output: output, targets: targets, into: &gradient)
        return (value, gradient)
    }

    /// The loss value; writes ∂loss/∂output into `gradient`, reusing its storage.
    public func valueAndGradient(output: Matrix, targets: Matrix, into gradient: inout Matrix) -> Double {
        precondition(
            output.rows == targets.rows && output.columns == targets.columns,
            "output \(output.shape) and targets \(targets.shape) differ in shape")
        switch self {
        case .meanSquaredError:
            let count = Double(output.elements.count)
            var total = 0.0
            output.combined(with: targets, into: &gradient) { value, target in
                let difference = value - target
                total += difference * difference
                return 2 * difference / count
            }
            return total / count
        case .binaryCrossEntropyWithLogits:
            let count = Double(output.elements.count)
            var total = 0.0
            output.combined(with: targets, into: &gradient) { logit, target in
                total += max(logit, 0) - logit * target + log1p(exp(-abs(logit)))
                return (Activation.sigmoid(logit) - target) / count
            }
            return total / count
        case .softmaxCrossEntropy:
            gradient.resize(rows: output.rows, columns: output.columns)
            return softmaxCrossEntropy(output: output, targets: targets, gradient: &gradient)
        }
    }

    private func softmaxCrossEntropy(output: Matrix, targets: Matrix, gradient: inout Matrix) -> Double {
        var total = 0.0
        let (batch, width) = (Double(output.rows), output.columns)
        output.elements.withUnsafeBufferPointer { logits in
            targets.elements.withUnsafeBufferPointer { target in
                gradient.elements.withUnsafeMutableBufferPointer { result in
                    for row in 0..<output.rows {
                        let offset = row * width
                        var largest = -Double.infinity
                        for column in 0..<width { largest = max(largest, logits[offset + column]) }
                        // The exponentials go into the gradient's row first, then become probabilities.
                        var sum = 0.0
                        for column in 0..<width {
                            let exponential = exp(logits[offset + column] - largest)
                            result[offset + column] = exponential
                            sum += exponential
                        }
                        let logSum = log(sum)
                        for column in 0..<width {
                            let t = target[offset + column]
                            if t != 0 { total += t * (logSum - (logits[offset + column] - largest)) }
                            result[offset + column] = (result[offset + column] / sum - t) / batch
                        }
                    }
                }
            }
        }
        return total / batch
    }
}

/// Softmax of each row, computed stably.
public func softmaxRows(_ logits: Matrix) -> Matrix {
    var result = logits
    for row in 0..<logits.rows {
        let values = logits.row(row)
        let largest = values.max() ?? 0
        let exponentials = values.map { exp($0 - largest) }
        let sum = exponentials.reduce(0, +)
        for column in 0..<logits.columns { result[row, column] = exponentials[column] / sum }
    }
    return result
}

/// One-hot rows for integer labels in `0..<classes`.
public func oneHot(_ labels: [Int], classes: Int) -> Matrix {
    var matrix = Matrix(rows: labels.count, columns: classes)
    for (row, label) in labels.enumerated() { matrix[row, label] = 1 }
    return matrix
}

/// The index of the largest value in each row (the first one on ties).
public func argmaxRows(_ matrix: Matrix) -> [Int] {
    (0..<matrix.rows).map { row in
        var best = 0
        for column in 1..<max(matrix.columns, 1) where matrix[row, column] > matrix[row, best] { best = column }
        return best
    }
}
