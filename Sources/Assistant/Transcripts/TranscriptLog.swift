import Foundation

/// Records a live session as a transcript, appending each input and its output as it happens.
public final class TranscriptLog {
    public let url: URL
    private let fd: Int32

    /// Creates (or empties) the file at `url`; it is private (0600), as it holds health questions.
    public init(url: URL) throws {
        self.url = url
        fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0o600)
        guard fd >= 0 else {
            throw AssistantError.cannotWrite(path: KnowledgeBase.displayPath(url), reason: AtomicFile.errorText(errno))
        }
    }

    deinit { close(fd) }

    /// Appends one exchange; `output` is the plain (unstyled, unwrapped) text printed for `input`.
    public func append(input: String, output: String) throws {
        let entry = Transcript.Entry(input: input, output: Transcript.outputLines(output))
        let bytes = Array(Transcript(entries: [entry]).serialized().utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw AssistantError.cannotWrite(path: KnowledgeBase.displayPath(url), reason: AtomicFile.errorText(errno))
        }
    }
}
