import ArgumentParser
import Foundation
import NetEngine

/// Runs the engine on the workloads of `shared/bench/peer_mlp.py` and prints one JSON object.
@main
struct EngineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine-bench",
        abstract: "Benchmark the network engine on the same work as peer_mlp.py.",
        subcommands: [DigitsMLPBenchmark.self, WideBenchmark.self])
}

/// Options every workload takes.
struct SharedOptions: ParsableArguments {
    @Option(help: "Threads for the engine's matrix products.")
    var threads: Int = 1

    func validate() throws {
        guard (1...64).contains(threads) else {
            throw ValidationError("--threads must be between 1 and 64, got \(threads)")
        }
    }
}

/// Prints `fields`, with the kernel that ran, as one JSON object with sorted keys.
func printJSON(_ fields: [String: Any]) throws {
    var fields = fields
    fields["kernel"] = matrixKernelName
    let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
    print(String(decoding: data, as: UTF8.self))
}

/// The median of `values` (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Seconds elapsed since `start` on the monotonic clock.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}
