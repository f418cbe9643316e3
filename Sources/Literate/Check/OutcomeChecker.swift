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
        for (job, result) in zip(jobs, results) {
            switch result {
            case .failure(let error):
                diagnostics.append(
                    .error(job.directive.location, "experiment '\(job.directive.id)' failed: \(error.description)"))
            case .success(let result):
                var outcome = ExperimentOutcome(directive: job.directive, result: result, claims: [])
                let values = outcome.addressableResults
                outcome.claims = job.directive.claims.map { ClaimChecker.evaluate($0, on: values) }
                diagnostics += outcome.claims.filter { !$0.holds }.map {
                    claimDiagnostic($0, id: job.directive.id, keepGoing: keepGoing)
                }
                outcomes[job.chapter].experiments.append(outcome)
            }
        }
        for outcome in outcomes { diagnostics += referenceDiagnostics(outcome) }
        return (outcomes, diagnostics.sorted { $0.location < $1.location })
    }

    private static func claimDiagnostic(_ claim: ClaimOutcome, id: String, keepGoing: Bool) -> Diagnostic {
        if claim.isMalformed {
            return .error(claim.claim.location, "'\(id)': \(claim.explanation)", notes: claim.notes)
        }
        return Diagnostic(
            keepGoing ? .warning : .error, at: claim.claim.location, "claim does not hold: \(claim.explanation)")
    }

    private static func referenceDiagnostics(_ outcome: ChapterOutcome) -> [Diagnostic] {
        let resolver = ReferenceResolver(results: outcome.resultsByID)
        return outcome.chapter.references.compactMap { located in
            guard case .failure(let error) = resolver.text(for: located.reference) else { return nil }
            return .error(located.location, error.message, notes: error.notes)
        }
    }
}
