import Experiments
import Synchronization

/// Rendered experiment blocks kept for the life of a process (`course serve`), so that a rebuild
/// after a prose edit draws no figure again. A block is keyed by everything it is made from: the
/// page, the figure numbers, the directive's kind, parameters and seeds (which, in one process,
/// determine its runs), its options as resolved on the page, and its explore controls.
public final class RenderedBlocks: Sendable {
    private let blocks = Mutex([String: String]())

    /// At most this many blocks are kept; past it the memory starts again empty.
    static let capacity = 4_096

    /// An empty memory.
    public init() {}

    /// The block for `key`, rendered by `render` the first time.
    func block(for key: String, render: () -> String) -> String {
        if let kept = blocks.withLock({ $0[key] }) { return kept }
        let html = render()
        blocks.withLock { blocks in
            if blocks.count >= Self.capacity { blocks = [:] }
            blocks[key] = html
        }
        return html
    }

    /// The key of `html`'s block on the page of chapter `slug`.
    static func key(of html: FigureHTML, slug: String) -> String {
        let directive = html.directive
        let captions = directive.figureCaptions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let parts: [String] = [
            slug, String(html.firstNumber), directive.id, directive.kind.name,
            JSONText.render(directive.parameters.resultValue),
            directive.runSeeds.map(String.init).joined(separator: ","), directive.show.joined(separator: ","),
            directive.caption, captions.joined(separator: "\u{1}"), html.setting ?? "", html.controls ?? "",
            html.failedClaims.map { "\($0.failingRun ?? -1):\($0.explanation)" }.joined(separator: "\u{1}"),
            html.sharedAxes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.xs);\($0.value.ys)" }
                .joined(separator: "\u{1}"),
        ]
        return parts.joined(separator: "\u{0}")
    }
}
