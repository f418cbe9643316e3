import ArgumentParser
import CourseCommands
import Foundation

@testable import Literate

/// A fresh temporary folder, removed by the caller with `cleanUp`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "literate-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: file))
        return file
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Runs `course` in-process and returns its exit status (0 ok, 1 errors, 2 usage).
func runCourse(_ arguments: [String]) -> Int32 {
    CourseCommand.execute(arguments)
}

/// The fixtures folder of this test target.
let fixtures = Bundle.module.resourcePath! + "/Fixtures"

/// Diagnostics from parsing one chapter text.
func diagnostics(for text: String, name: String = "00-test.md") -> [Diagnostic] {
    let file = ChapterFile(path: "chapters/" + name)!
    switch ChapterParser.parse(text, file: file) {
    case .success: return []
    case .failure(let error): return error.diagnostics
    }
}

/// A chapter around a directive body, with front matter.
func chapter(directive kind: String = "activation-gallery", _ body: String, after: String = "") -> String {
    "---\ntitle: Test\n---\n\n# Test\n\n```{experiment} \(kind)\n\(body)```\n\(after)"
}
