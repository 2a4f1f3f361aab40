import Foundation

/// Questions read from a file or a pipe: blank lines and `#` comments are skipped (a hashtag,
/// "#fibro does it run in families", is a question), lines that are not text are reported by number.
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
            if question.isEmpty || isComment(question) { continue }
            if !body(question) { break }
        }
        return failed
    }

    /// True for a line opened by "#" and no word right after it ("# kinds of fact", "#"): a
    /// hashtag ("#fibro", "#2") opens a question.
    public static func isComment(_ line: String) -> Bool {
        guard line.hasPrefix("#") else { return false }
        guard let next = line.dropFirst().first else { return true }
        return !(next.isLetter || next.isNumber)
    }
}
