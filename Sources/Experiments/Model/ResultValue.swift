/// A named result value: a number, a string, or arrays and objects of them.
public enum ResultValue: Sendable, Equatable {
    /// A number (stored as `Double`; integers are exact up to 2⁵³).
    case number(Double)
    /// A string.
    case string(String)
    /// A truth value (claim outcomes, flags).
    case boolean(Bool)
    /// An array, e.g. one value per entry of a swept parameter.
    case array([ResultValue])
    /// Named values; printed with sorted keys.
    case object([String: ResultValue])

    /// An array of numbers.
    public static func numbers(_ values: [Double]) -> ResultValue { .array(values.map(ResultValue.number)) }

    /// An array of arrays of numbers.
    public static func numberRows(_ rows: [[Double]]) -> ResultValue { .array(rows.map(numbers)) }

    /// The value at `path`: object keys by name, array elements by 0-based index.
    public func value(at path: [String]) -> ResultValue? {
        guard let head = path.first else { return self }
        switch self {
        case .object(let fields):
            return fields[head]?.value(at: Array(path.dropFirst()))
        case .array(let elements):
            guard head.allSatisfy(\.isASCII), head.allSatisfy(\.isNumber), let index = Int(head), index < elements.count
            else {
                return nil
            }
            return elements[index].value(at: Array(path.dropFirst()))
        case .number, .string, .boolean:
            return nil
        }
    }

    /// The number, if this is one.
    public var number: Double? {
        if case .number(let value) = self { value } else { nil }
    }

    /// The elements, if this is an array.
    public var elements: [ResultValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// Every path to a leaf below this value, for suggestions and documentation.
    public var leafPaths: [String] {
        switch self {
        case .number, .string, .boolean:
            return [""]
        case .array(let elements):
            return elements.indices.flatMap { index in elements[index].leafPaths.map { join(String(index), $0) } }
        case .object(let fields):
            return fields.keys.sorted().flatMap { key in fields[key]!.leafPaths.map { join(key, $0) } }
        }
    }

    private func join(_ head: String, _ tail: String) -> String { tail.isEmpty ? head : head + "." + tail }
}

extension ResultValue {
    /// Whether this is a number, string or boolean (not a container).
    public var isScalar: Bool {
        switch self {
        case .number, .string, .boolean: true
        case .array, .object: false
        }
    }
}

extension ResultValue: CustomStringConvertible {
    /// The value as a message quotes it: numbers in full, strings quoted, at most eight array
    /// elements, an object by its kind alone.
    public var description: String {
        switch self {
        case .number(let number): JSONText.format(number)
        case .string(let string): "'\(string)'"
        case .boolean(let flag): flag ? "true" : "false"
        case .array(let elements):
            "[" + elements.prefix(8).map(\.description).joined(separator: ", ") + (elements.count > 8 ? ", …" : "")
                + "]"
        case .object: "an object"
        }
    }
}
