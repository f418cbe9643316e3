import Foundation

/// What one run of the real `course` executable did.
public struct CourseRun: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything printed on stdout.
    public var output: String
    /// Everything printed on stderr.
    public var errors: String
}

/// The `course` executable built beside this test bundle.
public let courseExecutable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("course").path

/// Runs the real `course` executable in `directory` and waits for it.
public func runCourseProcess(_ arguments: [String], in directory: String) throws -> CourseRun {
    let process = try startCourseProcess(arguments, in: directory)
    return try process.finish()
}

/// A `course` process started in the background; `finish()` waits for it and reads what it printed.
public struct StartedCourse {
    public let process: Process
    let outputFile: String
    let errorFile: String

    /// What it has printed on stdout so far.
    public var outputSoFar: String { (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? "" }

    public func finish() throws -> CourseRun {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(atPath: outputFile)
            try? FileManager.default.removeItem(atPath: errorFile)
        }
        return CourseRun(
            status: process.terminationStatus,
            output: try String(contentsOfFile: outputFile, encoding: .utf8),
            errors: try String(contentsOfFile: errorFile, encoding: .utf8))
    }
}

/// Starts the real `course` executable in `directory`, its output going to temporary files (a
/// pipe could fill and block it), with `environment` added to this process's.
public func startCourseProcess(_ arguments: [String], in directory: String, environment: [String: String] = [:])
    throws -> StartedCourse
{
    let base = NSTemporaryDirectory() + "course-run-" + UUID().uuidString
    let started = StartedCourse(process: Process(), outputFile: base + ".out", errorFile: base + ".err")
    _ = FileManager.default.createFile(atPath: started.outputFile, contents: nil)
    _ = FileManager.default.createFile(atPath: started.errorFile, contents: nil)
    started.process.executableURL = URL(fileURLWithPath: courseExecutable)
    started.process.arguments = arguments
    started.process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    started.process.currentDirectoryURL = URL(fileURLWithPath: directory)
    started.process.standardInput = FileHandle.nullDevice
    started.process.standardOutput = FileHandle(forWritingAtPath: started.outputFile)
    started.process.standardError = FileHandle(forWritingAtPath: started.errorFile)
    try started.process.run()
    return started
}

/// Every regular file under `folder` with its bytes, by relative path.
public func snapshot(_ folder: String) -> [String: Data] {
    var files: [String: Data] = [:]
    for name in FileManager.default.subpaths(atPath: folder) ?? [] {
        let path = (folder as NSString).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[name] = FileManager.default.contents(atPath: path)
        }
    }
    return files
}
