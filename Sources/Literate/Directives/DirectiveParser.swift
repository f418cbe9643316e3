import Experiments
import Yams

/// Turns a `{experiment} KIND` block into a validated ``ExperimentDirective``.
enum DirectiveParser {
    /// A directive that could not be read: its problems, and its id when one was written.
    struct Failure: Error {
        var diagnostics: [Diagnostic]
        var id: String?
    }

    /// The directive, or every problem found in the block.
    static func parse(_ block: FencedDirectiveBlock, file: String, ordinal: (String) -> Int) -> Result<
        ExperimentDirective, Failure
    > {
        let fence = SourceLocation(file: file, line: block.line, column: block.column)
        let words = block.info.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.first == "{experiment}" else {
            let name = words.first ?? block.info
            return .failure(
                Failure(diagnostics: [
                    .error(fence, "unknown directive '\(name)'; the only directive is {experiment} KIND")
                ]))
        }
        guard words.count == 2 else {
            return .failure(
                Failure(diagnostics: [
                    .error(
                        fence,
                        words.count < 2
                            ? "the directive names no experiment kind: write {experiment} KIND"
                            : "write exactly one kind after {experiment}, got '\(words.dropFirst().joined(separator: " "))'"
                    )
                ]))
        }
        guard let kind = experimentKind(named: words[1]) else {
            // References to this directive are not reported too: one mistake, one error.
            return .failure(
                Failure(
                    diagnostics: [
                        .error(
                            fence, "unknown experiment kind '\(words[1])'",
                            notes: Suggestions.notes(for: words[1], in: experimentKinds.map(\.name), listing: "kinds"))
                    ],
                    id: writtenID(in: block.content) ?? "\(words[1])-\(ordinal(words[1]))"))
        }
        let origin = YAMLOrigin(file: file, line: block.line + 1, column: block.column)
        let node: Node
        switch YAMLReader.compose(block.content, origin: origin) {
        case .failure(let diagnostic):
            return .failure(Failure(diagnostics: [diagnostic], id: writtenID(in: block.content)))
        case .success(let composed): node = composed ?? .mapping(Node.Mapping([]))
        }
        guard case .mapping(let mapping) = node else {
            return .failure(
                Failure(diagnostics: [
                    .error(
                        origin.location(of: node),
                        "the directive's body must be a mapping of options, such as 'seed: 1'")
                ]))
        }
        var builder = Builder(kind: kind, origin: origin, fence: fence)
        for (key, value) in mapping { builder.take(key: key, value: value) }
        return builder.finish(defaultID: "\(kind.name)-\(ordinal(kind.name))").map { directive in
            var directive = directive
            directive.blockOrdinal = block.ordinal
            return directive
        }
    }

    /// What refusing a run over ``RunCost/limit`` says: the estimate, the limit, and what to lower.
    static func costRefusal(kind: any ExperimentKind, cost: RunCost, seeds: Int, points: Int) -> (
        message: String, note: String
    ) {
        let grid = points > 1 ? " at its \(points) grid points" : ""
        let runs = (seeds > 1 ? " over its \(seeds) seeds" : "") + grid
        return (
            "this experiment would need about \(cost.description)\(runs); one experiment may use at most \(RunCost.limit.description)",
            "lower the parameters that size its work (widths, depth, epochs, samples, trials, lists, seeds); "
                + "`course explain \(kind.name)` shows the cost at the defaults"
        )
    }

