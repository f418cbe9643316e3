/// Part of the rendered form of a prose text run: text (escaped when written) or raw HTML.
enum ProsePiece: Sendable, Equatable {
    /// Text, escaped by the renderer.
    case text(String)
    /// HTML written as is (a wrapper around a reference the page may update).
    case html(String)
}
