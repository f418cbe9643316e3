import ArgumentParser
import Foundation

/// `course`: build, run and check the literate chapters.
public struct CourseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "Build the activation-functions course: run every chapter's experiments and render the pages.",
        subcommands: [
            BuildCommand.self, RunCommand.self, CheckCommand.self, NewCommand.self,
            ListCommand.self, KindsCommand.self, ExplainCommand.self, CleanCommand.self, ServeCommand.self,
        ])

    public init() {}

    /// Parses the arguments and runs the command, returning the exit status: 0 ok, 1 build or
    /// claim errors, 2 usage errors. Messages go to stdout and stderr.
    public static func execute(_ arguments: [String]?) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            let code = exitCode(for: error)
            if code == .success, !(error is ExitCode) {
                print(fullMessage(for: error))  // --help, --version
                return 0
            }
            if let exit = error as? ExitCode { return exit.rawValue }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            return code == .validationFailure ? 2 : 1
        }
    }
}

/// Options every command takes.
struct ChapterOptions: ParsableArguments {
    @Option(help: "The folder holding the NN-slug.md chapters.")
    var chapters: String = "chapters"

    func validate() throws {
        guard isFolder(chapters) else { throw ValidationError("--chapters: there is no folder '\(chapters)'") }
    }
}

/// Options of the commands that build pages.
struct BuildFlags: ParsableArguments {
    @Option(help: "Where the pages are written.")
    var output: String = "output"

    @Option(help: "Experiments run at once (default: the number of cores). Output is identical for any value.")
    var jobs: Int?

    @Option(help: "The result cache folder.")
    var cache: String = ".cache"

    @Flag(help: "Report failing claims as warnings (shown on the page) instead of failing the build.")
    var keepGoing = false

    @Flag(help: "Also build chapters marked draft: true.")
    var drafts = false

    @Option(help: "A folder whose page.mustache, index.mustache or style.css replace the default theme's.")
    var theme: String?

    @Flag(help: "Print no progress lines.")
    var quiet = false

    func validate() throws {
        if let jobs, !(1...64).contains(jobs) { throw ValidationError("--jobs must be between 1 and 64, got \(jobs)") }
        if let theme, !isFolder(theme) { throw ValidationError("--theme: there is no folder '\(theme)'") }
    }
}

/// The `--no-cache` flag of `course build` (`course run` reruns its chapter whatever the cache holds).
struct CacheFlag: ParsableArguments {
    @Flag(help: "Run every experiment afresh and store nothing in the cache folder.")
    var noCache = false
}

/// Whether `path` is an existing folder (following symbolic links).
func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return !path.isEmpty && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        && isDirectory.boolValue
}
