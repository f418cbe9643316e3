import Experiments

/// The check stage for `explore:` grids: pairs each grid point's runs with its directive and
/// evaluates the claims there (where they are shown to the reader, not enforced).
enum GridChecker {
    /// Attaches every explored experiment's grid points to `outcomes`; returns an error for each
    /// grid run that failed.
    static func attach(
        to outcomes: inout [ChapterOutcome], jobs: [ExperimentJob], results: [Result<ExperimentResult, ExperimentError>]
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var runsByPoint: [String: [Int: [ExperimentResult]]] = [:]
        for (job, result) in zip(jobs, results) {
            guard let point = job.gridPoint else { continue }
            let key = "\(job.chapter)/\(job.directive.id)"
            switch result {
            case .success(let run): runsByPoint[key, default: [:]][point, default: []].append(run)
            case .failure(let error):
                let directive = job.directive
                let seed = directive.hasSeveralSeeds ? ", \(OutcomeChecker.seedName(job.run, of: directive))" : ""
                diagnostics.append(
                    .error(
                        directive.optionLocations["explore"] ?? directive.location,
                        "experiment '\(directive.id)' failed at \(directive.pointName(point))\(seed): \(error.description)"
                    ))
            }
        }
        for chapter in outcomes.indices {
            for index in outcomes[chapter].experiments.indices {
                let outcome = outcomes[chapter].experiments[index]
                guard let grid = outcome.directive.explore,
                    let runs = runsByPoint["\(chapter)/\(outcome.directive.id)"],
                    runs.values.allSatisfy({ $0.count == outcome.directive.runSeeds.count }),
                    runs.count == grid.pointCount - 1
                else { continue }
                outcomes[chapter].experiments[index].gridPoints = (0..<grid.pointCount).map { point in
                    guard point != grid.defaultPoint else { return outcome }
                    var pointOutcome = ExperimentOutcome(
                        directive: outcome.directive.atPoint(point), runs: runs[point]!)
                    pointOutcome.claims = outcome.directive.claims.map { ClaimChecker.evaluate($0, on: pointOutcome) }
                    return pointOutcome
                }
            }
        }
        return diagnostics
    }
}
