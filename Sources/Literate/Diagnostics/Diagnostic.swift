/// A place in a source file.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path as given on the command line or found in the chapters folder.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// A location in `file`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A problem found in a chapter, printed as `path:line:column: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable {
        /// Fails the build.
        case error
        /// Reported; the build goes on.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where.
    public var location: SourceLocation
    /// What is wrong, in one sentence.
    public var message: String
    /// Further lines, e.g. a suggestion.
    public var notes: [String]

    /// A diagnostic at `location`.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, notes: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// An error at `location`.
    public static func error(_ location: SourceLocation, _ message: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, notes: notes)
    }

    /// The compiler-style text, notes on following lines.
    public var description: String {
        (["\(location): \(severity.rawValue): \(message)"] + notes.map { "\(location): note: \($0)" }).joined(
            separator: "\n")
    }
}

/// Thrown when a stage ends with errors; carries every diagnostic found.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All problems found, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Wraps `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension [Diagnostic] {
    /// Whether any entry is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
