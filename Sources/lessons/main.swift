import ArgumentParser
import Foundation
import LessonKit

/// The `lessons` command: build the course site, run one lesson, verify every lesson, preview the site.
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Builds the GAN course: executes the Swift cells of Lessons/*.md and renders the site.",
        discussion: "Exit codes: 0 success, 1 a lesson failed, 2 bad usage or configuration.",
        subcommands: [Build.self, Run.self, Verify.self, Serve.self])
}

/// Runs the command and maps every outcome to the documented exit codes.
func runLessons() -> Never {
    do {
        var command = try Lessons.parseAsRoot()
        try command.run()
        exit(0)
    } catch let error as UsageError {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(2)
    } catch let error as LessonsFailed {
        if let summary = error.summary { FileHandle.standardError.write(Data("\(summary)\n".utf8)) }
        exit(1)
    } catch {
        let code = Lessons.exitCode(for: error)
        let message = Lessons.fullMessage(for: error)
        if code == .success {
            print(message)
            exit(0)
        }
        FileHandle.standardError.write(Data("\(message)\n".utf8))
        exit(2)
    }
}

runLessons()
