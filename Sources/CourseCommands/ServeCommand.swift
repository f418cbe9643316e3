import ArgumentParser
import CourseServer
import Foundation
import Hummingbird
import Literate
import Logging
import Synchronization

/// `course serve`: build once, serve the site, rebuild when a chapter, the theme or `course.yml`
/// changes, and make every open page reload itself (or show the errors of a failed build).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the course on a local web server, rebuilding and reloading the pages when a chapter changes.")

    @OptionGroup var chapterOptions: ChapterOptions
    @OptionGroup var flags: BuildFlags

    @Option(help: "The port to listen on.")
    var port: Int = 8000

    @Option(help: "The address to listen on (anything but 127.0.0.1 exposes your drafts to the network).")
    var host: String = "127.0.0.1"

    @Flag(help: "Also write each good build into the output folder.")
    var write = false

    @Flag(help: "Open the course in a browser (xdg-open).")
    var open = false

    @Option(help: "The longest one rerun from a page's Play panel may take, in seconds (1 to 600).")
    var rerunTimeLimit: Int = 60

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port: \(port) is not a port (0 to 65535)") }
        guard (1...600).contains(rerunTimeLimit) else {
            throw ValidationError("--rerun-time-limit: \(rerunTimeLimit) is not between 1 and 600 seconds")
        }
    }

    func run() throws {
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            printError("warning: serving on \(host): other machines can read every chapter, drafts included")
        }
        let options = {
            var options = flags.buildOptions(chapters: chapterOptions.chapters)
            options.memory = ResultMemory()
            options.renderedBlocks = RenderedBlocks()
            return options
        }()
        let site = LiveSite(cache: options.cacheDirectory.map { ResultCache(directory: $0, memory: options.memory) })
        let pool = RerunPool(timeLimit: .seconds(rerunTimeLimit))
        build(site, options)
        let watched =
            [
                chapterOptions.chapters,
                ((chapterOptions.chapters as NSString).deletingLastPathComponent as NSString)
                    .appendingPathComponent("course.yml"),
            ] + (flags.theme.map { [$0] } ?? [])
        let watcher = SiteWatcher(paths: watched)
        watcher.start { build(site, options) }
        defer {
            watcher.stop()
            site.close()
            pool.close()
        }
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
        let application = Application(
            router: PreviewServer.router(for: site, pool: pool),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "course"),
            onServerRunning: { [open] _ in
                say("Serving the course at \(address); it rebuilds when a chapter changes. Ctrl-C stops.")
                if open { Self.openInBrowser(address) }
            }, logger: Self.quietLogger)
        try runToCompletion { try await application.runService() }
    }

    /// Builds, reports, and hands the outcome to `site` (and to the output folder with --write).
    private func build(_ site: LiveSite, _ options: BuildOptions) {
        let started = Date()
        let build = SiteBuilder.build(options)
        report(build.diagnostics)
        site.update(with: build)
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        guard !build.diagnostics.hasErrors else {
            printError("Build failed (\(seconds) s); still serving the last good one.")
            return
        }
        if write { try? flags.write(build.files, to: OutputFolder(path: flags.output), chapters: options.chapters) }
        say("Built \(build.chapters.count) chapters in \(seconds) s\(site.builds > 1 ? "; pages reload" : "").")
    }

    /// The server's own log: warnings and errors only (the command prints what an author needs).
    private static var quietLogger: Logger {
        var logger = Logger(label: "course serve")
        logger.logLevel = .warning
        return logger
    }

    private static func openInBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        try? process.run()
    }
}

/// A line on stdout, written at once (print's buffer would hold it back in a pipe or a log).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Runs `body` to its end from synchronous code, on a task of its own, passing its error on.
func runToCompletion(_ body: @escaping @Sendable () async throws -> Void) throws {
    let done = DispatchSemaphore(value: 0)
    let failure = Mutex<(any Error)?>(nil)
    Task.detached {
        do { try await body() } catch { failure.withLock { $0 = error } }
        done.signal()
    }
    done.wait()
    if let error = failure.withLock({ $0 }) { throw error }
}
