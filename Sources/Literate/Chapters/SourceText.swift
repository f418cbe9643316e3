import Foundation

/// Reads a chapter's bytes and turns them into text, refusing what is not a UTF-8 text file.
enum SourceText {
    /// Chapters (and course.yml) larger than this are refused (a chapter is a few tens of kilobytes).
    static let maximumBytes = 1_000_000

    /// The file's text, or a located error. The size is checked before reading, only regular
    /// files are read, and never more than the limit is held (a file that grows while it is read
    /// is refused too).
    static func read(_ path: String) -> Result<String, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .failure(.error(start, "cannot read the file: \(String(cString: strerror(errno)))"))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.error(start, "not a regular file")) }
        guard info.st_size <= maximumBytes else { return .failure(tooLarge(Int(info.st_size), path: path)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.error(start, "cannot read the file"))
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1) else {
            return .failure(.error(start, "cannot read the file"))
        }
        return decode([UInt8](data), path: path)
    }

    private static func tooLarge(_ size: Int, path: String) -> Diagnostic {
        .error(
            SourceLocation(file: path, line: 1, column: 1),
            "the file has \(size) bytes; chapters and course.yml are limited to \(maximumBytes)")
    }

    /// `bytes` as text, or a located error for binary content, invalid UTF-8 or excessive size.
    static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        if bytes.count > maximumBytes { return .failure(tooLarge(bytes.count, path: path)) }
        if let zero = bytes.firstIndex(of: 0) {
            return .failure(
                .error(
                    location(of: zero, in: bytes, path: path),
                    "the file contains a NUL byte: it looks binary, not Markdown"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes)
            return .failure(
                .error(location(of: offset, in: bytes, path: path), "the file is not valid UTF-8 (byte \(offset))"))
        }
        return .success(normalized(text))
    }

    /// Text as the parser expects it: no byte-order mark, lines ending in `\n` (Windows `\r\n`
    /// and old Mac `\r` endings converted, so every later line and column is the same as for LF).
    static func normalized(_ text: String) -> String {
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        }
        return text
    }

    private static func location(of offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        let before = bytes[..<offset]
        let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return SourceLocation(file: path, line: line, column: offset - lineStart + 1)
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let length =
                lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, offset + length <= bytes.count,
                String(validating: bytes[offset..<(offset + length)], as: UTF8.self) != nil
            else { return offset }
            offset += length
        }
        return max(bytes.count - 1, 0)
    }
}
