import Foundation
import Mustache

/// The page templates and assets: the default theme shipped in this module's resources, with
/// any file of a `--theme` folder replacing its namesake.
struct Theme: Sendable {
    /// Renders one chapter page.
    var page: MustacheTemplate
    /// Renders the index page.
    var index: MustacheTemplate
    /// Files copied as they are into the output (the stylesheet), by name.
    var assets: [String: Data]

    static let templateNames = ["page.mustache", "index.mustache"]
    static let assetNames = ["style.css", "explore.js", "search.js"]

    /// The default theme, overridden file by file from `overrideFolder`.
    /// A theme file larger than this is refused (the default theme's largest is a few kilobytes).
    static let maximumFileBytes = 2_000_000

    static func load(overrideFolder: String?) throws -> Theme {
        func contents(_ name: String) throws -> Data {
            if let overrideFolder {
                let path = (overrideFolder as NSString).appendingPathComponent(name)
                var info = stat()
                if stat(path, &info) == 0 {
                    guard info.st_mode & S_IFMT == S_IFREG, info.st_size <= Self.maximumFileBytes else {
                        throw ThemeError(
                            message:
                                "\(path): a theme file must be a regular file of at most \(Self.maximumFileBytes) bytes"
                        )
                    }
                    if let data = FileManager.default.contents(atPath: path) { return data }
                }
            }
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "theme"),
                let data = try? Data(contentsOf: url)
            else { throw ThemeError(message: "the default theme is missing \(name)") }
            return data
        }
        func template(_ name: String) throws -> MustacheTemplate {
            do {
                return try MustacheTemplate(string: String(decoding: try contents(name), as: UTF8.self))
            } catch let error as ThemeError {
                throw error
            } catch {
                throw ThemeError(message: "\(name): cannot parse the template: \(error)")
            }
        }
        var assets: [String: Data] = [:]
        for name in assetNames { assets[name] = try contents(name) }
        return Theme(page: try template("page.mustache"), index: try template("index.mustache"), assets: assets)
    }
}

/// A theme file that cannot be read or parsed.
struct ThemeError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
