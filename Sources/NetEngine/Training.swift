/// How ``train(_:on:loss:optimizer:options:observer:)`` walks through the data.
public struct TrainingOptions: Sendable {
    /// Passes over the data.
    public var epochs: Int
    /// Examples per step; the last batch of an epoch may be smaller.
    public var batchSize: Int
    /// When set, the examples are reshuffled every epoch by a generator seeded with this value;
    /// otherwise they are taken in order.
    public var shuffleSeed: UInt64?

    /// Options for `epochs` passes in batches of `batchSize`.
    public init(epochs: Int, batchSize: Int, shuffleSeed: UInt64? = nil) {
        precondition(epochs >= 0 && batchSize >= 1, "need epochs ≥ 0 and a batch size ≥ 1")
        self.epochs = epochs
        self.batchSize = batchSize
        self.shuffleSeed = shuffleSeed
    }
}

/// What the observer hears after each epoch.
public struct EpochReport: Sendable {
    /// 1 for the first epoch.
    public var epoch: Int
    /// The mean of the batch losses seen during the epoch, weighted by batch size.
    public var meanBatchLoss: Double
}

/// Trains `network` by minibatch steps of `optimizer` on `loss`, calling `observer` after each epoch.
public func train<O: Optimizer>(
    _ network: inout Network, on data: Dataset, loss: Loss, optimizer: inout O,
    options: TrainingOptions, observer: (EpochReport, Network) -> Void = { _, _ in }
) {
    train(&network, on: data, loss: loss, optimizer: &optimizer, options: options, checkpoint: {}, observer: observer)
}

/// Trains like ``train(_:on:loss:optimizer:options:observer:)``, calling `checkpoint` before each
/// step: it stops the training by throwing.
public func train<O: Optimizer>(
    _ network: inout Network, on data: Dataset, loss: Loss, optimizer: inout O,
    options: TrainingOptions, checkpoint: () throws -> Void, observer: (EpochReport, Network) -> Void = { _, _ in }
) rethrows {
    var shuffler = options.shuffleSeed.map(SeededGenerator.init(seed:))
    var workspace = TrainingWorkspace()
    let batchesInOrder = shuffler == nil ? batches(data, order: Array(0..<data.count), size: options.batchSize) : []
    for epoch in stride(from: 1, through: options.epochs, by: 1) {
        var epochBatches = batchesInOrder
        if var generator = shuffler {
            epochBatches = batches(data, order: generator.permutation(data.count), size: options.batchSize)
            shuffler = generator
        }
        var total = 0.0
        for batch in epochBatches {
            try checkpoint()
            total +=
                trainingStep(&network, batch: batch, loss: loss, optimizer: &optimizer, workspace: &workspace)
                * Double(batch.count)
        }
        observer(EpochReport(epoch: epoch, meanBatchLoss: total / Double(max(data.count, 1))), network)
    }
}

/// The buffers one training loop reuses from step to step (the forward trace, the loss gradient
/// and the parameter gradients), so that repeated steps allocate no large matrices.
public struct TrainingWorkspace: Sendable {
    var trace = Trace(input: .empty, layers: [])
    var outputGradient = Matrix.empty
    var gradients = Gradients(parameters: [], deltas: [])

    /// Empty buffers; the first step sizes them.
    public init() {}
}

/// One forward, backward and update on `batch`; returns the batch loss before the update.
@discardableResult
public func trainingStep<O: Optimizer>(
    _ network: inout Network, batch: Dataset, loss: Loss, optimizer: inout O
) -> Double {
    var workspace = TrainingWorkspace()
    return trainingStep(&network, batch: batch, loss: loss, optimizer: &optimizer, workspace: &workspace)
}

/// One training step that reuses `workspace`'s buffers (pass the same workspace to every step).
@discardableResult
public func trainingStep<O: Optimizer>(
    _ network: inout Network, batch: Dataset, loss: Loss, optimizer: inout O, workspace: inout TrainingWorkspace
) -> Double {
    network.forward(batch.inputs, into: &workspace.trace)
    let value = loss.valueAndGradient(
        output: workspace.trace.output, targets: batch.targets, into: &workspace.outputGradient)
    network.backward(workspace.trace, outputGradient: workspace.outputGradient, into: &workspace.gradients)
    optimizer.step(&network, gradients: workspace.gradients.parameters)
    return value
}

/// The share of rows whose largest output is at the row's label.
public func accuracy(of network: Network, on data: Dataset) -> Double {
    guard data.count > 0 else { return 0 }
    let predictions = argmaxRows(network(data.inputs))
    return Double(zip(predictions, data.labels).filter { $0 == $1 }.count) / Double(data.count)
}

private func batches(_ data: Dataset, order: [Int], size: Int) -> [Dataset] {
    stride(from: 0, to: order.count, by: size).map { start in
        data.subset(order[start..<min(start + size, order.count)])
    }
}
