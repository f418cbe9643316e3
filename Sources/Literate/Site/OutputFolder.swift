import Foundation

/// The folder a build owns. The build replaces it only if it is missing, empty, or carries the
/// marker file an earlier build wrote; a new site is written to a sibling staging folder and
/// swapped in with one atomic exchange, under a lock that serializes builds into the same folder.
public struct OutputFolder: Sendable {
    /// The marker's file name: a folder holding it was written by `course build`.
    public static let markerName = ".course-output"
    /// The marker's contents (no timestamp: the file is committed with the site).
    public static let markerContents = Data(
        "This folder is written by `course build`, which replaces everything in it on every build.\n".utf8)

    /// The folder as given (used in messages).
    public var path: String
    /// The folder with symbolic links resolved.
    let resolved: String
    /// How the new site is swapped in.
    var moves = FolderMoves.system

    /// The output folder at `path`.
    public init(path: String) {
        self.path = path
        self.resolved = FileSystem.resolved(path)
    }

    private var parent: String { (resolved as NSString).deletingLastPathComponent }
    private var name: String { (resolved as NSString).lastPathComponent }
    private var lockPath: String { (parent as NSString).appendingPathComponent(".\(name).lock") }
    private var stagingPrefix: String { ".\(name).staging-" }

    /// Refuses, before anything runs, a folder the build must not replace: the current folder or
    /// one that holds it, the chapters or theme folder (or anything inside or around them), a
    /// folder holding the cache, a file, or a non-empty folder without the marker. Also refuses an
    /// output whose parent cannot be written.
    public func checkReplaceable(chapters: String, theme: String?, cache: String?) throws(Diagnostic) {
        let location = SourceLocation(file: path, line: 1, column: 1)
        func refuse(_ reason: String, notes: [String] = []) -> Diagnostic {
            .error(location, "refusing to write the site into '\(path)': \(reason)", notes: notes)
        }
        let here = FileSystem.resolved(".")
        if FileSystem.contains(resolved, here) {
            throw refuse(resolved == here ? "it is the current folder" : "it holds the current folder")
        }
        for (role, folder) in [("chapters", chapters), ("theme", theme)] {
            guard let folder else { continue }
            let other = FileSystem.resolved(folder)
            if FileSystem.contains(resolved, other) || FileSystem.contains(other, resolved) {
                throw refuse("it overlaps the \(role) folder '\(folder)'")
            }
        }
        if let cache, FileSystem.contains(resolved, FileSystem.resolved(cache)) {
            throw refuse("it holds the cache folder '\(cache)'")
        }
        switch FileSystem.entry(at: resolved) {
        case .missing:
            break
        case .directory:
            guard let names = FileSystem.names(in: resolved) else { throw refuse("it cannot be read") }
            let marked = FileSystem.entry(at: (resolved as NSString).appendingPathComponent(Self.markerName)) == .file
            if !names.isEmpty, !marked {
                throw refuse(
                    "the folder is not empty and has no \(Self.markerName) marker, so course build did not write it",
                    notes: ["give a new or empty folder, or the folder of an earlier build"])
            }
        default:
            throw refuse("it is not a folder")
        }
        var ancestor = parent
        while FileSystem.entry(at: ancestor) == .missing { ancestor = (ancestor as NSString).deletingLastPathComponent }
        guard FileSystem.entry(at: ancestor) == .directory else {
            throw .error(location, "cannot write the site: '\(ancestor)' is not a folder")
        }
        guard FileSystem.isWritableFolder(ancestor) else {
            throw .error(location, "cannot write the site: the folder '\(ancestor)' is not writable")
        }
    }

    /// Replaces the folder with exactly `files` (which include the marker). Builds into the same
    /// folder wait for each other; stale staging folders of a killed build are removed first.
    public func write(_ files: [String: Data], chapters: String, theme: String?, cache: String?) throws(Diagnostic) {
        do {
            try FileSystem.createDirectories(parent)
            try FileSystem.withExclusiveLock(lockPath) {
                try checkReplaceable(chapters: chapters, theme: theme, cache: cache)
                removeStaleStaging()
                let staging = (parent as NSString).appendingPathComponent(stagingPrefix + String(getpid()))
                do {
                    try populate(staging, with: files)
                    try swapIn(staging)
                } catch {
                    FileSystem.remove(staging)
                    throw error
                }
            }
        } catch let error as Diagnostic {
            throw error
        } catch let error as FileSystemError {
            throw error.diagnostic
        } catch {
            throw .error(SourceLocation(file: path, line: 1, column: 1), "cannot write the site: \(error)")
        }
    }

    private func removeStaleStaging() {
        for entry in FileSystem.names(in: parent) ?? [] where entry.hasPrefix(stagingPrefix) {
            FileSystem.remove((parent as NSString).appendingPathComponent(entry))
        }
    }

    private func populate(_ staging: String, with files: [String: Data]) throws(FileSystemError) {
        try FileSystem.createDirectories(staging)
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            let file = (staging as NSString).appendingPathComponent(name)
            try FileSystem.createDirectories((file as NSString).deletingLastPathComponent)
            try FileSystem.write(data, to: file)
        }
    }

    /// After this, `resolved` is the new site and `staging` (if anything) the old one, removed.
    private func swapIn(_ staging: String) throws(FileSystemError) {
        guard FileSystem.entry(at: resolved) != .missing else {
            try moves.rename(staging, resolved)
            return
        }
        if try moves.exchange(staging, resolved) {
            FileSystem.remove(staging)
            return
        }
        // No atomic exchange on this system: move the old site aside for the shortest moment.
        let aside = staging + "-old"
        try moves.rename(resolved, aside)
        do {
            try moves.rename(staging, resolved)
        } catch {
            try? moves.rename(aside, resolved)
            throw error
        }
        FileSystem.remove(aside)
    }

    /// Names of files that differ between `files` and the folder (missing, extra or changed).
    public func differences(_ files: [String: Data]) -> [String] {
        let manager = FileManager.default
        let existing = Set(
            (manager.subpaths(atPath: path) ?? []).filter { name in
                FileSystem.entry(at: (path as NSString).appendingPathComponent(name)) == .file
            })
        var changed: [String] = []
        for (name, data) in files
        where manager.contents(atPath: (path as NSString).appendingPathComponent(name)) != data {
            changed.append(existing.contains(name) ? "changed: \(name)" : "missing: \(name)")
        }
        for name in existing where files[name] == nil { changed.append("extra: \(name)") }
        return changed.sorted()
    }
}
