import Foundation

/// Where tests write their files: one folder per test process, under the temporary directory,
/// removed when the process exits, so a test run leaves nothing behind.
public enum Scratch {
    /// The folder of this test process.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fibroqa-tests-\(getpid())-\(UUID())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A fresh path in the scratch folder, its name starting with `name` (nothing is created).
    public static func path(_ name: String, extension ext: String? = nil) -> URL {
        let url = root.appendingPathComponent("\(name)-\(UUID())")
        return ext.map { url.appendingPathExtension($0) } ?? url
    }

    /// A new empty folder in the scratch folder, its name starting with `name`.
    public static func folder(_ name: String) throws -> URL {
        let url = path(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
