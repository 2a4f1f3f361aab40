// swift-tools-version:6.1
// fibroqa: answers questions about fibromyalgia by quoting a fixed collection of patient articles.

import PackageDescription

let package = Package(
    name: "fibroqa",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fibroqa", targets: ["fibroqa"]),
        .executable(name: "fibroqa-bench", targets: ["fibroqa-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(
            name: "Retrieval",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "Assistant",
            dependencies: ["Retrieval"],
            resources: []
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .executableTarget(
            name: "fibroqa",
            dependencies: [
                "Assistant",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "fibroqa-bench",
            dependencies: [
                "Assistant",
                "Retrieval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "RetrievalTests", dependencies: ["Retrieval", "TestSupport"]),
        .testTarget(name: "AssistantTests", dependencies: ["Assistant", "Retrieval", "TestSupport"]),
        .testTarget(name: "fibroqaTests", dependencies: ["fibroqa", "Assistant", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
