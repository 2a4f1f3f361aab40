import Assistant
import Foundation

/// Monotonic time and process statistics for the benchmark.
enum BenchClock {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func rounded(_ value: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }

    /// The peak resident set size of this process, in KiB (as Python's `ru_maxrss`).
    static func maxRSSKilobytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss
    }
}

/// One JSON line on standard output, keys in the given order.
enum BenchJSON {
    static func print(_ pairs: [(String, JSON)]) {
        Swift.print(JSON.object(pairs).serialized)
    }
}
