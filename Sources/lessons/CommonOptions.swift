import ArgumentParser
import Foundation
import LessonKit

/// A run in which some lesson failed (exit code 1); the failures have been printed already.
struct LessonsFailed: Error {
    /// A closing line for the terminal, or nil when the command has printed its own summary.
    var summary: String?

    /// A failure with `count` errors, each already printed.
    init(count: Int) {
        summary = "\(count) error\(count == 1 ? "" : "s"); see above"
    }

    /// A failure whose summary the command printed itself.
    init(summary: String?) {
        self.summary = summary
    }
}

/// Options shared by the commands that execute lessons.
struct ExecutionOptions: ParsableArguments {
    @Option(help: "Seconds a cell may run unless its 'timeout' option says otherwise.")
    var timeout: Double = 300

    @Flag(help: "Run every lesson even when cached results are up to date.")
    var noCache = false

    @Option(help: "How many lessons run at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout takes a positive number of seconds") }
        guard jobs > 0 else { throw ValidationError("--jobs takes a positive number") }
    }

    /// Build settings for the course in the current folder.
    func settings(lessons: [String]) -> BuildSettings {
        var settings = BuildSettings(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        settings.lessons = lessons
        settings.cellTimeout = timeout
        settings.useCache = !noCache
        settings.jobs = jobs
        return settings
    }
}

/// Prints to standard error, where progress and diagnostics go.
func printError(_ text: String, newline: Bool = true) {
    FileHandle.standardError.write(Data((newline ? text + "\n" : text).utf8))
}
