/// Canonical JSON text: keys sorted, numbers in Swift's shortest round-trip form, two-space
/// indentation, so the same values always give the same bytes.
public enum JSONText {
    /// `value` as indented JSON.
    public static func render(_ value: ResultValue, indent: String = "") -> String {
        let inner = indent + "  "
        switch value {
        case .number(let number):
            return format(number)
        case .string(let string):
            return quote(string)
        case .boolean(let flag):
            return flag ? "true" : "false"
        case .array(let elements):
            guard !elements.isEmpty else { return "[]" }
            if elements.allSatisfy(\.isScalar) {
                return "[" + elements.map { render($0) }.joined(separator: ", ") + "]"
            }
            return "[\n" + elements.map { inner + render($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent
                + "]"
        case .object(let fields):
            guard !fields.isEmpty else { return "{}" }
            let lines = fields.keys.sorted().map { key in
                inner + quote(key) + ": " + render(fields[key]!, indent: inner)
            }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    /// A number as JSON: shortest round-trip digits; integers without a fraction; non-finite as null.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// A JSON string literal.
    public static func quote(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
