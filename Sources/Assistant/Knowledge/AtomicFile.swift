import Foundation

/// Writes files so that readers see either the old content or the new, never a half-written file.
public enum AtomicFile {
    /// Writes `data` to a temporary file beside `url` (created with `mode`), flushes it, then
    /// renames it over `url`.
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o644) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let shown = KnowledgeBase.displayPath(url)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw AssistantError.cannotWrite(path: shown, reason: errorText(errno)) }
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let n = Foundation.write(fd, base + offset, raw.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { failure = n < 0 ? errno : EIO; return }
                offset += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary.path, url.path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary.path)
            throw AssistantError.cannotWrite(path: shown, reason: errorText(failure))
        }
    }

    /// The C library's message for `code`, in lower case.
    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
