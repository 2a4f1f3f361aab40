import Foundation

/// Where indexes live: the user's cache directory (XDG), one file per knowledge folder.
public enum IndexLocation {
    /// `$XDG_CACHE_HOME/fibroqa/index-<key>.sqlite`, or `~/.cache/fibroqa/…`, keyed by the
    /// knowledge folder's absolute path so each collection has its own index.
    public static func defaultPath(for knowledge: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".cache")
        }
        let key = ContentHash.hex(Array(knowledge.standardizedFileURL.path.utf8))
        return base.appendingPathComponent("fibroqa").appendingPathComponent("index-\(key).sqlite").path
    }
}
