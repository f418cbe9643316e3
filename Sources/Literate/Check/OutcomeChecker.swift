import Experiments

/// The check stage: pairs each run with its directive, evaluates the claims, and resolves every
/// reference against the results.
enum OutcomeChecker {
    /// The chapters' outcomes and every problem found. With `keepGoing`, claims whose numbers do
    /// not hold are warnings; everything else stays an error.
    static func check(
        _ chapters: [ParsedChapter], jobs: [ExperimentJob], results: [Result<ExperimentResult, ExperimentError>],
        keepGoing: Bool
    ) -> (outcomes: [ChapterOutcome], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var outcomes = chapters.map { ChapterOutcome(chapter: $0, experiments: []) }
        var start = 0
        while start < jobs.count {
            let (chapter, directive) = (jobs[start].chapter, jobs[start].directive)
            let end = start + directive.runSeeds.count
            var runs: [ExperimentResult] = []
            for (run, result) in results[start..<end].enumerated() {
                switch result {
                case .success(let result): runs.append(result)
                case .failure(let error):
                    let seed = directive.hasSeveralSeeds ? " on \(seedName(run, of: directive))" : ""
                    diagnostics.append(
                        .error(directive.location, "experiment '\(directive.id)' failed\(seed): \(error.description)"))
                }
            }
            start = end
            guard runs.count == directive.runSeeds.count else { continue }
            var outcome = ExperimentOutcome(directive: directive, runs: runs)
            outcome.claims = directive.claims.map { ClaimChecker.evaluate($0, on: outcome) }
            diagnostics += outcome.claims.filter { !$0.holds }.map {
                claimDiagnostic($0, of: directive, keepGoing: keepGoing)
            }
            diagnostics += captionDiagnostics(directive, figures: runs[0].figures.map(\.name))
            outcomes[chapter].experiments.append(outcome)
        }
        for outcome in outcomes { diagnostics += referenceDiagnostics(outcome) }
        return (outcomes, diagnostics.sorted { $0.location < $1.location })
    }

    private static func claimDiagnostic(_ claim: ClaimOutcome, of directive: ExperimentDirective, keepGoing: Bool)
        -> Diagnostic
    {
        if claim.isMalformed {
            return .error(claim.claim.location, "'\(directive.id)': \(claim.explanation)", notes: claim.notes)
        }
        let seed = claim.failingRun.map { " on \(seedName($0, of: directive))" } ?? ""
        return Diagnostic(
            keepGoing ? .warning : .error, at: claim.claim.location, "claim does not hold\(seed): \(claim.explanation)")
    }

    /// One caption per figure: a text caption fits a directive that shows one figure, and a
    /// mapping may only name figures it shows.
    private static func captionDiagnostics(_ directive: ExperimentDirective, figures: [String]) -> [Diagnostic] {
        let shown = figures.filter(directive.shows)
        var diagnostics: [Diagnostic] = []
        if !directive.caption.isEmpty, shown.count > 1, let location = directive.optionLocations["caption"] {
            let names = shown.map { "\($0): …" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    location,
                    "one caption for \(shown.count) figures (\(shown.joined(separator: ", "))); give each its own",
                    notes: ["write 'caption: {\(names)}', or a block mapping with one line per figure"]))
        }
        for name in directive.figureCaptions.keys.sorted() where !shown.contains(name) {
            guard let location = directive.optionLocations["caption." + name] else { continue }
            let listed = shown.isEmpty ? "none" : shown.joined(separator: ", ")
            diagnostics.append(
                .error(location, "'\(directive.id)' shows no figure '\(name)' to caption (it shows: \(listed))"))
        }
        return diagnostics
    }

    /// E.g. "seed 2 of 5 (seeds.1, seed 8443…)".
    static func seedName(_ run: Int, of directive: ExperimentDirective) -> String {
        "seed \(run + 1) of \(directive.runSeeds.count) (seeds.\(run), seed \(directive.runSeeds[run]))"
    }

    private static func referenceDiagnostics(_ outcome: ChapterOutcome) -> [Diagnostic] {
        let resolver = ReferenceResolver(results: outcome.resultsByID)
        return outcome.chapter.references.compactMap { located in
            guard case .failure(let error) = resolver.text(for: located.reference) else { return nil }
            return .error(located.location, error.message, notes: error.notes)
        }
    }
}
