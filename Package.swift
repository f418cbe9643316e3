// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActivationCourse",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "NetEngine", targets: ["NetEngine"]),
        .executable(name: "engine-bench", targets: ["engine-bench"]),
    ],
    dependencies: [
        // The command-line parsers of `engine-bench` (and later `course`).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "NetEngine",
            resources: [.copy("Resources/digits.csv")]
        ),
        .executableTarget(
            name: "engine-bench",
            dependencies: [
                "NetEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "NetEngineTests",
            dependencies: ["NetEngine"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
