import Foundation

/// Everything that can go wrong in the assistant: knowledge files, dumps, questions, transcripts, indexes.
public enum AssistantError: LocalizedError, Equatable {
    case unreadableArticle(path: String, reason: String)
    case knowledgeMissing(path: String)
    case knowledgeNotADirectory(path: String)
    case knowledgeEmpty(path: String)
    case unreadableDump(path: String, reason: String)
    case emptyDump(path: String)
    case cannotWrite(path: String, reason: String)
    case unreadableQuestions(path: String, reason: String)
    case unreadableTranscript(path: String, reason: String)
    case malformedTranscript(path: String, line: Int, reason: String)
    case index(String)

    public var errorDescription: String? {
        switch self {
        case let .unreadableArticle(path, reason): return "cannot read article '\(path)': \(reason)"
        case let .knowledgeMissing(path): return "knowledge folder '\(path)' does not exist"
        case let .knowledgeNotADirectory(path): return "knowledge folder '\(path)' is a file, not a folder"
        case let .knowledgeEmpty(path): return "knowledge folder '\(path)' has no readable articles (*.md)"
        case let .unreadableDump(path, reason): return "cannot read dump '\(path)': \(reason)"
        case let .emptyDump(path): return "dump '\(path)' holds no articles"
        case let .cannotWrite(path, reason): return "cannot write '\(path)': \(reason)"
        case let .unreadableQuestions(path, reason): return "cannot read questions '\(path)': \(reason)"
        case let .unreadableTranscript(path, reason): return "cannot read transcript '\(path)': \(reason)"
        case let .malformedTranscript(path, line, reason): return "transcript '\(path)', line \(line): \(reason)"
        case let .index(message): return message
        }
    }
}
