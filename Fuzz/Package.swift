// swift-tools-version: 6.2
// libFuzzer targets for Veil. Build with Fuzz/run.sh (it adds -sanitize=fuzzer,address);
// a plain `swift build` here builds the harnesses without libFuzzer and does not link.
import PackageDescription

let targets = ["fuzz-text", "fuzz-json", "fuzz-logfmt", "fuzz-jwt", "fuzz-export", "fuzz-rules"]

let package = Package(
    name: "veil-fuzz",
    dependencies: [.package(name: "veil", path: "..")],
    targets: [
        .target(name: "CFuzz"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzz",
                .product(name: "Veil", package: "veil"),
                .product(name: "VeilJournal", package: "veil"),
            ]
        ),
    ] + targets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport"], path: "Sources/\(name)")
    },
    swiftLanguageModes: [.v6]
)
