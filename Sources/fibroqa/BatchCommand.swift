import ArgumentParser
struct BatchCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "batch") }
