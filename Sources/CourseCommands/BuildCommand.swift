import ArgumentParser
import Foundation
import Literate

/// `course build`: run every experiment (through the cache) and render the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build every page into the output folder (atomically), or with --check verify it is up to date.")

    @OptionGroup var chapterOptions: ChapterOptions
    @OptionGroup var flags: BuildFlags
    @OptionGroup var cacheFlag: CacheFlag

    @Flag(help: "Build in memory and fail if the output folder differs from the result.")
    var check = false

    func run() throws {
        let folder =
            check
            ? OutputFolder(path: flags.output)
            : try flags.checkedOutput(chapters: chapterOptions.chapters, noCache: cacheFlag.noCache)
        let build = SiteBuilder.build(flags.buildOptions(chapters: chapterOptions.chapters, noCache: cacheFlag.noCache))
        report(build.diagnostics)
        guard !build.diagnostics.hasErrors else { throw ExitCode(1) }
        if check {
            let differences = folder.differences(build.files)
            guard differences.isEmpty else {
                printError(
                    "\(flags.output) is stale; run `swift run -c release course build` and commit it:\n  "
                        + differences.joined(separator: "\n  "))
                throw ExitCode(1)
            }
            if !flags.quiet { print("\(flags.output) is up to date (\(build.files.count) files).") }
            return
        }
        try flags.write(build.files, to: folder, chapters: chapterOptions.chapters, noCache: cacheFlag.noCache)
        print("Built \(build.chapters.count) chapter\(build.chapters.count == 1 ? "" : "s") into \(flags.output)/.")
        if !flags.quiet { printGridSizes(build.files) }
    }

    /// Each grid file's size beside its page's, so that growth is seen when it happens.
    private func printGridSizes(_ files: [String: Data]) {
        for name in files.keys.sorted() where name.hasSuffix(".grid.js") {
            let page = String(name.prefix { $0 != "." }) + ".html"
            print(
                "  \(name): \(SiteBuilder.readableSize(files[name]!.count)), for \(page) (\(SiteBuilder.readableSize(files[page]?.count ?? 0)))"
            )
        }
    }
}
