import CThreadName
import Experiments
import Foundation
import Synchronization
import Testing

@testable import CourseServer

/// The rerun pool: its own threads, one run per core at most, a newer request from a page stops
/// the older one and frees its thread, and every run has a time limit.
@Suite struct RerunPoolTests {
    /// Whether a run has started.
    final class Started: Sendable {
        private let flag = Atomic<Bool>(false)
        var value: Bool { flag.load(ordering: .acquiring) }
        func set() { flag.store(true, ordering: .releasing) }
    }

    /// Work that runs until it is stopped, noting that it started.
    static func endless(_ started: Started) -> @Sendable (RunControl) throws -> Data {
        { control in
            started.set()
            while true {
                try control.checkpoint()
                Thread.sleep(forTimeInterval: 0.001)
            }
        }
    }

    static func outcome(_ task: Task<Data, any Error>) async -> Result<Data, RerunPool.Stop> {
        do { return .success(try await task.value) } catch { return .failure(error as! RerunPool.Stop) }
    }

    @Test func aNewerRequestFromThePageStopsTheOlderOneAndFreesItsThread() async throws {
        let pool = RerunPool(workers: 1, timeLimit: .seconds(30))
        defer { pool.close() }
        let started = Started()
        let older = Task { try await pool.run(page: "p", Self.endless(started)) }
        for _ in 0..<200 where !started.value { try await Task.sleep(for: .milliseconds(5)) }
        #expect(pool.load == (1, 0))
        let clock = ContinuousClock()
        let begin = clock.now
        // With one thread, the newer run can only start once the older one has let go of it.
        let newer = Task { try await pool.run(page: "p") { _ in Data("done".utf8) } }
        #expect(await Self.outcome(older) == .failure(.replaced))
        #expect(try await newer.value == Data("done".utf8))
        #expect(clock.now - begin < .seconds(1))
        #expect(pool.load == (0, 0))
    }

    @Test func anotherPagesRequestWaitsItsTurn() async throws {
        let pool = RerunPool(workers: 1, timeLimit: .seconds(2))
        defer { pool.close() }
        let started = Started()
        let first = Task { try await pool.run(page: "a", Self.endless(started)) }
        for _ in 0..<200 where !started.value { try await Task.sleep(for: .milliseconds(5)) }
        let second = Task { try await pool.run(page: "b") { _ in Data("b".utf8) } }
        for _ in 0..<200 where pool.load.queued == 0 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(pool.load == (1, 1))
        #expect(await Self.outcome(first) == .failure(.timedOut))
        #expect(try await second.value == Data("b".utf8))
    }

    @Test func runsHappenOnThePoolsOwnThreads() async throws {
        let pool = RerunPool(workers: 1)
        defer { pool.close() }
        let name = try await pool.run(page: "p") { _ in
            var buffer = [CChar](repeating: 0, count: 16)
            _ = course_this_thread_name(&buffer, buffer.count)
            return Data(buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
        }
        #expect(String(decoding: name, as: UTF8.self) == "course rerun 1")
    }

    @Test func aFullQueueRefusesAndAStoppedPoolAnswersEveryone() async throws {
        let pool = RerunPool(workers: 1, timeLimit: .seconds(30), queueLimit: 1)
        let started = Started()
        let running = Task { try await pool.run(page: "a", Self.endless(started)) }
        for _ in 0..<200 where !started.value { try await Task.sleep(for: .milliseconds(5)) }
        let queued = Task { try await pool.run(page: "b") { _ in Data() } }
        for _ in 0..<200 where pool.load.queued == 0 { try await Task.sleep(for: .milliseconds(5)) }
        let refused = Task { try await pool.run(page: "c") { _ in Data() } }
        #expect(await Self.outcome(refused) == .failure(.queueFull))
        pool.close()
        #expect(await Self.outcome(running) == .failure(.closed))
        #expect(await Self.outcome(queued) == .failure(.closed))
    }

    @Test func aCancelledRequestStopsItsRun() async throws {
        let pool = RerunPool(workers: 1, timeLimit: .seconds(30))
        defer { pool.close() }
        let started = Started()
        let request = Task { try await pool.run(page: "p", Self.endless(started)) }
        for _ in 0..<200 where !started.value { try await Task.sleep(for: .milliseconds(5)) }
        request.cancel()
        #expect(await Self.outcome(request) == .failure(.abandoned))
        #expect(try await pool.run(page: "q") { _ in Data("free".utf8) } == Data("free".utf8))
    }
}
