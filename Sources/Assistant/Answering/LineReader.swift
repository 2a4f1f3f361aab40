import Foundation

/// Reads a file or standard input one line at a time, without holding the whole input,
/// reporting lines that are not valid UTF-8 instead of guessing at them.
public struct LineReader {
    /// One input line: its number and its text, or nil text when it is not UTF-8 or has a NUL byte.
    public struct Line {
        public let number: Int
        public let text: String?
    }

    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var number = 0
    /// Lines longer than this are cut (the rest of the line is read and dropped).
    public static let maximumLineLength = 4 << 20

    /// Reads standard input when `path` is "-", else the file at `path`.
    public init(path: String) throws {
        if path == "-" {
            fd = 0
            ownsDescriptor = false
        } else {
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                throw AssistantError.unreadableQuestions(path: path, reason: "is a folder")
            }
            fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw AssistantError.unreadableQuestions(path: path, reason: String(cString: strerror(errno)).lowercased())
            }
            ownsDescriptor = true
        }
    }

    public func close() {
        if ownsDescriptor { _ = Foundation.close(fd) }
    }

    /// The next line, or nil at the end of the input.
    public mutating func next() -> Line? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return make(line)
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return make(line)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                finished = true
            } else {
                buffer.append(contentsOf: chunk[..<n])
                if buffer.count > Self.maximumLineLength, !buffer.contains(0x0A) {
                    buffer.removeLast(buffer.count - Self.maximumLineLength)
                }
            }
        }
    }

    private mutating func make(_ bytes: [UInt8]) -> Line {
        number += 1
        var bytes = bytes
        if bytes.last == 0x0D { bytes.removeLast() }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            return Line(number: number, text: nil)
        }
        return Line(number: number, text: text)
    }
}
