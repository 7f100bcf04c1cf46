// swift-tools-version: 6.1
// Benchmarks for Veil, kept out of the main package so its dependency graph stays small.
// Run: cd Benchmarks && swift package --disable-sandbox benchmark --target LoggingBenchmarks
import PackageDescription

let package = Package(
    name: "veil-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "veil", path: ".."),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The calls' inputs, shared by both benchmarks.
        .target(name: "BenchmarkCalls"),
        .executableTarget(
            name: "LoggingBenchmarks",
            dependencies: [
                "BenchmarkCalls",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Veil", package: "veil"),
                .product(name: "VeilLogging", package: "veil"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/LoggingBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        ),
        // Fallback/cross-check without the benchmark plugin: a plain timing loop (release mode).
        .executableTarget(
            name: "LoggingHarness",
            dependencies: [
                "BenchmarkCalls",
                .product(name: "VeilLogging", package: "veil"),
                .product(name: "Veil", package: "veil"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
