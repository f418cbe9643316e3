import Experiments

/// A reference and where it is written.
public struct LocatedReference: Sendable {
    /// The reference.
    public var reference: Reference
    /// Where its `{{` is.
    public var location: SourceLocation
}

/// A chapter read and validated, ready to run.
public struct ParsedChapter: Sendable {
    /// The file.
    public var file: ChapterFile
    /// Title, summary, draft flag.
    public var frontMatter: FrontMatter
    /// The Markdown body, front matter lines blanked so line numbers are the file's.
    public var body: String
    /// Its experiments, in order.
    public var directives: [ExperimentDirective]
    /// Its references, in order: the prose's, then the captions'.
    public var references: [LocatedReference]
    /// How many of `references` are in the prose (the rest are in captions).
    public var proseReferenceCount = 0

    /// The page keys of the prose's references (``ReferenceResolver/key(of:)``).
    var proseReferenceKeys: [String] {
        references.prefix(proseReferenceCount).map { ReferenceResolver.key(of: $0.reference) }
    }
}

/// Reads a chapter file and validates everything that can be checked without running.
public enum ChapterParser {
    /// Experiments one chapter may hold (the course's chapters hold a few each).
    public static let maximumDirectives = 64

    /// The parsed chapter, or every problem found (errors are collected, not just the first).
    public static func parse(_ file: ChapterFile) -> Result<ParsedChapter, DiagnosticsError> {
        switch SourceText.read(file.path) {
        case .failure(let diagnostic): return .failure(DiagnosticsError([diagnostic]))
        case .success(let text): return parse(text, file: file)
        }
    }

    /// Parses chapter `text` as if read from `file`.
    public static func parse(_ text: String, file: ChapterFile) -> Result<ParsedChapter, DiagnosticsError> {
        let (frontMatter, body, frontMatterDiagnostics) = FrontMatterParser.split(text, path: file.path)
        var diagnostics = frontMatterDiagnostics
        if LiteralText.placeholder(absentFrom: body) == nil {
            diagnostics.append(
                .error(
                    SourceLocation(file: file.path, line: 1, column: 1),
                    "the chapter holds every private-use character (U+E000–U+F8FF); remove some"))
        }
        let scan = CommonMark.scan(body)

        var directives: [ExperimentDirective] = []
        var directivesByID: [String: ExperimentDirective] = [:]
        var unreadableIDs: Set<String> = []
        var ordinals: [String: Int] = [:]
        if scan.directives.count > maximumDirectives {
            let block = scan.directives[maximumDirectives]
            diagnostics.append(
                .error(
                    SourceLocation(file: file.path, line: block.line, column: block.column),
                    "a chapter holds at most \(maximumDirectives) experiments; this is number \(maximumDirectives + 1)",
                    notes: ["split the chapter"]))
        }
        for block in scan.directives.prefix(maximumDirectives) {
            let result = DirectiveParser.parse(block, file: file.path) { kind in
                ordinals[kind, default: 0] += 1
                return ordinals[kind]!
            }
            switch result {
            case .failure(let failure):
                diagnostics += failure.diagnostics
                if let id = failure.id { unreadableIDs.insert(id) }
            case .success(let directive):
                if let twin = directivesByID[directive.id] {
                    diagnostics.append(
                        .error(
                            directive.optionLocations["id"] ?? directive.location,
                            "duplicate experiment id '\(directive.id)'", notes: ["first used at \(twin.location)"]))
                } else {
                    directives.append(directive)
                    directivesByID[directive.id] = directive
                }
            }
        }

        for span in scan.math {
            guard case .failure(let failure) = TeXMath.convert(span.tex, display: span.display) else { continue }
            let before = span.tex.utf8.prefix(failure.offset)
            let lines = before.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let column = lines.count > 1 ? (lines.last?.count ?? 0) + 1 : span.column + failure.offset
            diagnostics.append(
                .error(
                    SourceLocation(file: file.path, line: span.line + lines.count - 1, column: column),
                    failure.message))
        }

        var references: [LocatedReference] = []
        for run in scan.textRuns {
            for item in ReferenceScanner.scan(run.text) {
                switch item {
                case .reference(let reference, let range):
                    let location = SourceLocation(
                        file: file.path, line: run.line, column: run.column + range.lowerBound)
                    references.append(LocatedReference(reference: reference, location: location))
                case .problem(let message, let offset):
                    diagnostics.append(
                        .error(SourceLocation(file: file.path, line: run.line, column: run.column + offset), message))
                }
            }
        }
        let proseReferenceCount = references.count
        for directive in directives {
            for (option, text) in directive.captionsByOption {
                guard let start = directive.optionLocations[option] else { continue }
                let exact = !text.contains("\n")
                for item in LiteralText.scan(text) {
                    switch item {
                    case .reference(let reference, let range):
                        var location = start
                        if exact { location.column += range.lowerBound }
                        references.append(LocatedReference(reference: reference, location: location))
                    case .problem(let message, let offset):
                        var location = start
                        if exact { location.column += offset }
                        diagnostics.append(.error(location, message))
                    }
                }
            }
        }
        diagnostics += checkReferenceTargets(
            references.filter { !unreadableIDs.contains($0.reference.id) }, directives: directivesByID)
        diagnostics += checkClaimTargets(directives)

        guard let frontMatter, !diagnostics.hasErrors else {
            return .failure(DiagnosticsError(diagnostics.sorted { $0.location < $1.location }))
        }
        return .success(
            ParsedChapter(
                file: file, frontMatter: frontMatter, body: body, directives: directives, references: references,
                proseReferenceCount: proseReferenceCount))
    }

    /// References must name an experiment of this chapter and one value it produces (or one of
    /// its parameters).
    private static func checkReferenceTargets(
        _ references: [LocatedReference], directives: [String: ExperimentDirective]
    ) -> [Diagnostic] {
        let ids = directives.keys.sorted()
        var budget = Suggestions.Budget()
        return references.compactMap { located in
            let reference = located.reference
            guard let directive = directives[reference.id] else {
                return .error(
                    located.location, "no experiment with id '\(reference.id)' in this chapter",
                    notes: budget.notes(for: reference.id, in: ids, listing: "ids"))
            }
            guard
                let problem = ResultPathCheck.problem(
                    reference.path, of: directive, need: .value, use: .reference(reference.spread), budget: &budget)
            else { return nil }
            return .error(located.location, problem.message, notes: problem.notes)
        }
    }

    /// Claims must name results their experiment produces, of the shape their condition needs.
    private static func checkClaimTargets(_ directives: [ExperimentDirective]) -> [Diagnostic] {
        var budget = Suggestions.Budget()
        var diagnostics: [Diagnostic] = []
        for directive in directives {
            for claim in directive.claims {
                let need: ResultPathCheck.Need =
                    switch claim.condition {
                    case .all, .nonincreasing, .nondecreasing: .array
                    default: .value
                    }
                let uses = [(claim.path, need)] + claim.condition.paths.map { ($0, ResultPathCheck.Need.value) }
                for (path, need) in uses {
                    guard
                        let problem = ResultPathCheck.problem(
                            path, of: directive, need: need, use: .claim, budget: &budget)
                    else {
                        continue
                    }
                    diagnostics.append(.error(claim.location, problem.message, notes: problem.notes))
                    break
                }
            }
        }
        return diagnostics
    }
}
