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

    @Flag(help: "Render every lesson from its snapshot in Snapshots/ without running any cell.")
    var frozen = false

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        var settings = execution.settings(lessons: lessons)
        settings.frozen = frozen
        settings.output = URL(fileURLWithPath: out, relativeTo: settings.root).standardizedFileURL
        let failures = try buildSite(settings, outName: out)
        if !failures.isEmpty { throw LessonsFailed(count: failures.count) }
    }
}
