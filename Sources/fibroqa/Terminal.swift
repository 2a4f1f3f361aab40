import Foundation

/// Writing to the standard streams.
enum Terminal {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("fibroqa: \(message)\n".utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
