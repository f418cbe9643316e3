import Experiments
import Foundation

/// Experiment results on disk, keyed so that a change to the kind, its parameters, the seed, the
/// running binary or its resources can never serve a stale result.
///
/// The key is FNV-1a (64-bit) over: the kind name, the canonical parameters (sorted keys, numbers
/// in shortest round-trip form, so `1` and `1.0` agree), the seed, and a fingerprint of the
/// running executable's bytes and of every file in the resource bundles. `hashValue` is never
/// used: it changes from process to process.
public struct ResultCache: Sendable {
    /// The cache folder (`.cache/` by default; git-ignored).
    public var directory: String
    /// Fingerprint of the binary and resources, computed once per process.
    let buildFingerprint: UInt64
    /// Entries already decoded in this process (a long-running `course serve`), or nil.
    let memory: ResultMemory?

    /// A cache in `directory` for this build of the tool, keeping decoded entries in `memory`.
    public init(directory: String, memory: ResultMemory? = nil) {
        self.directory = directory
        self.buildFingerprint = BuildFingerprint.value
        self.memory = memory
    }

    /// The file name for a run.
    func key(kind: String, parameters: ParameterValues, seed: UInt64) -> String {
        var hash = FNV1a()
        hash.add(kind)
        hash.add(JSONText.render(parameters.resultValue))
        hash.add(String(seed))
        hash.add(String(buildFingerprint))
        return kind + "-" + String(hash.value, radix: 16)
    }

    /// A stored result, if present and intact: the entry's first line must name `key` and the
    /// checksum of the rest; anything else (edited, truncated, foreign) is treated as missing.
    func load(_ key: String) -> ExperimentResult? {
        if let kept = memory?.result(for: key) { return kept }
        guard let body = body(ofEntry: key + ".json", key: key),
            let result = try? Self.decoder.decode(ExperimentResult.self, from: body)
        else { return nil }
        memory?.keep(result, for: key)
        return result
    }

    /// Stores a result; a failure to write only costs a rerun later.
    func store(_ result: ExperimentResult, key: String) {
        memory?.keep(result, for: key)
        guard let body = try? Self.encoder.encode(result) else { return }
        write(body, toEntry: key + ".json", key: key)
    }

    /// The body of the entry file `name` if its first line names `key` and the body's checksum.
    func body(ofEntry name: String, key: String) -> Data? {
        guard let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name)),
            let newline = data.firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        let body = data[(newline + 1)...]
        guard String(decoding: data[..<newline], as: UTF8.self) == Self.header(key: key, body: body) else { return nil }
        return Data(body)
    }

    /// Writes the entry file `name` (through a temporary file and a rename, so readers never see half).
    func write(_ body: Data, toEntry name: String, key: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent(name)
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let entry = Data((Self.header(key: key, body: body) + "\n").utf8) + body
        guard FileManager.default.createFile(atPath: temporary, contents: entry) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// Removes the entry (or the leftover temporary file) with this file name.
    func remove(fileNamed name: String) {
        try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
    }

    /// An entry's first line: a format tag, its key, and the FNV-1a checksum of its body.
    private static func header(key: String, body: Data) -> String {
        var checksum = FNV1a()
        checksum.add(body)
        return "course-cache-1 \(key) \(String(checksum.value, radix: 16))"
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}

/// 64-bit FNV-1a: a small, stable, documented hash (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        value ^= 0xff  // separator, so ("ab", "c") and ("a", "bc") differ
        value = value &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: String) { add(text.utf8) }

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }
}

/// The running executable's bytes and the resource bundles' files, hashed once per process.
enum BuildFingerprint {
    static let value: UInt64 = {
        var hash = FNV1a()
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let path = FileManager.default.fileExists(atPath: executable) ? executable : CommandLine.arguments[0]
        if let data = FileManager.default.contents(atPath: path) { hash.add(data) }
        for bundle in experimentResourceBundles + [Bundle.module] {
            let root = bundle.resourcePath ?? bundle.bundlePath
            let files = (FileManager.default.subpaths(atPath: root) ?? []).sorted()
            for file in files {
                let full = (root as NSString).appendingPathComponent(file)
                hash.add(file)
                if let data = FileManager.default.contents(atPath: full) { hash.add(data) }
            }
        }
        return hash.value
    }()
}

extension ResultCache {
    /// Removes every entry (and leftover temporary file) that no directive of `chapters` uses, at
    /// any of its grid points, and every rendered grid file (a build renders it again); returns
    /// how many files were removed and how many entries were kept.
    public func clean(keepingEntriesOf chapters: [ParsedChapter]) -> (removed: Int, kept: Int) {
        let used = Set(
            chapters.flatMap(\.directives).flatMap { directive in
                directive.allPoints.flatMap { point in
                    point.runSeeds.map { key(kind: point.kind.name, parameters: point.parameters, seed: $0) }
                }
            })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var removed = 0
        var kept = 0
        for name in names {
            if name.hasSuffix(".json"), used.contains(String(name.dropLast(".json".count))) {
                kept += 1
            } else if name.hasSuffix(".json") || name.contains(".json.tmp-") || name.hasSuffix(Self.gridSuffix)
                || name.contains(Self.gridSuffix + ".tmp-")
            {
                remove(fileNamed: name)
                removed += 1
            }
        }
        return (removed, kept)
    }
}
