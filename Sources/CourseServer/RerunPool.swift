import CThreadName
import Experiments
import Foundation
import Synchronization

/// Runs reruns on threads of its own, never on Swift's cooperative pool (a long experiment must
/// not starve the server): at most `workers` at once, the rest queued up to `queueLimit`. Every
/// run has a time limit, and a newer request from the same page stops the older one, queued or
/// running: the run's checkpoint throws, so its thread is free for the next run at once.
public final class RerunPool: Sendable {
    /// Why a run stopped before its end.
    public enum Stop: Error, Sendable, Equatable {
        /// A newer request from the same page replaced it.
        case replaced
        /// It ran longer than the time limit.
        case timedOut
        /// Its client went away.
        case abandoned
        /// The queue was full when it arrived.
        case queueFull
        /// The server is stopping.
        case closed
    }

    /// Runs at once.
    public let workers: Int
    /// How long one run may take.
    public let timeLimit: Duration
    /// Requests that may wait for a thread.
    public let queueLimit: Int

    private struct State {
        var queue: [Ticket] = []
        var latestByPage: [String: Ticket] = [:]
        var running = 0
        var closed = false
    }

    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)

    /// A pool of `workers` threads (by default one fewer than the cores, at least one).
    public init(
        workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1), timeLimit: Duration = .seconds(60),
        queueLimit: Int = 32
    ) {
        self.workers = max(1, workers)
        self.timeLimit = timeLimit
        self.queueLimit = queueLimit
        for index in 1...self.workers {
            let name = "course rerun \(index)"
            let thread = Thread { [self] in
                // Named from inside through pthreads: on Linux a new thread starts with its
                // creator's name, and Foundation's `Thread.name` set here can be lost in a race
                // with `start()`.
                _ = course_name_this_thread(name)
                workLoop()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    /// Runs `work` for `page` on one of the pool's threads and returns what it returns; throws
    /// ``Stop`` when the run was stopped, or what `work` threw.
    public func run(page: String, _ work: @escaping @Sendable (RunControl) throws -> Data) async throws -> Data {
        let ticket = Ticket(page: page, work: work)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                ticket.wait(with: continuation)
                enqueue(ticket)
            }
        } onCancel: {
            stop(ticket, .abandoned)
        }
    }

    /// Stops `page`'s run, waiting or running (the page went away); nothing if it has none.
    public func stop(page: String) {
        guard let ticket = state.withLock({ $0.latestByPage[page] }) else { return }
        stop(ticket, .abandoned)
    }

    /// How many runs are running and waiting.
    public var load: (running: Int, queued: Int) { state.withLock { ($0.running, $0.queue.count) } }

    /// Stops every run and lets the threads end.
    public func close() {
        let tickets = state.withLock { state -> [Ticket] in
            state.closed = true
            defer { state.queue = [] }
            return state.queue + Array(state.latestByPage.values)
        }
        for ticket in tickets { ticket.stop(.closed) }
        for _ in 0..<workers { available.signal() }
    }

    private func enqueue(_ ticket: Ticket) {
        let (refusal, replaced) = state.withLock { state -> (Stop?, Ticket?) in
            if state.closed { return (.closed, nil) }
            if state.queue.count >= queueLimit { return (.queueFull, nil) }
            let older = state.latestByPage.updateValue(ticket, forKey: ticket.page)
            if let older { state.queue.removeAll { $0 === older } }
            state.queue.append(ticket)
            return (nil, older)
        }
        replaced?.stop(.replaced)
        if let refusal { ticket.stop(refusal) } else { available.signal() }
    }

    private func stop(_ ticket: Ticket, _ reason: Stop) {
        state.withLock { state in
            state.queue.removeAll { $0 === ticket }
            if state.latestByPage[ticket.page] === ticket { state.latestByPage[ticket.page] = nil }
        }
        ticket.stop(reason)
    }

    private func workLoop() {
        while true {
            available.wait()
            let next = state.withLock { state -> Ticket?? in
                if state.closed { return .some(nil) }
                guard !state.queue.isEmpty else { return nil }
                state.running += 1
                return state.queue.removeFirst()
            }
            guard let next else { continue }
            guard let ticket = next else { return }
            ticket.start(deadline: .now + timeLimit)
            state.withLock { state in
                state.running -= 1
                if state.latestByPage[ticket.page] === ticket { state.latestByPage[ticket.page] = nil }
            }
        }
    }
}

/// One request's run: its work, whether it was stopped, and the caller waiting for it.
private final class Ticket: Sendable {
    let page: String
    private let work: @Sendable (RunControl) throws -> Data

    private struct State {
        var continuation: CheckedContinuation<Data, any Error>?
        var stopped: RerunPool.Stop?
        var deadline: ContinuousClock.Instant?
    }

    private let state = Mutex(State())

    init(page: String, work: @escaping @Sendable (RunControl) throws -> Data) {
        self.page = page
        self.work = work
    }

    /// Keeps `continuation` for the answer; a ticket stopped before it started answers at once.
    func wait(with continuation: CheckedContinuation<Data, any Error>) {
        let stopped = state.withLock { state -> RerunPool.Stop? in
            if state.stopped == nil { state.continuation = continuation }
            return state.stopped
        }
        if let stopped { continuation.resume(throwing: stopped) }
    }

    /// Runs the work on the current thread, unless it was stopped while it waited, and answers.
    func start(deadline: ContinuousClock.Instant) {
        let stopped = state.withLock { state -> RerunPool.Stop? in
            state.deadline = deadline
            return state.stopped
        }
        if let stopped {
            answer(.failure(stopped))
            return
        }
        let outcome = Result { try work(RunControl { [self] in try check() }) }
        answer(outcome)
    }

    /// Stops the run: a waiting one is answered now, a running one at its next checkpoint.
    func stop(_ reason: RerunPool.Stop) {
        let waiting = state.withLock { state -> Bool in
            if state.stopped == nil { state.stopped = reason }
            return state.deadline == nil
        }
        if waiting { answer(.failure(reason)) }
    }

    private func check() throws {
        let stopped = state.withLock { state -> RerunPool.Stop? in
            if state.stopped == nil, let deadline = state.deadline, ContinuousClock.now > deadline {
                state.stopped = .timedOut
            }
            return state.stopped
        }
        if let stopped { throw stopped }
    }

    /// Resumes the caller once; later answers are dropped.
    private func answer(_ outcome: Result<Data, any Error>) {
        let continuation = state.withLock { state in
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(with: outcome)
    }
}
