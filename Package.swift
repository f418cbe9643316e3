// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActivationCourse",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "NetEngine", targets: ["NetEngine"]),
        .executable(name: "engine-bench", targets: ["engine-bench"]),
        .executable(name: "course", targets: ["course"]),
    ],
    dependencies: [
        // The command-line parsers of `course` and `engine-bench`.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Front matter and directive options: `Yams.compose` gives nodes with line and column marks.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Page templates that a theme folder can override.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // The HTTP server of `course serve` (SwiftNIO underneath), with the two packages of its
        // public API that the server code names: its logger and its service lifecycle.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // The matrix-product kernels (AVX-512, AVX2 or portable C tiles, chosen at run time).
        .target(name: "CKernels"),
        // The atomic folder exchange (renameat2) that Swift's Glibc module does not expose.
        .target(name: "CFileSwap"),
        .target(name: "CNumberFormat"),
        .target(name: "CThreadName"),
        .target(
            name: "NetEngine",
            dependencies: ["CKernels"],
            resources: [.copy("Resources/digits.csv")]
        ),
        .target(name: "Experiments", dependencies: ["NetEngine"]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(
            name: "Literate",
            dependencies: [
                "CCmark", "CFileSwap", "CNumberFormat", "Experiments",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources/theme")]
        ),
        // `course serve`: the preview server over the live site.
        .target(
            name: "CourseServer",
            dependencies: [
                "Literate", "Experiments", "CThreadName", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "CourseCommands",
            dependencies: [
                "Literate", "Experiments", "CourseServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "course", dependencies: ["CourseCommands"]),
        .executableTarget(
            name: "engine-bench",
            dependencies: [
                "NetEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers both suites share: temporary folders, the fixture chapters, running `course`.
        .target(
            name: "CourseTestSupport",
            path: "Tests/CourseTestSupport",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LiterateTests", dependencies: ["Literate", "Experiments", "CourseTestSupport"]),
        .testTarget(
            name: "CourseCommandsTests",
            dependencies: ["CourseCommands", "Literate", "CourseTestSupport", "course"]
        ),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "NetEngine"]),
        .testTarget(
            name: "CourseServerTests",
            dependencies: [
                "CourseServer", "CThreadName", "Literate", "CourseTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "NetEngineTests",
            dependencies: ["NetEngine"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
