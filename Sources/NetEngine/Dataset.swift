/// Examples for training or evaluation: one input row and one target row each.
public struct Dataset: Sendable {
    /// One example per row.
    public var inputs: Matrix
    /// One target per row: one-hot rows for classification, values for regression.
    public var targets: Matrix
    /// Class labels for classification data (empty for regression).
    public var labels: [Int]

    /// A data set from inputs and targets with the same number of rows.
    public init(inputs: Matrix, targets: Matrix, labels: [Int] = []) {
        precondition(inputs.rows == targets.rows, "inputs have \(inputs.rows) rows, targets \(targets.rows)")
        precondition(labels.isEmpty || labels.count == inputs.rows, "need one label per row")
        self.inputs = inputs
        self.targets = targets
        self.labels = labels
    }

    /// A classification data set with one-hot targets over `classes`.
    public init(inputs: Matrix, labels: [Int], classes: Int) {
        self.init(inputs: inputs, targets: oneHot(labels, classes: classes), labels: labels)
    }

    /// Number of examples.
    public var count: Int { inputs.rows }

    /// The examples at `indices`, in that order.
    public func subset<Indices: Collection<Int>>(_ indices: Indices) -> Dataset {
        Dataset(
            inputs: inputs.selectingRows(indices), targets: targets.selectingRows(indices),
            labels: labels.isEmpty ? [] : indices.map { labels[$0] })
    }

    /// The same examples with `transform` applied to the inputs.
    public func mappingInputs(_ transform: (Matrix) -> Matrix) -> Dataset {
        Dataset(inputs: transform(inputs), targets: targets, labels: labels)
    }
}
