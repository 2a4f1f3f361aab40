import Foundation

/// Finds the articles that ship with fibroqa when no `--knowledge` folder is given.
public enum BundledKnowledge {
    /// In order: `$FIBROQA_KNOWLEDGE`; `share/fibroqa/knowledge` beside an installed binary;
    /// the `knowledge` folder of the source checkout this binary was built from.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit = environment["FIBROQA_KNOWLEDGE"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/fibroqa/knowledge")
        if FileManager.default.fileExists(atPath: installed.path) { return installed }
        return sourceCheckout
    }

    /// `knowledge/` at the root of the package this file was compiled in.
    static let sourceCheckout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("knowledge")
}
