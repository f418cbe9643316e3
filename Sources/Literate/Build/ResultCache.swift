import Experiments
import Foundation
import NetEngine

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

    /// A cache in `directory` for this build of the tool.
    public init(directory: String) {
        self.directory = directory
        self.buildFingerprint = BuildFingerprint.value
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

    /// A stored result, if present and readable.
    func load(_ key: String) -> ExperimentResult? {
        let path = (directory as NSString).appendingPathComponent(key + ".json")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? Self.decoder.decode(ExperimentResult.self, from: data)
    }

    /// Stores a result; a failure to write only costs a rerun later.
    func store(_ result: ExperimentResult, key: String) {
        guard let data = try? Self.encoder.encode(result) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent(key + ".json")
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
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
        for bundle in [netEngineResourceBundle, Bundle.module] {
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
