import Experiments
import Foundation
import Synchronization
import Testing

/// Every kind calls its run control between steps, so a run can be stopped early.
@Suite struct RunControlTests {
    struct Stopped: Error {}

    /// Counts checkpoint calls.
    final class Calls: Sendable {
        private let count = Atomic<Int>(0)
        var value: Int { count.load(ordering: .relaxed) }
        func add() { count.add(1, ordering: .relaxed) }
    }

    @Test(arguments: experimentKinds.map(\.name))
    func everyKindStopsAtItsFirstCheckpoint(name: String) throws {
        let kind = try #require(experimentKind(named: name))
        let calls = Calls()
        let control = RunControl {
            calls.add()
            throw Stopped()
        }
        #expect(throws: Stopped.self) {
            try kind.run(ParameterValues(defaultsOf: kind.parameters), seed: 1, control: control)
        }
        #expect(calls.value == 1)
    }

    @Test func trainingChecksBeforeEveryStep() throws {
        let kind = try #require(experimentKind(named: "feature-growth"))
        let parameters = ParameterValues(defaultsOf: kind.parameters)
        let calls = Calls()
        _ = try kind.run(parameters, seed: 1, control: RunControl { calls.add() })
        let steps = parameters.integer("epochs") * ((parameters.integer("samples") + 31) / 32)
        #expect(calls.value >= steps)
    }
}
