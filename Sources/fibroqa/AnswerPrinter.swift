import Assistant

/// Chooses the text style for an answer.
enum AnswerPrinter {
    static func text(_ answer: Answer, forTerminal styled: Bool) -> String {
        TextRenderer(style: styled ? .ansi : .plain).render(answer)
    }
}
