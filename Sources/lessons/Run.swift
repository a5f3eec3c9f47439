import ArgumentParser
import Foundation
import LessonKit

/// `lessons run`: executes one lesson and prints each cell's output, for authors while writing.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run one lesson and print what its cells show.")

    @Argument(help: "The lesson file, e.g. Lessons/03-maximum-likelihood.md.")
    var lesson: String

    @Option(help: "Print only this cell (its number from 1, or its id); earlier cells still run.")
    var cell: String?

    @Option(help: "Seconds a cell may run unless its 'timeout' option says otherwise.")
    var timeout: Double = 300

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout takes a positive number of seconds") }
    }

    func run() throws {
        var settings = BuildSettings(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        settings.lessons = [lesson]
        settings.cellTimeout = timeout
        settings.useCache = false
        settings.fullOutput = true
        let path = try LessonLoader.lessonPaths(root: settings.root, requested: [lesson])[0]
        let parsed: Lesson
        do {
            parsed = try LessonLoader.load(path, root: settings.root)
        } catch let errors as LessonErrors {
            errors.errors.forEach { printError($0.description) }
            throw LessonsFailed(count: errors.errors.count)
        }
        let only = try cell.map { try index(of: $0, in: parsed) }
        let display = ProgressDisplay()
        let reports = try CourseBuilder(settings: settings).execute(activity: display.activity)
        display.clear()
        guard let report = reports.first else { return }
        if let lesson = report.lesson, let results = report.results {
            print(TerminalReport.cellOutputs(
                lesson, results: results, only: only,
                figures: settings.cacheFolder.appendingPathComponent("figures")), terminator: "")
        }
        guard report.failures.isEmpty else {
            report.failures.forEach { printError($0.description) }
            throw LessonsFailed(count: report.failures.count)
        }
    }

    private func index(of cell: String, in lesson: Lesson) throws -> Int {
        if let number = Int(cell) {
            guard lesson.cells.indices.contains(number - 1) else {
                throw UsageError("\(lesson.path) has \(lesson.cells.count) cells; --cell takes 1 to \(lesson.cells.count) or a cell id")
            }
            return number - 1
        }
        guard let match = lesson.cells.first(where: { $0.options.id == cell }) else {
            let ids = lesson.cells.compactMap(\.options.id)
            throw UsageError("\(lesson.path) has no cell with id '\(cell)'; ids: \(ids.isEmpty ? "none" : ids.joined(separator: ", "))")
        }
        return match.index
    }
}
