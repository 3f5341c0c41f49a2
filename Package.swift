// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// Linux only: the sources use inotify and Glibc (OpsModel/LinuxOnly.swift stops other platforms at
// once). SwiftPM has no way to name Linux in `platforms`, so none are named.
let package = Package(
    name: "opstop",
    products: [
        .executable(name: "opstop", targets: ["opstop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(name: "CPrefetch"),
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "CBuildInfo"),
        .target(name: "OpsModel", swiftSettings: strictSettings),
        .target(
            name: "OpsFormats",
            dependencies: ["OpsModel", "CZlib", "CPrefetch", .product(name: "DequeModule", package: "swift-collections")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "OpsEngine",
            dependencies: ["OpsModel", "CPrefetch", .product(name: "DequeModule", package: "swift-collections")],
            swiftSettings: strictSettings
        ),
        .target(name: "OpsReport", dependencies: ["OpsModel", "OpsEngine"], swiftSettings: strictSettings),
        .target(name: "OpsDemo", dependencies: ["OpsModel"], swiftSettings: strictSettings),
        .target(
            name: "OpsSources", dependencies: ["OpsModel", "OpsFormats", "OpsEngine", "CCurl"], swiftSettings: strictSettings
        ),
        .target(
            name: "OpsReceiver",
            dependencies: [
                "OpsModel", "OpsFormats", "OpsSources", "CZlib",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "OpsUI", dependencies: ["OpsModel", "OpsFormats", "OpsEngine"], swiftSettings: strictSettings),
        .target(name: "OpsTerminal", dependencies: ["CNCurses", "OpsModel", "OpsUI"], swiftSettings: strictSettings),
        .target(
            name: "OpsRuntime", dependencies: ["OpsModel", "OpsFormats", "OpsEngine", "OpsReport", "OpsSources", "OpsUI"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "OpsConfig",
            dependencies: ["OpsModel", "OpsEngine", "OpsUI", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "opstop",
            dependencies: [
                "OpsModel", "OpsFormats", "OpsEngine", "OpsReport", "OpsDemo", "OpsSources", "OpsReceiver", "OpsUI",
                "OpsRuntime", "OpsTerminal", "OpsConfig", "CBuildInfo", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Fuzzing (scripts/fuzz.sh; a seeded smoke pass runs in OpsFormatsTests).
        .target(
            name: "OpsFuzzing", dependencies: ["OpsModel", "OpsFormats", "OpsConfig"], path: "Fuzz/OpsFuzzing",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "opstop-fuzz", dependencies: ["OpsFuzzing"], path: "Fuzz/opstop-fuzz", swiftSettings: strictSettings
        ),
        .target(
            name: "OpsTestSupport", dependencies: ["OpsModel", "OpsFormats", "CZlib"], path: "Tests/OpsTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "OpsModelTests", dependencies: ["OpsModel", "OpsTestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "OpsFormatsTests", dependencies: ["OpsFormats", "OpsModel", "OpsEngine", "OpsTestSupport", "OpsFuzzing"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OpsEngineTests", dependencies: ["OpsEngine", "OpsFormats", "OpsModel", "OpsTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OpsReportTests", dependencies: ["OpsReport", "OpsEngine", "OpsFormats", "OpsModel", "OpsTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OpsDemoTests", dependencies: ["OpsDemo", "OpsEngine", "OpsFormats", "OpsModel", "OpsTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OpsSourcesTests",
            dependencies: ["OpsSources", "OpsModel", "OpsFormats", "OpsEngine", "OpsReport", "OpsDemo", "OpsTestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "OpsReceiverTests",
            dependencies: [
                "OpsReceiver", "OpsSources", "OpsModel", "OpsFormats", "OpsTestSupport", "CZlib",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OpsUITests", dependencies: ["OpsUI", "OpsModel", "OpsFormats", "OpsEngine", "OpsDemo"], resources: [.copy("Snapshots")], swiftSettings: strictSettings),
        .testTarget(
            name: "OpsRuntimeTests",
            dependencies: ["OpsRuntime", "OpsUI", "OpsSources", "OpsEngine", "OpsModel", "OpsTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "OpsTerminalTests", dependencies: ["OpsTerminal"], swiftSettings: strictSettings),
        .testTarget(name: "OpsConfigTests", dependencies: ["OpsConfig", "OpsModel", "OpsEngine", "OpsUI"], swiftSettings: strictSettings),
        .testTarget(
            name: "OpstopEndToEndTests",
            dependencies: ["opstop", "OpsModel", "OpsEngine", "OpsSources", "OpsUI"],
            exclude: ["Peers/python"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
