/// Every fixed sentence fibroqa says to the reader, kept in one place.
public enum Notices {
    /// Closes every answer that quotes the articles.
    public static let answered = "These quotes are general information from the articles, not medical advice. "
        + "Please talk to your doctor about your own situation."
    /// Closes an answer that found nothing to quote.
    public static let noMatch = "The articles don't cover that. For questions about your own health, please talk to your doctor."
    /// Closes an empty question.
    public static let empty = "Ask a question about fibromyalgia, for example: is fibromyalgia hereditary? "
        + "For advice about your own health, please talk to your doctor."
    /// Closes an emergency whose category in `emergency.txt` has no notice of its own.
    public static let emergency = "This may be an emergency. Call emergency services now (911 in the US); "
        + "if you are thinking about suicide, call or text 988."
    /// Leads an answer to a question about diagnosing or changing a treatment.
    public static let onlyADoctor = "Only a doctor can diagnose you or change your treatment; "
        + "here is what the articles say in general."

    /// The REPL's welcome banner.
    public static func welcome(articles: Int) -> String {
        "fibroqa answers questions about fibromyalgia with quotes from \(articles) patient article\(articles == 1 ? "" : "s").\n"
            + "Type a question, or :help for commands; Ctrl-D leaves.\n"
            + answered + "\n"
    }
}
