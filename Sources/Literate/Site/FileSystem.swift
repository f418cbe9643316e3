import CFileSwap
import Foundation

#if canImport(Glibc)
    import Glibc

    private let posixWrite = Glibc.write
    private let posixRename = Glibc.rename
#elseif canImport(Darwin)
    import Darwin

    private let posixWrite = Darwin.write
    private let posixRename = Darwin.rename
#endif

/// A failed file-system call, with the path and the system's reason.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    /// The path the call was about.
    public var path: String
    /// What was being done, e.g. "cannot write".
    public var action: String
    /// The system's reason (strerror).
    public var reason: String

    init(_ action: String, _ path: String, errno code: Int32) {
        self.path = path
        self.action = action
        self.reason = String(cString: strerror(code))
    }

    public var description: String { "\(action) '\(path)': \(reason)" }

    /// The error as a diagnostic at the path.
    var diagnostic: Diagnostic { .error(SourceLocation(file: path, line: 1, column: 1), description) }
}

/// The few POSIX calls the output folder needs, each failing with the system's reason.
enum FileSystem {
    /// What is at a path, without following a final symbolic link.
    enum Entry { case missing, directory, file, symbolicLink, other }

    static func entry(at path: String) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The absolute path with symbolic links, `.` and `..` resolved; for a path that does not exist
    /// yet, its nearest existing ancestor resolved and the rest appended.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var missing: [String] = []
        var current = (absolute as NSString).standardizingPath
        while true {
            if let real = realpath(current, nil) {
                defer { free(real) }
                let base = String(cString: real)
                return missing.reversed().reduce(base) { ($0 as NSString).appendingPathComponent($1) }
            }
            let parent = (current as NSString).deletingLastPathComponent
            guard parent != current, !parent.isEmpty else { return (absolute as NSString).standardizingPath }
            missing.append((current as NSString).lastPathComponent)
            current = parent
        }
    }

    /// Whether `ancestor` is `path` or one of the folders that contain it (both resolved).
    static func contains(_ ancestor: String, _ path: String) -> Bool {
        ancestor == path || ancestor == "/" || path.hasPrefix(ancestor + "/")
    }

    /// The names in a folder, or nil if it cannot be read.
    static func names(in folder: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: folder)
    }

    /// Creates `path` and any missing parents.
    static func createDirectories(_ path: String) throws(FileSystemError) {
        if entry(at: path) == .directory { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try createDirectories(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw FileSystemError("cannot create the folder", path, errno: errno)
        }
    }

    /// Writes `data` to a new file at `path`.
    static func write(_ data: Data, to path: String) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError("cannot write", path, errno: errno) }
        defer { close(descriptor) }
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw FileSystemError("cannot write", path, errno: failure) }
    }

    /// Renames `source` to `target` (replacing an empty folder there).
    static func rename(_ source: String, to target: String) throws(FileSystemError) {
        guard posixRename(source, target) == 0 else {
            throw FileSystemError("cannot move the new site to", target, errno: errno)
        }
    }

    /// Swaps two folders in one atomic step; false where the system cannot (the caller falls back).
    static func exchange(_ first: String, _ second: String) throws(FileSystemError) -> Bool {
        let code = course_exchange_paths(first, second)
        if code == 0 { return true }
        if code == ENOSYS || code == EINVAL { return false }
        throw FileSystemError("cannot swap the new site into", second, errno: code)
    }

    /// Removes a file or a folder and everything in it; a failure leaves debris the next build removes.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Whether the current user may create entries in the folder at `path`.
    static func isWritableFolder(_ path: String) -> Bool {
        access(path, W_OK | X_OK) == 0
    }

    /// Runs `body` holding an exclusive `flock` on the file at `path` (created if missing). The
    /// lock dies with the process, so a file left behind never blocks a later build.
    static func withExclusiveLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError("cannot open the lock file", path, errno: errno) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileSystemError("cannot lock", path, errno: errno) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
