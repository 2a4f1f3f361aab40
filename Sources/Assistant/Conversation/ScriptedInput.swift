import Foundation

/// Questions read from a file or a pipe: blank lines and `#` comments are skipped, lines that
/// are not text are reported by number.
public enum ScriptedInput {
    /// Calls `body` with each question (or `:` command), trimmed, until the input ends or `body`
    /// returns false; calls `invalid` with the number of each line that is not UTF-8 text.
    /// Returns how many lines were invalid.
    @discardableResult
    public static func forEachQuestion(in reader: inout LineReader, invalid: (Int) -> Void, _ body: (String) -> Bool) -> Int {
        var failed = 0
        while let line = reader.next() {
            guard let text = line.text else {
                invalid(line.number)
                failed += 1
                continue
            }
            let question = text.trimmingCharacters(in: .whitespaces)
            if question.isEmpty || question.hasPrefix("#") { continue }
            if !body(question) { break }
        }
        return failed
    }
}
