import Experiments
import Foundation

/// The experiments of the last good build, as `course serve` reruns them with a reader's values:
/// requests are validated like directives, priced by the kind's cost guard, run through the
/// cache, and answered with the point object the page scripts swap in.
public struct LiveExperiments: Sendable {
    /// One experiment and where its page shows it.
    struct PlacedExperiment: Sendable {
        var chapter: ChapterOutcome
        var index: Int
        var firstNumber: Int

        var outcome: ExperimentOutcome { chapter.experiments[index] }
    }

    private let entries: [String: PlacedExperiment]
    private let slugs: Set<String>
    private let cache: ResultCache?

    /// The experiments of `chapters`, rerun through `cache` (nil: never stored).
    public init(chapters: [ChapterOutcome], cache: ResultCache?) {
        var entries: [String: PlacedExperiment] = [:]
        for chapter in chapters {
            for (index, firstNumber) in FigureHTML.firstNumbers(of: chapter.experiments).enumerated() {
                let key = Self.key(chapter.chapter.file.slug, chapter.experiments[index].directive.id)
                entries[key] = PlacedExperiment(chapter: chapter, index: index, firstNumber: firstNumber)
            }
        }
        self.entries = entries
        self.slugs = Set(chapters.map(\.chapter.file.slug))
        self.cache = cache
    }

    private static func key(_ slug: String, _ id: String) -> String { slug + "/" + id }

    /// The rerun `request` asks for, validated and priced, or why it is refused.
    public func prepare(_ request: RerunRequest) -> Result<PreparedRerun, RerunProblem> {
        guard slugs.contains(request.chapter) else {
            return .failure(RerunProblem(status: 404, "the course has no chapter '\(request.chapter)'"))
        }
        guard let entry = entries[Self.key(request.chapter, request.experiment)] else {
            return .failure(
                RerunProblem(status: 404, "chapter '\(request.chapter)' has no experiment '\(request.experiment)'"))
        }
        return RerunValues.apply(request.values, to: entry.outcome.directive).flatMap { directive in
            let cost = directive.runSeeds.count * directive.kind.cost(directive.parameters)
            guard !cost.exceeds(RunCost.limit) else {
                let refusal = DirectiveParser.costRefusal(
                    kind: directive.kind, cost: cost, seeds: directive.runSeeds.count, points: 1)
                return .failure(RerunProblem(status: 422, refusal.message + "; " + refusal.note))
            }
            return .success(PreparedRerun(directive: directive, cost: cost, entry: entry, cache: cache))
        }
    }

    /// The Play panel of every experiment on the page of `chapter`, by experiment id, or nil when
    /// the course has no such chapter.
    public func panels(chapter slug: String) -> [String: String]? {
        guard slugs.contains(slug) else { return nil }
        let onPage = entries.values.filter { $0.chapter.chapter.file.slug == slug }
        return Dictionary(
            uniqueKeysWithValues: onPage.map { ($0.outcome.directive.id, PlayPanel.html(for: $0.outcome, slug: slug)) })
    }
}

/// A validated rerun, ready to run.
public struct PreparedRerun: Sendable {
    /// The directive with the reader's values.
    public let directive: ExperimentDirective
    /// What all its seeds need, estimated.
    public let cost: RunCost
    let entry: LiveExperiments.PlacedExperiment
    let cache: ResultCache?

    /// Runs every seed through the cache, calling `control` between steps (whatever it throws
    /// passes through), and returns the JSON body `{"point": …}` with the point object.
    public func run(control: RunControl) throws -> Data {
        var runs: [ExperimentResult] = []
        for seed in directive.runSeeds {
            try control.checkpoint()
            let key = cache?.key(kind: directive.kind.name, parameters: directive.parameters, seed: seed)
            if let cache, let key, let stored = cache.load(key) {
                runs.append(stored)
                continue
            }
            do {
                let result = try directive.kind.run(directive.parameters, seed: seed, control: control)
                if let cache, let key { cache.store(result, key: key) }
                runs.append(result)
            } catch let error as ExperimentError {
                throw RerunProblem(status: 422, "experiment '\(directive.id)' failed: \(error.description)")
            }
        }
        var point = ExperimentOutcome(directive: directive, runs: runs)
        point.claims = directive.claims.map { ClaimChecker.evaluate($0, on: point) }
        let original = entry.outcome
        let renderer = PointObjectRenderer(original: original, in: entry.chapter, firstNumber: entry.firstNumber)
        let changes = RerunValues.changes(from: original.directive, to: directive)
        let setting = changes.isEmpty ? "the built run" : "rerun: " + changes.joined(separator: ", ")
        let object = renderer.object(for: point, setting: setting, onlyChanged: false) { changed in
            RerunValues.status(of: point, changes: changes, built: original.directive, changed: changed)
        }
        return Data(JSONText.render(.object(["point": object])).utf8)
    }
}
