import Foundation

/// Where `../shared` (the read-only project material) is, seen from this test file.
enum SharedFixtures {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")
}
