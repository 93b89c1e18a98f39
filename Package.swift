// swift-tools-version:6.1
// Dudao: education-supervision assessments (督导评估) as code, served over a framed protobuf protocol.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// How the daemon, and the benchmark's bare server beside it, are linked. The Swift runtime and
// Foundation are linked in statically: one image, so the start binds no symbols across libraries
// and the runtime's lookups scan one set of tables; at rest the daemon is 4 MB smaller and each
// call takes less CPU. lld packs the relative relocations (glibc 2.36+), which the loader reads
// and which stayed resident: 0.4 MB instead of 1.7 MB. Foundation's static archives need their C
// parts named.
let serverLinking: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-static-stdlib", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections", "-lCoreFoundation",
            "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
        ],
        .when(platforms: [.linux])
    )
]

// MARK: - Assessment modules
// Each module lives in `Plugins/<Folder>/{Sources,Tests}`, is named `<Folder>Assessment` and depends
// on DudaoCore only. `Tools/scripts/generate-assessments.sh` writes the list of folders below and
// the list the daemon and the CLI serve (`Sources/DudaoAssessments/BundledAssessments.swift`).

/// Declares an assessment module and its test target in one line.
func assessment(_ name: String, folder: String) -> [Target] {
    [
        .target(name: name, dependencies: ["DudaoCore"], path: "Plugins/\(folder)/Sources", swiftSettings: swiftSettings),
        .testTarget(
            name: "\(name)Tests",
            // DudaoStandards: a module moving onto a standard pack checks the pack against itself.
            dependencies: [.target(name: name), "DudaoCore", "DudaoStandards"],
            path: "Plugins/\(folder)/Tests",
            swiftSettings: swiftSettings
        ),
    ]
}

/// The tests of a standard pack's folder (`Plugins/<Folder>/Tests`): through the bundled registry,
/// against the results the Swift module it replaced gave (`frozen-results.json`).
func packTests(folder: String) -> Target {
    .testTarget(
        name: "\(folder)Tests",
        dependencies: ["DudaoAssessments", "DudaoStandards", "DudaoCore"],
        path: "Plugins/\(folder)/Tests",
        exclude: ["frozen-results.json"],
        swiftSettings: swiftSettings
    )
}

/// Every folder under `Plugins/` that holds `Sources/`, in name order, and every pack folder (one
/// with `pack.yaml`, compiled into `BundledPacks`) that holds `Tests/`. Written by the generator
/// rather than read from the disk here, because SwiftPM caches a manifest by its text: a new
/// folder must change this file to be seen.
// generated-assessments:begin (Tools/scripts/generate-assessments.sh)
let assessmentFolders: [String] = [
    "BasicBalance",
    "PreschoolCoverage",
    "QualityBalance",
    "TeacherPay",
]
let packTestFolders: [String] = [
    "DutyEvaluation",
    "EducationEcology",
    "InspectorCoverage",
    "KindergartenGrading",
    "ModernSchool",
    "Modernization",
    "SchoolReopening",
]
// generated-assessments:end
let assessmentModules = assessmentFolders.map { "\($0)Assessment" }

