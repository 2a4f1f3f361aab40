import Foundation

/// Everything that can go wrong while building, storing or reading an index.
public enum RetrievalError: LocalizedError, Equatable {
    case unreadableIndex(path: String, reason: String)
    case staleSchema(path: String, found: Int, expected: Int)
    case cannotWriteIndex(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadableIndex(path, reason):
            return "cannot read index '\(path)': \(reason)"
        case let .staleSchema(path, found, expected):
            return "index '\(path)' has schema \(found), this version needs \(expected)"
        case let .cannotWriteIndex(path, reason):
            return "cannot write index '\(path)': \(reason)"
        }
    }
}
