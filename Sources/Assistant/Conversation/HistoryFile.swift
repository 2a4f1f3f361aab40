import Foundation

/// The prompt's history on disk. Questions are about people's health, so the file is private
/// (mode 0600, in a 0700 folder). Each line is appended as it is entered, so a crash loses at
/// most that line; the file is cut back to `capacity` lines by an atomic rewrite when loaded.
public struct HistoryFile: Sendable {
    /// How many lines are kept.
    public static let capacity = 1_000
    public static let mode: mode_t = 0o600

    public let url: URL

    public init(url: URL) { self.url = url }

    /// `$XDG_STATE_HOME/fibroqa/history`, else `~/.local/state/fibroqa/history`; nil when history
    /// is switched off (`FIBROQA_HISTORY=0`) or there is no home folder.
    public static func standard(environment: [String: String]) -> HistoryFile? {
        if environment["FIBROQA_HISTORY"] == "0" { return nil }
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        } else {
            return nil
        }
        return HistoryFile(url: base.appendingPathComponent("fibroqa/history"))
    }

    /// The saved lines, oldest first (at most `capacity`); a missing file is an empty history.
    public func load() throws -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count > Self.capacity else { return lines }
        let kept = Array(lines.suffix(Self.capacity))
        try AtomicFile.write(Data(kept.map { $0 + "\n" }.joined().utf8), to: url, mode: Self.mode)
        return kept
    }

    /// Appends one line, creating the file (0600) and its folder (0700) when needed.
    public func append(_ line: String) throws {
        guard !line.isEmpty, !line.contains("\n") else { return }
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT, Self.mode)
        guard fd >= 0 else { throw AssistantError.cannotWrite(path: url.path, reason: AtomicFile.errorText(errno)) }
        defer { close(fd) }
        _ = fchmod(fd, Self.mode)
        let bytes = Array((line + "\n").utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw AssistantError.cannotWrite(path: url.path, reason: AtomicFile.errorText(errno)) }
    }
}
