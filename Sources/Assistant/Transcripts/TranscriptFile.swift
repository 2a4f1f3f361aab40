import Foundation

/// Where transcripts live on disk and how they are read and written.
public enum TranscriptFile {
    /// Transcripts are `*.txt` files; anything else in the folder (its README) is left alone.
    public static let pathExtension = "txt"

    /// The transcripts named by `paths`: files as given, folders expanded to their `*.txt`
    /// files in name order. A path that does not exist is kept, so reading it reports it.
    public static func expand(_ paths: [String]) -> [URL] {
        paths.flatMap { path -> [URL] in
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [url] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { $0.hasSuffix("." + pathExtension) && !$0.hasPrefix(".") }.sorted()
                .map { url.appendingPathComponent($0) }
        }
    }

    public static func read(_ url: URL) throws -> Transcript {
        let name = KnowledgeBase.displayPath(url)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw AssistantError.unreadableTranscript(path: name, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw AssistantError.unreadableTranscript(path: name, reason: "is a folder") }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw AssistantError.unreadableTranscript(path: name, reason: "permission denied")
        }
        return try Transcript.parse(data, name: name)
    }

    /// Replaces the file at `url` with `transcript`, atomically.
    public static func write(_ transcript: Transcript, to url: URL) throws {
        try AtomicFile.write(Data(transcript.serialized().utf8), to: url)
    }

    /// Where the output of a failed replay is saved: `NAME.actual` beside `NAME.txt`.
    public static func actualURL(for url: URL) -> URL {
        url.deletingPathExtension().appendingPathExtension("actual")
    }
}
