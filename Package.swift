// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "opstop",
    platforms: [.macOS(.v14)],
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
        .target(name: "CBuildInfo"),
        .target(
            name: "OpsCore",
            dependencies: [.product(name: "DequeModule", package: "swift-collections")],
            swiftSettings: strictSettings
        ),
        .target(name: "OpsSources", dependencies: ["OpsCore"], swiftSettings: strictSettings),
        .target(
            name: "OpsReceiver",
            dependencies: [
                "OpsCore", "OpsSources", "CZlib",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "OpsUI", dependencies: ["OpsCore"], swiftSettings: strictSettings),
        .target(name: "OpsTerminal", dependencies: ["CNCurses", "OpsUI"], swiftSettings: strictSettings),
        .target(
            name: "OpsConfig",
            dependencies: ["OpsCore", "OpsUI", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "opstop",
            dependencies: [
                "OpsCore", "OpsSources", "OpsReceiver", "OpsUI", "OpsTerminal", "OpsConfig", "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "OpsCoreTests", dependencies: ["OpsCore"], swiftSettings: strictSettings),
        .testTarget(name: "OpsSourcesTests", dependencies: ["OpsSources", "OpsCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "OpsReceiverTests",
            dependencies: [
                "OpsReceiver", "OpsSources", "OpsCore", "CZlib",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "OpsUITests", dependencies: ["OpsUI", "OpsCore"], resources: [.copy("Snapshots")], swiftSettings: strictSettings),
        .testTarget(name: "OpsConfigTests", dependencies: ["OpsConfig", "OpsCore", "OpsUI"], swiftSettings: strictSettings),
        .testTarget(
            name: "OpstopEndToEndTests",
            dependencies: ["opstop", "OpsCore"],
            exclude: ["Peers/python"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
