import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// Hostile files end in a located error, quickly, without crashing.
@Suite struct HostileInputTests {
    func located(_ bytes: [UInt8]) -> Diagnostic? {
        switch SourceText.decode(bytes, path: "chapters/00-x.md") {
        case .success: nil
        case .failure(let diagnostic): diagnostic
        }
    }

    @Test func binaryFilesAreRefused() {
        let diagnostic = located(Array("---\ntitle: x\n---\nab".utf8) + [0, 1, 2, 255])
        #expect(diagnostic?.location.line == 4 && diagnostic?.location.column == 3)
        #expect(diagnostic?.message.contains("NUL") == true)
    }

    @Test func invalidUTF8IsLocated() {
        let diagnostic = located(Array("---\ntitle: é\n---\nok ".utf8) + [0xC3, 0x28] + Array(" more".utf8))
        #expect(diagnostic?.location.line == 4 && diagnostic?.location.column == 4, "\(String(describing: diagnostic))")
        #expect(diagnostic?.message.contains("UTF-8") == true)
    }

    @Test func aliasBombsEndInAnErrorQuickly() {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...9 {
            let previous = level == 1 ? "a" : "l\(level - 1)"
            yaml +=
                "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let start = ContinuousClock.now
        let found = diagnostics(for: chapter(yaml + "activations: *l9\n"))
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(found.hasErrors)
        let inFrontMatter = diagnostics(for: "---\ntitle: T\n" + yaml + "---\n")
        #expect(inFrontMatter.hasErrors)
    }

    @Test func enormousNumbersAndListsAreBounded() {
        #expect(
            diagnostics(for: chapter("points: 99999999999999999999999999999\n")).first?.message.contains(
                "must be between 11 and 2001") == true)
        let longList = "[" + Array(repeating: "relu", count: 10_000).joined(separator: ",") + "]"
        let start = ContinuousClock.now
        #expect(diagnostics(for: chapter("activations: \(longList)\n")).first?.message.contains("takes 1 to 8") == true)
        #expect(ContinuousClock.now - start < .seconds(5))
        let hugeBlock = "[" + Array(repeating: "relu", count: 100_000).joined(separator: ",") + "]"
        #expect(diagnostics(for: chapter("activations: \(hugeBlock)\n")).first?.message.contains("longer than") == true)
    }

    @Test func oversizedFilesAreRefused() {
        let diagnostic = located(Array(repeating: UInt8(ascii: "a"), count: SourceText.maximumBytes + 1))
        #expect(diagnostic?.message.contains("limited") == true)
    }

    @Test func deeplyNestedMarkdownDoesNotCrash() {
        let nested = String(repeating: "> ", count: 5_000) + "deep\n" + String(repeating: "*", count: 20_000) + "\n"
        #expect(diagnostics(for: "---\ntitle: T\n---\n" + nested).isEmpty)
    }
}
