import Experiments
import Foundation

extension ResultCache {
    /// The ending of a rendered grid file's entry.
    static let gridSuffix = ".grid.js"

    /// The key of an explored experiment's rendered grid file: everything it is made from. That is
    /// the build (renderer and theme, through the fingerprint), the page (slug, the directive's
    /// first figure number, the directive block as written, the chapter's references to it), and
    /// the cache key of every run of the chapter's experiments at every point.
    func gridKey(
        slug: String, directive: ExperimentDirective, firstNumber: Int, references: [String], chapter: ParsedChapter
    ) -> String {
        var hash = FNV1a()
        hash.add(String(buildFingerprint))
        hash.add(slug)
        hash.add(directive.id)
        hash.add(String(firstNumber))
        for text in [directive.caption]
            + directive.figureCaptions.sorted(by: { $0.key < $1.key }).flatMap({ [$0.key, $0.value] })
            + directive.show + directive.claims.map({ $0.path.joined(separator: ".") + " " + $0.text }) + references
        {
            hash.add(text)
        }
        for other in chapter.directives {
            for point in other.allPoints {
                for seed in point.runSeeds {
                    hash.add(key(kind: point.kind.name, parameters: point.parameters, seed: seed))
                }
            }
        }
        return "grid-" + String(hash.value, radix: 16)
    }

    /// A stored rendered grid file, if present and intact.
    func loadGrid(_ key: String) -> String? {
        body(ofEntry: key + Self.gridSuffix, key: key).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Stores a rendered grid file.
    func storeGrid(_ text: String, key: String) {
        write(Data(text.utf8), toEntry: key + Self.gridSuffix, key: key)
    }
}
