import ArgumentParser
struct AskCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "ask") }
