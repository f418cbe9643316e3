import Dispatch

/// A raw view of a `Double` buffer that threads may share while each writes only its own part.
///
/// This and ``SharedReadBuffer`` are the engine's only `@unchecked Sendable` types, both in this
/// file. They are sound because every user splits the buffer into disjoint row ranges
/// (``forEachChunk(of:threads:_:)``) and no thread reads what another writes; the buffers outlive
/// the call because `forEachChunk` returns only when every chunk is done.
struct SharedBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}

/// A read-only raw view of a `Double` buffer, shareable across the threads of one call (nothing
/// writes it while they run).
struct SharedReadBuffer: @unchecked Sendable {
    let base: UnsafePointer<Double>
}

/// Runs `body` over `0..<count` split into at most `threads` contiguous chunks, in parallel.
///
/// The split depends only on `count` and `threads`, and each index is handled by exactly one
/// chunk, so a body that computes each index on its own gives bit-identical results for any
/// thread count.
func forEachChunk(of count: Int, threads: Int, _ body: @Sendable (Range<Int>) -> Void) {
    let chunks = max(1, min(threads, count))
    if chunks == 1 {
        body(0..<count)
        return
    }
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let start = count * chunk / chunks
        let end = count * (chunk + 1) / chunks
        body(start..<end)
    }
}
