/// Results are cached as JSON; a result value is stored as the JSON value it stands for.
extension ResultValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .boolean(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([ResultValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: ResultValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        case .boolean(let flag): try container.encode(flag)
        case .array(let array): try container.encode(array)
        case .object(let object): try container.encode(object)
        }
    }
}
