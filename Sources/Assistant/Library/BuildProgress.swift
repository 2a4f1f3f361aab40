/// How far an index build has come, for a progress display.
public struct BuildProgress: Sendable, Equatable {
    /// The stages of a build, in order.
    public enum Phase: String, Sendable {
        case reading = "reading articles"
        case indexing = "indexing passages"
        case writing = "writing the index"
    }

    public let phase: Phase
    public let done: Int
    /// 0 when the phase has no known length.
    public let total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }
}

/// Receives build progress; called from any thread.
public typealias BuildProgressHandler = @Sendable (BuildProgress) -> Void
