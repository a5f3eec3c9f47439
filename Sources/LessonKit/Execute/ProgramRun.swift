import Foundation
import LessonEvents

/// How one run of a lesson program ended.
struct RunOutcome {
    /// The events of every cell that started, by cell index.
    var cellEvents: [Int: [CellEvent]] = [:]
    var inlineValues: [Int: String] = [:]
    /// Why the run did not reach its end, if it did not.
    var failure: RunFailure?
}

/// A crash, a time-out or an early exit, located at the cell that was running.
struct RunFailure {
    var cell: Int?
    /// The text shown under the cell.
    var message: String
    /// The failure as reported for the lesson.
    var error: LessonError
    var timedOut: Bool
}

extension LessonRun {
    /// Runs the compiled program once, stopping it when a cell exceeds its time limit.
    func runOnce(_ binary: URL, skipping skipped: Set<Int>, activity: (ExecutionActivity) -> Void) throws(UsageError) -> RunOutcome {
        let eventsFile = folder.appendingPathComponent("events-\(UUID().uuidString).jsonl")
        let stdoutFile = folder.appendingPathComponent("stdout.txt"), stderrFile = folder.appendingPathComponent("stderr.txt")
        let log = EventLog(url: eventsFile)
        var environment = ProcessInfo.processInfo.environment
        environment[LessonEnvironment.eventsFile] = eventsFile.path
        environment[LessonEnvironment.skippedCells] = skipped.sorted().map(String.init).joined(separator: ",")
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let process = ChildProcess(
            executable: binary.path, arguments: [], environment: environment,
            standardOutput: stdoutFile.path, standardError: stderrFile.path)

        var current: (cell: Int, since: Date)?
        var timedOut = false
        let termination = try process.run {
            for event in log.poll() {
                switch event {
                case .cellStarted(let cell):
                    current = (cell, Date())
                    activity(.running(cell: cell))
                case .progress(let record):
                    if let cell = current?.cell { activity(.progress(cell: cell, record)) }
                default: break
                }
            }
            guard let running = current else { return false }
            timedOut = Date().timeIntervalSince(running.since) > timeLimit(of: running.cell)
            return timedOut
        }
        log.poll()
        var outcome = RunOutcome()
        var cell: Int?
        var statementLine: Int?
        var finished = false
        for event in log.events {
            switch event {
            case .cellStarted(let index):
                cell = index
                statementLine = nil
                outcome.cellEvents[index] = []
            case .reached(let line):
                statementLine = line
            case .inlineValue(let index, let text):
                outcome.inlineValues[index] = text
            case .finished:
                finished = true
            default:
                if let cell { outcome.cellEvents[cell, default: []].append(event) }
            }
        }
        let stdout = (try? String(contentsOf: stdoutFile, encoding: .utf8)) ?? ""
        if !stdout.isEmpty, let cell {
            // Output written around Swift's print (C's printf, FileHandle) still reaches the page.
            outcome.cellEvents[cell, default: []].append(.text(stdout))
        }
        if termination == .exited(0) && finished { return outcome }
        let stderr = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
        outcome.failure = failure(
            termination: termination, timedOut: timedOut, cell: cell, statementLine: statementLine, stderr: stderr)
        return outcome
    }

    private func timeLimit(of cell: Int) -> Double {
        lesson.cells[cell].options.timeout ?? engine.defaultCellTimeout
    }

    /// The failure of a run that stopped in cell `index`, in the top-level statement starting on
    /// `statementLine` (when the program reported one).
    private func failure(
        termination: ChildProcess.Termination, timedOut: Bool, cell index: Int?, statementLine: Int?, stderr: String
    ) -> RunFailure {
        let cell = index.map { lesson.cells[$0] }
        let name = cell?.displayName ?? "the lesson program"
        let line = statementLine ?? cell?.codeFirstLine ?? 1
        if timedOut, let cell {
            let seconds = String(format: "%g", timeLimit(of: cell.index))
            let message = "\(name) did not finish within \(seconds) s and was stopped"
            return RunFailure(cell: cell.index, message: message, error: LessonError(
                file: lesson.path, line: statementLine ?? cell.fenceLine, message: message,
                hint: "make the cell faster, or allow more time with '//| timeout: SECONDS' or --timeout"), timedOut: true)
        }
        var fatal = Self.fatalError(in: stderr, lessonPath: lesson.path)
        var reason: String
        switch termination {
        case .exited(let code) where code != 0: reason = "exited with status \(code)"
        case .exited: reason = "stopped before the end of the lesson"
        case .signalled(let signal): reason = Self.describe(signal: signal)
        case .stopped: reason = "was stopped"
        }
        if let thrown = fatal?.message, thrown.hasPrefix(Self.uncaughtErrorPrefix) {
            // A `try` at a cell's top level whose error nobody caught: the error's own message says what
            // went wrong, so say that, not which signal the runtime stopped the program with.
            reason = "threw an error"
            fatal?.message = String(thrown.dropFirst(Self.uncaughtErrorPrefix.count))
        }
        var message = "\(name) \(reason)"
        if let detail = fatal?.message { message += ": \(detail)" }
        let tail = stderr.split(separator: "\n").suffix(8).joined(separator: "\n")
        return RunFailure(cell: index, message: fatal == nil && !tail.isEmpty ? message + "\n" + tail : message, error: LessonError(
            file: lesson.path, line: fatal?.line ?? line, message: message,
            hint: "every output printed before the crash is kept in the page; run 'swift run lessons run \(lesson.path)' to see it"),
            timedOut: false)
    }

    /// How Swift's runtime begins the fatal error of an error thrown at top level and not caught.
    static let uncaughtErrorPrefix = "Error raised at top level: "

    /// What a signal usually means for a Swift program.
    static func describe(signal: Int32) -> String {
        switch signal {
        case SIGILL, SIGTRAP:
            return "crashed at a failed runtime check (an index out of range, a force-unwrap of nil, an overflow or a fatalError)"
        case SIGSEGV, SIGBUS: return "crashed with a memory fault (signal \(signal))"
        case SIGKILL: return "was killed (signal 9), perhaps for using too much memory"
        default: return "crashed (signal \(signal))"
        }
    }

    /// The `Fatal error: ...` line Swift prints, and its lesson line when the failing call is in the lesson.
    static func fatalError(in stderr: String, lessonPath: String) -> (message: String, line: Int?)? {
        for line in stderr.split(separator: "\n") {
            guard let range = line.range(of: "Fatal error: ") else { continue }
            let detail = String(line[range.upperBound...])
            let prefix = line[..<range.lowerBound]
            if let match = prefix.firstMatch(of: #/:(\d+):?\s*$/#), prefix.hasPrefix(lessonPath) || prefix.contains(lessonPath.split(separator: "/").last ?? "") {
                return (detail, Int(match.1))
            }
            return (detail.isEmpty ? String(line) : detail, nil)
        }
        return nil
    }
}
