/// Text shown as written, where `\{{` stands for a literal `{{`.
enum LiteralText {
    /// A bare `{{` in text that cannot hold references, at this UTF-8 offset.
    struct BareBraces: Error {
        var offset: Int
    }

    /// `text` with each `\{{` written as `{{`, or the offset of the first bare `{{`.
    static func unescaped(_ text: String) -> Result<String, BareBraces> {
        let bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                bytes[index + 2] == UInt8(ascii: "{")
            {
                index += 3
                continue
            }
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") {
                return .failure(BareBraces(offset: index))
            }
            index += 1
        }
        return .success(text.replacing("\\{{", with: "{{"))
    }

    /// `text` with `\{{` hidden behind a placeholder while `body` works on it, then shown as `{{`
    /// (the placeholder has the length of `\{{`, so offsets `body` finds stay true).
    static func withEscapesProtected(_ text: String, _ body: (String) -> String) -> String {
        guard text.contains("\\{{"), let placeholder = placeholder(absentFrom: text) else { return body(text) }
        return body(text.replacing("\\{{", with: placeholder)).replacing(placeholder, with: "{{")
    }

    /// The references and reference problems of a caption or other one-piece text.
    static func scan(_ text: String) -> [ReferenceScanner.Item] {
        var items: [ReferenceScanner.Item] = []
        _ = withEscapesProtected(text) { protected in
            items = ReferenceScanner.scan(protected)
            return protected
        }
        return items
    }

    /// A private-use character that does not occur in `text`, to stand in for `\{{` while text is
    /// parsed (it has the same UTF-8 length, 3 bytes, so columns do not move); nil only if the
    /// text holds every character of the private-use area.
    static func placeholder(absentFrom text: String) -> String? {
        var used = Set<UInt32>()
        for scalar in text.unicodeScalars where (0xE000...0xF8FF).contains(scalar.value) { used.insert(scalar.value) }
        guard let free = (UInt32(0xE000)...0xF8FF).first(where: { !used.contains($0) }) else { return nil }
        return String(Character(Unicode.Scalar(free)!))
    }
}
