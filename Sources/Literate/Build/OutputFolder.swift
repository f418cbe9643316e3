import Foundation

/// Writes a built site atomically and compares it with what is on disk.
public enum OutputFolder {
    /// Replaces `path` with exactly `files`: they are written to a sibling temporary folder,
    /// then the old folder is renamed aside, the new one renamed in, and the old one deleted.
    /// If anything fails before the swap, `path` is left as it was.
    public static func write(_ files: [String: Data], to path: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(suffix)")
        let aside = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(suffix)")
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            for (name, data) in files.sorted(by: { $0.key < $1.key }) {
                let file = staging.appendingPathComponent(name)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        let hadOutput = manager.fileExists(atPath: target.path)
        if hadOutput { try manager.moveItem(at: target, to: aside) }
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            if hadOutput { try? manager.moveItem(at: aside, to: target) }
            try? manager.removeItem(at: staging)
            throw error
        }
        if hadOutput { try? manager.removeItem(at: aside) }
    }

    /// Names of files that differ between `files` and the folder at `path` (missing, extra or changed).
    public static func differences(_ files: [String: Data], from path: String) -> [String] {
        let manager = FileManager.default
        let existing = Set((manager.subpaths(atPath: path) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            let exists = manager.fileExists(atPath: (path as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue
        })
        var changed: [String] = []
        for (name, data) in files where manager.contents(atPath: (path as NSString).appendingPathComponent(name)) != data {
            changed.append(existing.contains(name) ? "changed: \(name)" : "missing: \(name)")
        }
        for name in existing where files[name] == nil { changed.append("extra: \(name)") }
        return changed.sorted()
    }
}
