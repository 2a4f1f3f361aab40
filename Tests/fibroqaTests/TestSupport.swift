import Foundation

/// Folders and paths the binary tests share.
enum Scratch {
    /// The bundled articles of this checkout.
    static let knowledge = BinaryTests.projectRoot.appendingPathComponent("knowledge")

    /// A new empty folder under the temporary directory, its name starting with `name`.
    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fibroqa-\(name)-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
