import Foundation
import LessonEvents

/// What the engine tells the build while a lesson runs (for the terminal, never for the page).
public enum ExecutionActivity: Sendable {
    case compiling
    case running(cell: Int)
    case progress(cell: Int, ProgressRecord)
}

/// Execute stage: compiles a lesson's cells into one program, runs it in a child process with time
/// limits, and collects each cell's events.
public struct SwiftEngine: Sendable {
    /// Seconds a cell may run unless its `timeout` option says otherwise.
    public var defaultCellTimeout: Double
    let compiler: SwiftCompiler
    let libraries: RuntimeLibraries
    let scratch: URL

    /// Prepares an engine: finds the compiler and builds (or reuses) the runtime libraries.
    public static func prepare(packageRoot: URL, cache: URL, defaultCellTimeout: Double) throws(UsageError) -> SwiftEngine {
        let scratch = cache.appendingPathComponent("work")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw UsageError("cannot create the cache folder \(scratch.path): \(error.localizedDescription)")
        }
        let compiler = try SwiftCompiler.installed(scratch: scratch)
        let libraries = try RuntimeLibraries.build(packageRoot: packageRoot, cache: cache, compiler: compiler)
        return SwiftEngine(defaultCellTimeout: defaultCellTimeout, compiler: compiler, libraries: libraries, scratch: scratch)
    }

    /// Everything that decides a lesson's results besides the lesson itself: toolchain, flags, libraries.
    public var environmentKey: String {
        [compiler.version, SwiftCompiler.programFlags.joined(separator: " "), libraries.key].joined(separator: "\n")
    }

    /// Runs the lesson's cells and returns what each showed; never throws for a lesson's own mistakes.
    public func execute(_ lesson: Lesson, activity: (ExecutionActivity) -> Void = { _ in }) throws(UsageError) -> LessonResults {
        let started = Date()
        var results = LessonResults(cellCount: lesson.cells.count)
        guard lesson.cells.contains(where: \.options.eval) || !lesson.inlineExpressions.isEmpty else { return results }
        let folder = scratch.appendingPathComponent("\(lesson.slug)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        activity(.compiling)
        let run = LessonRun(lesson: lesson, engine: self, folder: folder)
        var excluded: Set<Int> = []
        guard let program = try run.compile(excluding: &excluded, into: &results) else {
            results.seconds = Date().timeIntervalSince(started)
            return results
        }
        try run.execute(program, excluded: excluded, into: &results, activity: activity)
        run.checkExpectations(into: &results)
        results.seconds = Date().timeIntervalSince(started)
        return results
    }
}

/// One execution of one lesson, in its own scratch folder.
struct LessonRun {
    let lesson: Lesson
    let engine: SwiftEngine
    let folder: URL

    // MARK: - Compiling

    /// Compiles the program; compile errors inside `error: expected` cells are recorded on those cells
    /// and the cells left out, any other error fails the lesson (nil).
    func compile(excluding excluded: inout Set<Int>, into results: inout LessonResults) throws(UsageError) -> URL? {
        let source = folder.appendingPathComponent("main.swift")
        let binary = folder.appendingPathComponent("lesson")
        while true {
            let text = ProgramGenerator.program(for: lesson, excluding: excluded)
            do { try text.write(to: source, atomically: true, encoding: .utf8) } catch {
                throw UsageError("cannot write \(source.path): \(error.localizedDescription)")
            }
            let arguments = SwiftCompiler.programFlags + ["-diagnostic-style", "llvm", "-module-name", "LessonProgram"]
                + engine.libraries.linkArguments + [source.path, "-o", binary.path]
            let result = try engine.compiler.compile(arguments, scratch: folder)
            if result.succeeded { return binary }
            let errors = Diagnostic.errors(in: result.output)
            let located = errors.map { (error: $0, cell: cell(containing: $0)) }
            let expected = located.filter { $0.cell?.options.error == .expected }
            if !expected.isEmpty && expected.count == located.count {
                for (error, cell) in expected {
                    let index = cell!.index
                    results.cells[index].ran = true
                    results.cells[index].appendError(error.text)
                    excluded.insert(index)
                }
                continue
            }
            record(compileErrors: located.filter { $0.cell?.options.error != .expected }, output: result.output, into: &results)
            return nil
        }
    }

    private func cell(containing diagnostic: Diagnostic) -> Cell? {
        guard diagnostic.file == lesson.path else { return nil }
        return lesson.cells.first { cell in
            let lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).count
            return (cell.codeFirstLine..<cell.codeFirstLine + max(lines, 1)).contains(diagnostic.line)
        }
    }

    private func record(compileErrors: [(error: Diagnostic, cell: Cell?)], output: String, into results: inout LessonResults) {
        guard !compileErrors.isEmpty else {
            results.failures.append(LessonError(
                file: lesson.path, line: 1, message: "the lesson program does not compile:\n\(output)",
                hint: "this looks like a problem of the engine, not of the lesson; please report it"))
            return
        }
        for (error, cell) in compileErrors {
            let inLesson = error.file == lesson.path
            results.failures.append(LessonError(
                file: lesson.path, line: inLesson ? error.line : (cell?.codeFirstLine ?? 1),
                column: inLesson ? error.column : nil, message: error.message,
                hint: "fix the code, then run 'swift run lessons run \(lesson.path)'"))
            if let cell { results.cells[cell.index].appendError(error.text) }
        }
    }

    // MARK: - Running

    /// Runs the program; a crash in an `error: expected` cell is recorded and the program run again
    /// without that cell, so the cells after it still show their results.
    func execute(
        _ binary: URL, excluded: Set<Int>, into results: inout LessonResults, activity: (ExecutionActivity) -> Void
    ) throws(UsageError) {
        var skipped: [Int: String] = [:]
        while true {
            let outcome = try runOnce(binary, skipping: Set(skipped.keys), activity: activity)
            for index in results.cells.indices where !excluded.contains(index) {
                results.cells[index] = CellResult()
            }
            for (index, events) in outcome.cellEvents {
                results.cells[index].events = events
                results.cells[index].ran = true
            }
            for (index, message) in skipped {
                results.cells[index].error = message
                results.cells[index].ran = true
            }
            results.inlineValues = outcome.inlineValues
            guard let failure = outcome.failure else { break }
            let failingCell = failure.cell.map { lesson.cells[$0] }
            if let failingCell, failingCell.options.error == .expected, skipped[failingCell.index] == nil, !failure.timedOut {
                skipped[failingCell.index] = failure.message
                continue
            }
            if let index = failure.cell { results.cells[index].error = failure.message }
            results.failures.append(failure.error)
            break
        }
        for event in results.cells.flatMap(\.events) {
            if case .check(let check) = event, !check.passed {
                results.failures.append(LessonError(
                    file: check.file, line: check.line, message: "check failed: \(check.message)",
                    hint: "the lesson's prose relies on this; fix the code or the claim"))
            }
        }
    }

    /// Marks `error: expected` cells that ran cleanly as failures.
    func checkExpectations(into results: inout LessonResults) {
        guard results.failures.isEmpty else { return }
        for cell in lesson.cells where cell.options.eval && cell.options.error == .expected && results.cells[cell.index].error == nil {
            results.failures.append(LessonError(
                file: lesson.path, line: cell.fenceLine, message: "\(cell.displayName) is marked 'error: expected' but ran without error",
                hint: "remove '//| error: expected' or make the cell fail as the lesson intends"))
        }
    }
}
