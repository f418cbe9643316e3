/// The two moves that swap a new site in; tests replace them to reach the fallback and its rollback.
struct FolderMoves: Sendable {
    /// Swaps two folders atomically; false where the system cannot.
    var exchange: @Sendable (_ first: String, _ second: String) throws(FileSystemError) -> Bool
    /// Renames `source` to `target`.
    var rename: @Sendable (_ source: String, _ target: String) throws(FileSystemError) -> Void

    /// The system's `renameat2(RENAME_EXCHANGE)` and `rename`.
    static let system = FolderMoves(
        exchange: { first, second throws(FileSystemError) in try FileSystem.exchange(first, second) },
        rename: { source, target throws(FileSystemError) in try FileSystem.rename(source, to: target) })
}
