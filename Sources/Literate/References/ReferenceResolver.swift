import Experiments
import Foundation

/// Resolves `{{ id.path | format }}` against the results of a chapter's experiments.
struct ReferenceResolver {
    /// Each experiment's results with `parameters`, by id.
    var results: [String: ResultValue]
    /// Suggestion candidates per id, listed once however many references fail.
    private let candidates = CandidateCache()

    /// A resolver over each experiment's results (with `parameters`), by id.
    init(results: [String: ResultValue]) {
        self.results = results
    }

    /// The text a reference stands for, or why it cannot be resolved.
    func text(for reference: Reference) -> Result<String, ReferenceResolutionError> {
        guard let values = results[reference.id] else {
            return .failure(
                ReferenceResolutionError(message: "no experiment with id '\(reference.id)' in this chapter"))
        }
        let pathText = reference.path.joined(separator: ".")
        if let style = reference.spread { return spreadText(reference, style: style, in: values) }
        guard let value = values.value(at: reference.path) else {
            let known = candidates.paths(of: reference.id, in: values)
            return .failure(
                ReferenceResolutionError(
                    message: "'\(reference.id)' has no result '\(pathText)'",
                    notes: candidates.notes(for: pathText, of: reference.id, in: known)))
        }
        switch value {
        case .number(let number):
            guard number.isFinite else {
                return .failure(
                    ReferenceResolutionError(
                        message:
                            "'\(reference.id).\(pathText)' is \(number.isNaN ? "NaN" : number > 0 ? "+∞" : "−∞"), not a finite number; the page will not print it"
                    ))
            }
            return .success(reference.format.string(number))
        case .string(let string): return .success(string)
        case .boolean(let flag): return .success(flag ? "true" : "false")
        case .array(let elements):
            return .failure(
                ReferenceResolutionError(
                    message:
                        "'\(reference.id).\(pathText)' is an array of \(elements.count); add an index such as '\(pathText).0'"
                ))
        case .object(let fields):
            return .failure(
                ReferenceResolutionError(
                    message:
                        "'\(reference.id).\(pathText)' holds several values; name one of: \(fields.keys.sorted().joined(separator: ", "))"
                ))
        }
    }

    /// `| spread` and `| range`: the statistics of a plain path over the seeds.
    private func spreadText(_ reference: Reference, style: SpreadStyle, in values: ResultValue) -> Result<
        String, ReferenceResolutionError
    > {
        let statistic = { (name: String) in values.value(at: [name] + reference.path)?.number }
        let full = "'\(reference.id).\(reference.path.joined(separator: "."))'"
        guard let count = values.value(at: ["seeds"])?.elements?.count else {
            return .failure(
                ReferenceResolutionError(message: "\(full) has one seed; '| \(style.rawValue)' needs several"))
        }
        guard let mean = statistic("mean"), let deviation = statistic("sd"), let low = statistic("min"),
            let high = statistic("max")
        else {
            return .failure(ReferenceResolutionError(message: "\(full) is not one number on every seed"))
        }
        guard [mean, deviation, low, high].allSatisfy(\.isFinite) else {
            return .failure(
                ReferenceResolutionError(
                    message: "\(full) is not a finite number on every seed; the page will not print it"))
        }
        let spread = SeedSpread(mean: mean, standardDeviation: deviation, minimum: low, maximum: high, count: count)
        return .success(spread.text(style, format: reference.format))
    }

    /// `text` with every reference replaced by its value (unresolvable ones left as written).
    func substitute(_ text: String) -> String {
        let items = ReferenceScanner.scan(text)
        guard !items.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for item in items.reversed() {
            guard case .reference(let reference, let range) = item, case .success(let value) = self.text(for: reference)
            else { continue }
            bytes.replaceSubrange(range, with: Array(value.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension ReferenceResolver {
    /// `text` with every reference replaced by its value; a reference to one of `marked` (ids of
    /// experiments a reader can explore) is wrapped in a span the page script updates, keyed by
    /// the reference as written.
    func pieces(_ text: String, marking marked: Set<String>) -> [ProsePiece] {
        let items = ReferenceScanner.scan(text)
        guard !marked.isEmpty,
            items.contains(where: {
                if case .reference(let reference, _) = $0 { marked.contains(reference.id) } else { false }
            })
        else { return [.text(substitute(text))] }
        let bytes = Array(text.utf8)
        var pieces: [ProsePiece] = []
        var start = 0
        for item in items {
            guard case .reference(let reference, let range) = item, case .success(let value) = self.text(for: reference)
            else { continue }
            pieces.append(.text(String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)))
            if marked.contains(reference.id) {
                pieces += [.html(Self.openingSpan(for: reference)), .text(value), .html("</span>")]
            } else {
                pieces.append(.text(value))
            }
            start = range.upperBound
        }
        pieces.append(.text(String(decoding: bytes[start...], as: UTF8.self)))
        return pieces.filter { $0 != .text("") }
    }

    /// The key a page uses for a reference: its text as written, without the braces.
    static func key(of reference: Reference) -> String { reference.source.trimmingCharacters(in: .whitespaces) }

    private static func openingSpan(for reference: Reference) -> String {
        "<span class=\"ref\" data-ref=\"\(escapeHTML(key(of: reference)))\">"
    }

    /// A caption with its references replaced and `\{{` shown as `{{`.
    func substituteCaption(_ caption: String) -> String {
        LiteralText.withEscapesProtected(caption, substitute)
    }
}

/// The leaf paths of each experiment's results (results first, then parameters), computed on
/// first use.
private final class CandidateCache {
    private var byID: [String: [String]] = [:]
    private var budget = Suggestions.Budget()

    func notes(for path: String, of id: String, in known: [String]) -> [String] {
        budget.notes(for: path, in: known, listing: "results", key: id + "." + path)
    }

    func paths(of id: String, in values: ResultValue) -> [String] {
        if let known = byID[id] { return known }
        let leaves = values.leafPaths
        let paths = leaves.filter { !$0.hasPrefix("parameters.") } + leaves.filter { $0.hasPrefix("parameters.") }
        byID[id] = paths
        return paths
    }
}

struct ReferenceResolutionError: Error {
    var message: String
    var notes: [String] = []
}