let package = Package(
    name: "Dudao",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "DudaoCore", targets: ["DudaoCore"]),
        .library(name: "DudaoStore", targets: ["DudaoStore"]),
        .executable(name: "dudao", targets: ["DudaoCommand"]),
        .executable(name: "dudaod", targets: ["DudaoDaemonMain"]),
        .executable(name: "DudaoBenchmark", targets: ["DudaoBenchmark"]),
        .library(name: "DudaoServer", targets: ["DudaoServer"]),
        .library(name: "DudaoClient", targets: ["DudaoClient"]),
        .library(name: "DudaoTesting", targets: ["DudaoTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-protobuf.git", from: "1.39.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        // MARK: - Core
        .target(
            name: "DudaoCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "DudaoCoreTests", dependencies: ["DudaoCore"], swiftSettings: swiftSettings),

        // MARK: - Record store
        .target(
            name: "DudaoStore",
            dependencies: [
                "DudaoCore", "DudaoWire", "DudaoProto", "SystemZlib", "SystemZstd",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: swiftSettings
        ),
        // zlib from Debian's zlib1g-dev, to read results stored before zstd.
        .systemLibrary(name: "SystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // zstd from Debian's libzstd-dev, to compress stored results.
        .systemLibrary(name: "SystemZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        // PostgreSQL, for several daemons sharing one record; kept out of DudaoCore and the plugins.
        .target(
            name: "DudaoPostgresStore",
            dependencies: [
                "DudaoCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DudaoStoreTests",
            dependencies: [
                "DudaoStore", "DudaoPostgresStore", "DudaoTesting", "DudaoCore", "QualityBalanceAssessment", "SystemZlib", "SystemZstd",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Wire protocol
        // Generated from `Proto/dudao/v1/*.proto` by `Tools/scripts/generate-protos.sh`; the
        // `.proto` sources sit beside the generated code and are excluded from the target.
        .target(
            name: "DudaoProto",
            dependencies: [.product(name: "SwiftProtobuf", package: "swift-protobuf")],
            path: "Proto",
            exclude: ["dudao"],
            sources: ["Generated"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DudaoWire",
            dependencies: [
                "DudaoCore", "DudaoProto",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DudaoWireTests",
            dependencies: [
                "DudaoWire", "DudaoCore", "DudaoProto",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Daemon, client and test kit
        .target(
            name: "DudaoServer",
            dependencies: [
                "DudaoCore", "DudaoWire", "DudaoProto",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DudaoServerTests",
            dependencies: [
                "DudaoServer", "DudaoCore", "DudaoWire", "DudaoProto", "DudaoTesting",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DudaoClient",
            dependencies: [
                "DudaoCore", "DudaoWire", "DudaoProto",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DudaoTesting",
            dependencies: [
                "DudaoCore", "DudaoServer", "DudaoClient", "DudaoWire", "DudaoProto", "DudaoPostgresStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "DudaoServer", "DudaoClient", "DudaoTesting", "DudaoCore", "DudaoWire", "DudaoProto", "DudaoStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SecurityTests",
            dependencies: [
                "DudaoServer", "DudaoClient", "DudaoTesting", "DudaoCore", "DudaoWire", "DudaoProto", "DudaoAssessments", "DudaoStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ConformanceTests",
            dependencies: [
                "DudaoTesting", "DudaoAssessments", "DudaoCore", "DudaoProto",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DudaoDaemon",
            dependencies: [
                "DudaoServer", "DudaoCore", "DudaoAssessments", "DudaoStore", "DudaoPostgresStore", "DudaoStandards",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        // `dudaod` itself: only the entry point, so that how it is linked is its own.
        .executableTarget(
            name: "DudaoDaemonMain",
            dependencies: ["DudaoDaemon", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings,
            linkerSettings: serverLinking
        ),
        .testTarget(
            name: "DudaoDaemonTests",
            dependencies: ["DudaoDaemon", "DudaoServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DurabilityTests",
            dependencies: [
                "DudaoClient", "DudaoCore", "DudaoStore", "DudaoPostgresStore", "DudaoTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "DudaoBenchmark",
            dependencies: [
                "DudaoClient", "DudaoCore", "DudaoWire", "DudaoProto", "DudaoAssessments", "DudaoStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Tools/Benchmark",
            swiftSettings: swiftSettings,
            linkerSettings: serverLinking
        ),

        // MARK: - Standard packs: assessments written as data (YAML or JSON), served without a rebuild
        .target(
            name: "DudaoStandards",
            dependencies: ["DudaoCore", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "DudaoStandardsTests", dependencies: ["DudaoStandards", "DudaoCore", .product(name: "Yams", package: "Yams")], swiftSettings: swiftSettings),

        // MARK: - Bundled assessments and tools
        .target(name: "DudaoAssessments", dependencies: ["DudaoStandards"] + assessmentModules.map { .target(name: $0) }, swiftSettings: swiftSettings),
        .target(name: "DudaoReport", dependencies: ["DudaoCore"], swiftSettings: swiftSettings),
        .testTarget(name: "DudaoReportTests", dependencies: ["DudaoReport", "DudaoCore"], swiftSettings: swiftSettings),
        // Files to publish and to exchange with spreadsheets: HTML reports, CSV and XLSX out and in.
        .target(
            name: "DudaoPublish",
            dependencies: [
                "DudaoCore", "DudaoReport",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DudaoPublishTests",
            dependencies: ["DudaoPublish", "DudaoCore", "DudaoReport", "DudaoAssessments", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "DudaoCommand",
            dependencies: [
                "DudaoCore", "DudaoAssessments", "DudaoReport", "DudaoPublish", "DudaoClient", "DudaoWire", "DudaoStandards",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Runs the built `dudao`: golden text of every example, and the messages a clerk reads.
        .testTarget(
            name: "DudaoCommandTests",
            dependencies: ["DudaoCore", "DudaoReport", "DudaoAssessments"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
    ]
)


package.targets += assessmentFolders.flatMap { assessment("\($0)Assessment", folder: $0) }
package.targets += packTestFolders.map { packTests(folder: $0) }
