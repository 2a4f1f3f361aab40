import Assistant
import Testing
@testable import fibroqa

@Suite struct ProgressBarTests {
    @Test func theBarShowsThePhaseAFixedWidthBarAndCounts() {
        let half = ProgressBar.line(BuildProgress(phase: .indexing, done: 50, total: 100))
        #expect(half == "fibroqa: indexing passages [" + String(repeating: "#", count: 15) + String(repeating: " ", count: 15) + "] 50/100")
        #expect(ProgressBar.line(BuildProgress(phase: .reading, done: 300, total: 100)).contains("[" + String(repeating: "#", count: 30) + "]"))
        #expect(ProgressBar.line(BuildProgress(phase: .writing, done: 0, total: 0)) == "fibroqa: writing the index…")
    }
}
