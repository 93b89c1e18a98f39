// swift-tools-version:6.1
// Fuzz targets for Dudao's parsers, built apart from the main package with libFuzzer:
//   Tools/scripts/fuzz.sh TARGET SECONDS
// The package depends on the main one by path; `fuzz.sh` builds it with
// `-sanitize=fuzzer,address` and `-DFUZZING`. Built without them, `dudao-fuzz TARGET FILE…` runs
// each file through the target once, to replay a crash.
import PackageDescription

let package = Package(
    name: "DudaoFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Dudao", path: "../.."),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-protobuf.git", from: "1.39.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        .executableTarget(
            name: "DudaoFuzz",
            dependencies: [
                .product(name: "DudaoCore", package: "Dudao"),
                .product(name: "DudaoServer", package: "Dudao"),
                .product(name: "DudaoTesting", package: "Dudao"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/DudaoFuzz"
        )
    ]
)
