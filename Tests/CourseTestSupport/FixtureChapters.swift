import Foundation

/// The shared fixtures folder: `small/` (a two-chapter course), `course.yml`, `golden/`.
public let fixtures = Bundle.module.resourcePath! + "/Fixtures"

/// The fixtures folder in the source tree, where `RECORD_GOLDEN=1` writes new golden files.
public let fixtureSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures")

/// A chapter around a directive body, with front matter.
public func chapter(directive kind: String = "activation-gallery", _ body: String, after: String = "") -> String {
    "---\ntitle: Test\n---\n\n# Test\n\n```{experiment} \(kind)\n\(body)```\n\(after)"
}

/// A page's HTML without the spans that mark each reference's number for the page scripts, so
/// that a test can look for the prose as a reader sees it.
public func withoutReferenceMarks(_ page: String) -> String {
    page.replacing(/<span class="ref" data-ref="[^"]*">([^<]*)<\/span>/) { String($0.output.1) }
}
