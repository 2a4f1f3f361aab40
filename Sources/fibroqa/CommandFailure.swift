import ArgumentParser
import Foundation

/// Maps a library error to one line on stderr and exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String

    init(_ error: Error) {
        message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }

    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, turning any error other than a usage or exit error into one line and status 1.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            Terminal.warn(CommandFailure(error).message)
            throw ExitCode.failure
        }
    }
}
