import Assistant
import Foundation

/// A one-line progress bar for index builds on standard error: drawn only when that is a
/// terminal and the build lasts long enough to be worth watching, redrawn at most ten times a
/// second, and erased when the build ends. Its width is fixed, whatever the window.
final class ProgressBar: @unchecked Sendable {
    /// Seconds a build runs before the bar first appears (small collections never see it).
    static let delay = 0.3
    /// Seconds between two redraws.
    static let interval = 0.1
    /// Characters between the brackets.
    static let width = 30

    private let lock = NSLock()
    private let started = DispatchTime.now().uptimeNanoseconds
    private var lastDrawn: UInt64 = 0
    private var shown = false

    /// A bar for standard error, or nil when it is not a terminal (or `TERM=dumb`).
    static func forStandardError() -> ProgressBar? {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb" ? ProgressBar() : nil
    }

    func update(_ progress: BuildProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard Double(now - started) / 1e9 >= Self.delay, !shown || Double(now - lastDrawn) / 1e9 >= Self.interval else { return }
        lastDrawn = now
        shown = true
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.line(progress)).utf8))
    }

    /// Erases the bar if it was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }

    /// The text of the bar for `progress`: the phase, then a filled bar and counts when the
    /// phase has a known length.
    static func line(_ progress: BuildProgress) -> String {
        guard progress.total > 0 else { return "fibroqa: \(progress.phase.rawValue)…" }
        let fraction = min(1, max(0, Double(progress.done) / Double(progress.total)))
        let filled = Int(fraction * Double(width))
        return "fibroqa: \(progress.phase.rawValue) [" + String(repeating: "#", count: filled)
            + String(repeating: " ", count: width - filled) + "] \(progress.done)/\(progress.total)"
    }
}
