import Experiments
import Foundation

/// A reader's request, from a page's Play panel under `course serve`, to rerun one experiment
/// with other values: `{"chapter": "…", "experiment": "…", "page": "…", "values": {"width": "64"}}`.
public struct RerunRequest: Sendable, Equatable {
    /// The chapter's slug.
    public var chapter: String
    /// The experiment's id.
    public var experiment: String
    /// The page the request comes from: a newer request from the same page replaces an older one.
    public var page: String
    /// The values as the reader wrote them, by parameter name (`seed` included).
    public var values: [String: String]

    /// A request for `experiment` of `chapter` from `page`.
    public init(chapter: String, experiment: String, page: String, values: [String: String]) {
        self.chapter = chapter
        self.experiment = experiment
        self.page = page
        self.values = values
    }

    /// The largest body a request may have, in bytes.
    public static let maximumBodySize = 16_384

    /// The request a body holds, or why it is not one.
    public static func parse(_ body: Data) -> Result<RerunRequest, RerunProblem> {
        guard body.count <= maximumBodySize else {
            return .failure(RerunProblem(status: 413, "the request is \(body.count) bytes; at most \(maximumBodySize)"))
        }
        let decoded: Body
        do {
            decoded = try JSONDecoder().decode(Body.self, from: body)
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return .failure(RerunProblem(status: 400, "'\(path)' must be text, a number or true/false"))
        } catch {
            return .failure(RerunProblem(status: 400, "the request must be a JSON object"))
        }
        func text(_ scalar: WrittenValue?) -> String? {
            guard case .text(let value) = scalar, !value.isEmpty, value.count <= 200 else { return nil }
            return value
        }
        guard let chapter = text(decoded.chapter), let experiment = text(decoded.experiment),
            let page = text(decoded.page)
        else {
            return .failure(
                RerunProblem(status: 400, "'chapter', 'experiment' and 'page' must each be text of 1 to 200 characters")
            )
        }
        guard let values = decoded.values, values.count <= 64 else {
            return .failure(RerunProblem(status: 400, "'values' must be an object of at most 64 values"))
        }
        return .success(
            RerunRequest(chapter: chapter, experiment: experiment, page: page, values: values.mapValues(\.written)))
    }

    /// The body's shape; every field is optional so that a missing one gets its own message.
    private struct Body: Decodable {
        var chapter: WrittenValue?
        var experiment: WrittenValue?
        var page: WrittenValue?
        var values: [String: WrittenValue]?
    }

    /// A JSON string, number or boolean.
    private enum WrittenValue: Decodable {
        case text(String)
        case flag(Bool)
        case number(Double)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else if let flag = try? container.decode(Bool.self) {
                self = .flag(flag)
            } else {
                self = .number(try container.decode(Double.self))
            }
        }

        /// As the reader would have typed it.
        var written: String {
            switch self {
            case .text(let text): text
            case .flag(let flag): flag ? "true" : "false"
            case .number(let number): JSONText.format(number)
            }
        }
    }
}

/// Why a rerun was refused or did not finish: an HTTP status, a message, and messages by field.
public struct RerunProblem: Error, Sendable, Equatable {
    /// The HTTP status to answer with (4xx: the request; 5xx: the server).
    public var status: Int
    /// What went wrong, in a sentence.
    public var message: String
    /// A message per field of the Play panel that is wrong.
    public var fields: [String: String]

    /// A problem answered with `status`.
    public init(status: Int, _ message: String, fields: [String: String] = [:]) {
        self.status = status
        self.message = message
        self.fields = fields
    }

    /// The JSON body: `{"error": …, "fields": {…}}`.
    public var json: Data {
        Data(
            JSONText.render(
                .object(["error": .string(message), "fields": .object(fields.mapValues(ResultValue.string))])
            ).utf8)
    }
}
