import Foundation
import Synchronization

/// Watches the files a build reads (the chapters folder, a theme folder, `course.yml`) and calls
/// back once a burst of changes has settled. It polls their sizes and modification times on a
/// thread of its own: no inotify dependency, and a burst of saves gives one rebuild.
public final class SiteWatcher: Sendable {
    private let paths: [String]
    private let interval: TimeInterval
    private let stopped = Mutex(false)

    /// A watcher over `paths` (files or folders, read recursively), polling every `interval` seconds.
    public init(paths: [String], interval: TimeInterval = 0.05) {
        self.paths = paths
        self.interval = interval
    }

    /// Starts polling; `changed` runs on the watcher's thread after the files have stopped
    /// changing for one interval.
    public func start(_ changed: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in
            var seen = signature()
            var pending = false
            while !stopped.withLock({ $0 }) {
                Thread.sleep(forTimeInterval: interval)
                let now = signature()
                if now != seen {
                    seen = now
                    pending = true
                } else if pending {
                    pending = false
                    changed()
                }
            }
        }
        thread.name = "course serve watcher"
        thread.start()
    }

    /// Stops polling.
    public func stop() { stopped.withLock { $0 = true } }

    /// Every watched file's path, size and modification time.
    func signature() -> [String] {
        let manager = FileManager.default
        var entries: [String] = []
        for root in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: root, isDirectory: &isFolder) else {
                entries.append(root + " missing")
                continue
            }
            let files =
                isFolder.boolValue ? (manager.subpaths(atPath: root) ?? []).sorted().map { root + "/" + $0 } : [root]
            for file in files {
                guard let attributes = try? manager.attributesOfItem(atPath: file) else { continue }
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                entries.append("\(file) \(size) \(time)")
            }
        }
        return entries
    }
}
