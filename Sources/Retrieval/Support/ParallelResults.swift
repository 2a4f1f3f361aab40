import Foundation

/// Results of work spread over threads: each slot is filled once, from any thread, and read
/// back in order when the work is done; it also counts the work done, for progress reports.
public final class ParallelResults<Element>: @unchecked Sendable {
    private var slots: [Element?]
    private var done = 0
    private let lock = NSLock()

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores `value` in slot `index`.
    public func set(_ index: Int, _ value: Element) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    /// Adds `count` to the work done and returns the total so far.
    @discardableResult
    public func advance(by count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        done += count
        return done
    }

    /// The filled slots, in slot order.
    public var values: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
