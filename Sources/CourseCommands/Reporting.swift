import ArgumentParser
import Foundation
import Literate

/// Prints diagnostics to stderr, in the compiler's format, with a count at the end.
func report(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    var lines = diagnostics.map(\.description)
    lines.append(
        [
            errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s")" : nil,
            warnings > 0 ? "\(warnings) warning\(warnings == 1 ? "" : "s")" : nil,
        ]
        .compactMap { $0 }.joined(separator: ", ") + " generated.")
    printError(lines.joined(separator: "\n"))
}

/// Writes a line to stderr.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs `body`, turning diagnostics it throws into a report and exit status 1.
func reportingDiagnostics<Result>(_ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as DiagnosticsError {
        report(error.diagnostics)
        throw ExitCode(1)
    }
}

extension BuildFlags {
    /// The output folder, refused with a located error and exit status 2 before anything runs
    /// when the build may not replace it.
    func checkedOutput(chapters: String, noCache: Bool = false) throws -> OutputFolder {
        let folder = OutputFolder(path: output)
        do {
            try folder.checkReplaceable(chapters: chapters, theme: theme, cache: noCache ? nil : cache)
        } catch {
            report([error])
            throw ExitCode(2)
        }
        return folder
    }

    /// Writes a built site into `folder`; an I/O failure is reported as a located error (exit 1).
    func write(_ files: [String: Data], to folder: OutputFolder, chapters: String, noCache: Bool = false) throws {
        do {
            try folder.write(files, chapters: chapters, theme: theme, cache: noCache ? nil : cache)
        } catch {
            report([error])
            throw ExitCode(1)
        }
    }

    /// Build options for these flags and `chapters` (without the cache when `noCache`).
    func buildOptions(chapters: String, noCache: Bool = false) -> BuildOptions {
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        var options = BuildOptions(chapters: chapters, jobs: min(jobs, 64), cacheDirectory: noCache ? nil : cache)
        options.keepGoing = keepGoing
        options.drafts = drafts
        options.theme = theme
        options.progress = Progress(enabled: !quiet)
        return options
    }
}
