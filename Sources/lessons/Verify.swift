import ArgumentParser
import Foundation
import LessonKit

/// `lessons verify`: executes every lesson and reports each failure, for CI.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check that every lesson runs and every check passes.")

    /// How failures are reported.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, github, junit
    }

    @Argument(help: "Lesson files to verify (default: every Lessons/*.md).")
    var lessons: [String] = []

    @Option(help: "Report format: text, github (workflow annotations) or junit (XML on standard output).")
    var format: Format = .text

    @Flag(help: "Rewrite the snapshots in Snapshots/ from this run instead of comparing with them.")
    var update = false

    @Option(help: "Also write a JUnit XML report to this file (for CI's test summaries).")
    var junit: String?

    @Option(help: "Verify only shard I of N (e.g. 1/4): lessons are dealt out in file-name order.")
    var shard: String?

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        var settings = execution.settings(lessons: lessons)
        settings.snapshots = update ? .update : .compare
        if let shard {
            let parts = shard.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 2, parts[1] > 0, (1...parts[1]).contains(parts[0]) else {
                throw UsageError("--shard takes I/N with 1 ≤ I ≤ N, e.g. 1/4, not '\(shard)'")
            }
            let all = try LessonLoader.lessonPaths(root: settings.root, requested: lessons)
            settings.lessons = all.enumerated().filter { $0.offset % parts[1] == parts[0] - 1 }.map(\.element)
            guard !settings.lessons.isEmpty else { return }
        }
        let display = ProgressDisplay()
        let reports = try CourseBuilder(settings: settings).execute(report: display.finished, activity: display.activity)
        display.clear()
        let failures = reports.flatMap(\.failures)
        switch format {
        case .text: failures.forEach { printError($0.description) }
        case .github: failures.forEach { print(VerifyReport.githubAnnotation($0)) }
        case .junit: print(VerifyReport.junit(reports), terminator: "")
        }
        if let junit {
            let url = URL(fileURLWithPath: junit, relativeTo: settings.root)
            do { try Data(VerifyReport.junit(reports).utf8).write(to: url) } catch {
                throw UsageError("cannot write the JUnit report to \(junit): \(error.localizedDescription)")
            }
        }
        let passed = reports.filter(\.failures.isEmpty).count
        printError("\(passed) passed, \(reports.count - passed) failed")
        if !failures.isEmpty { throw LessonsFailed(summary: nil) }
    }
}