    /// The `id:` written at the top level of a block whose YAML cannot be parsed, so references to
    /// it are not reported as a second, misleading error.
    private static func writtenID(in content: String) -> String? {
        for line in content.split(separator: "\n") where line.hasPrefix("id:") {
            let value = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Collects options and their problems.
    private struct Builder {
        let kind: any ExperimentKind
        let origin: YAMLOrigin
        let fence: SourceLocation
        var diagnostics: [Diagnostic] = []
        var id: String?
        var seed: UInt64 = 0
        var seeds: SeedsOption?
        var values: [String: ParameterValue] = [:]
        var claims: [Claim] = []
        var show: [String] = []
        var caption = ""
        var figureCaptions: [String: String] = [:]
        var exploreNode: Node?
        var locations: [String: SourceLocation] = [:]

        init(kind: any ExperimentKind, origin: YAMLOrigin, fence: SourceLocation) {
            self.kind = kind
            self.origin = origin
            self.fence = fence
        }

        mutating func take(key: Node, value: Node, prefix: String = "") {
            guard let written = OptionDecoder.plainScalar(key) ?? key.scalar?.string else {
                diagnostics.append(.error(origin.location(of: key), "an option name must be a plain word"))
                return
            }
            let name = prefix + written
            // A group of dotted parameters may be written as a nested mapping (`bornDead: {width: 2}`).
            if prefix.isEmpty, case .mapping(let group) = value,
                kind.parameters.contains(where: { $0.name.hasPrefix(name + ".") })
            {
                for (innerKey, innerValue) in group { take(key: innerKey, value: innerValue, prefix: name + ".") }
                return
            }
            guard locations[name] == nil else {
                diagnostics.append(.error(origin.location(of: key), "option '\(name)' is given twice"))
                return
            }
            locations[name] = origin.location(of: value)
            switch name {
            case "id": takeID(value)
            case "seed":
                if case .success(.integer(let number)) = decodeOrReport(
                    value, ParameterType.integer(0...(1 << 53)), name)
                {
                    seed = UInt64(number)
                }
            case "seeds": takeSeeds(value)
            case "expect": takeClaims(value)
            case "show": takeShow(value)
            case "caption": takeCaption(value)
            case "explore": exploreNode = value
            default:
                guard let spec = kind.parameters.first(where: { $0.name == name }) else {
                    let known = Self.commonAndParameters(kind)
                    diagnostics.append(
                        .error(
                            origin.location(of: key), "'\(kind.name)' has no parameter '\(name)'",
                            notes: Suggestions.notes(for: name, in: known, listing: "options")))
                    return
                }
                if case .success(let decoded) = decodeOrReport(value, spec.type, name) { values[name] = decoded }
            }
        }

        private static func commonAndParameters(_ kind: any ExperimentKind) -> [String] {
            ExperimentDirective.commonOptions + kind.parameters.map(\.name)
        }

        private mutating func decodeOrReport(_ node: Node, _ type: ParameterType, _ name: String) -> Result<
            ParameterValue, Diagnostic
        > {
            let result = OptionDecoder.decode(node, as: type, name: name, origin: origin)
            if case .failure(let diagnostic) = result { diagnostics.append(diagnostic) }
            return result
        }

        /// `seeds: N` or `seeds: [a, b, …]`.
        enum SeedsOption {
            case count(Int)
            case list([UInt64])
        }

        private mutating func takeSeeds(_ value: Node) {
            let limit = SeedPlan.maximumSeeds
            if case .sequence = value {
                let type = ParameterType.list(of: .integer(0...(1 << 53) - 1), count: 1...limit)
                guard case .success(.list(let items)) = decodeOrReport(value, type, "seeds") else { return }
                let list = items.compactMap { if case .integer(let n) = $0 { UInt64(n) } else { nil } }
                guard Set(list).count == list.count else {
                    diagnostics.append(.error(origin.location(of: value), "'seeds' lists a seed twice"))
                    return
                }
                seeds = .list(list)
            } else if case .success(.integer(let count)) = decodeOrReport(value, .integer(1...limit), "seeds") {
                seeds = .count(count)
            }
        }

        private var runSeeds: [UInt64] {
            switch seeds {
            case nil: [seed]
            case .count(let count): (0..<count).map { SeedPlan.runSeed(base: seed, index: $0) }
            case .list(let list): list
            }
        }

        private mutating func takeID(_ value: Node) {
            guard let text = OptionDecoder.plainScalar(value) ?? value.scalar?.string,
                let first = text.first, first.isASCII, first.isLetter, text.count <= 64,
                text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else {
                diagnostics.append(
                    .error(
                        origin.location(of: value),
                        "an id starts with a letter and holds only letters, digits, '-' and '_'"))
                return
            }
            id = text
        }

        private mutating func takeClaims(_ value: Node) {
            guard case .mapping(let mapping) = value else {
                diagnostics.append(
                    .error(
                        origin.location(of: value),
                        "'expect' maps result paths to conditions, e.g. 'deadFraction.2: \"> 0.3\"'"))
                return
            }
            for (key, conditionNode) in mapping {
                let location = origin.location(of: key)
                guard let pathText = key.scalar?.string, let path = ResultPath.parse(pathText) else {
                    diagnostics.append(.error(location, "'\(key.scalar?.string ?? "?")' is not a result path"))
                    continue
                }
                let conditions: [Node]
                if case .sequence(let sequence) = conditionNode, sequence.count <= 16 {
                    conditions = Array(sequence)
                } else {
                    conditions = [conditionNode]
                }
                for node in conditions { takeClaim(path: path, node: node, location: location) }
            }
        }

        private mutating func takeClaim(path: [String], node: Node, location: SourceLocation) {
            guard let text = node.scalar?.string else {
                diagnostics.append(
                    .error(origin.location(of: node), "a condition is text, e.g. \"> 0.3\", or a list of them"))
                return
            }
            switch Condition.parse(text) {
            case .success(let condition):
                claims.append(Claim(path: path, text: text, condition: condition, location: location))
            case .failure(let error):
                diagnostics.append(.error(origin.location(of: node), error.message))
            }
        }

        /// `caption:` as one text, or as a mapping from figure name to that figure's text.
        private mutating func takeCaption(_ value: Node) {
            if let text = value.scalar?.string {
                caption = text
                return
            }
            guard case .mapping(let mapping) = value else {
                diagnostics.append(
                    .error(
                        origin.location(of: value), "'caption' must be text, or one text per figure",
                        notes: ["write 'caption: {\(kind.outputs.first?.path ?? "NAME"): …}'"]))
                return
            }
            let names = kind.outputs.map(\.path)
            for (key, text) in mapping {
                let written = key.scalar?.string ?? "?"
                guard names.contains(written) else {
                    diagnostics.append(
                        .error(
                            origin.location(of: key), "'\(kind.name)' has no figure '\(written)' to caption",
                            notes: Suggestions.notes(for: written, in: names, listing: "figures and tables")))
                    continue
                }
                guard let string = text.scalar?.string else {
                    diagnostics.append(.error(origin.location(of: text), "the caption of '\(written)' must be text"))
                    continue
                }
                figureCaptions[written] = string
                locations["caption." + written] = origin.location(of: text)
            }
        }

        private mutating func takeShow(_ value: Node) {
            let names = kind.outputs.map(\.path)
            guard case .sequence(let sequence) = value else {
                diagnostics.append(
                    .error(
                        origin.location(of: value), "'show' is a list of figure and table names",
                        notes: ["this kind has: " + names.joined(separator: ", ")]))
                return
            }
            for item in sequence {
                guard let name = item.scalar?.string, names.contains(name) else {
                    let written = item.scalar?.string ?? "?"
                    diagnostics.append(
                        .error(
                            origin.location(of: item), "'\(kind.name)' has no figure or table '\(written)'",
                            notes: Suggestions.notes(for: written, in: names, listing: "figures and tables")))
                    continue
                }
                show.append(name)
            }
        }

        func finish(defaultID: String) -> Result<ExperimentDirective, Failure> {
            guard diagnostics.isEmpty else { return .failure(Failure(diagnostics: diagnostics, id: id ?? defaultID)) }
            var parameters = ParameterValues(defaultsOf: kind.parameters)
            for (name, value) in values { parameters.values[name] = value }
            var explore: ExploreGrid?
            if let exploreNode {
                switch ExploreGrid.parse(exploreNode, kind: kind, parameters: parameters, origin: origin) {
                case .success(let grid): explore = grid
                case .failure(let problems):
                    return .failure(Failure(diagnostics: problems.diagnostics, id: id ?? defaultID))
                }
            }
            let seeds = runSeeds
            let points = (0..<(explore?.pointCount ?? 1)).map { point in
                var values = parameters
                for (name, value) in explore?.values(at: point) ?? [:] { values.values[name] = value }
                return values
            }
            let cost = seeds.count * points.map(kind.cost).reduce(.zero, +)
            if cost.exceeds(RunCost.limit) {
                let refusal = DirectiveParser.costRefusal(
                    kind: kind, cost: cost, seeds: seeds.count, points: points.count)
                let error = Diagnostic.error(fence, refusal.message, notes: [refusal.note])
                return .failure(Failure(diagnostics: [error], id: id ?? defaultID))
            }
            return .success(
                ExperimentDirective(
                    id: id ?? defaultID, kind: kind, seed: seed, runSeeds: seeds, parameters: parameters,
                    claims: claims, show: show,
                    caption: caption, figureCaptions: figureCaptions, location: fence, optionLocations: locations,
                    explore: explore))
        }
    }
}
