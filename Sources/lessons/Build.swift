import ArgumentParser
import Foundation
import LessonKit

/// `lessons build`: executes the lessons and writes the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Execute the lessons and write the course site.")

    @Argument(help: "Lesson files to build (default: every Lessons/*.md).")
    var lessons: [String] = []

    @Option(help: "The folder the site is written to.")
    var out: String = "Output"

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        var settings = execution.settings(lessons: lessons)
        settings.output = URL(fileURLWithPath: out, relativeTo: settings.root).standardizedFileURL
        let builder = CourseBuilder(settings: settings)
        let display = ProgressDisplay()
        let reports = try builder.execute(report: display.finished, activity: display.activity)
        let failures = try builder.writeSite(reports)
        display.clear()
        guard failures.isEmpty else {
            failures.forEach { printError($0.description) }
            printError("the site was not written; \(out)/ still holds the previous build")
            throw LessonsFailed(count: failures.count)
        }
        printError("wrote \(reports.count) lesson page\(reports.count == 1 ? "" : "s") and the index to \(out)/")
    }
}
