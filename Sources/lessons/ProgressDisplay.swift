import Foundation
import LessonKit
import Synchronization

/// Shows what the build is doing: a live status line in a terminal, plain lines otherwise.
final class ProgressDisplay: Sendable {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let state = Mutex<[String: String]>([:])
    private let started = Date()

    /// Called as lessons compile, run cells and report progress.
    var activity: @Sendable (String, ExecutionActivity) -> Void {
        { [self] path, activity in
            let status: String
            switch activity {
            case .compiling: status = "compiling"
            case .running(let cell): status = "cell \(cell + 1)"
            case .progress(let cell, let record):
                status = "cell \(cell + 1): \(record.step)/\(record.total)\(record.message.isEmpty ? "" : " \(record.message)")"
            }
            let line = state.withLock { lines -> String? in
                let isNewPhase = lines[path]?.split(separator: ":").first != status.split(separator: ":").first
                lines[path] = status
                if isTerminal { return lines.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: " | ") }
                return isNewPhase && !status.contains("/") ? "  \(path): \(status)" : nil
            }
            guard let line else { return }
            if isTerminal {
                let elapsed = String(format: "%.0f", Date().timeIntervalSince(started))
                printError("\r\u{1B}[K[\(elapsed) s] \(line.prefix(150))", newline: false)
            } else {
                printError(line)
            }
        }
    }

    /// Called when a lesson is done: one line saying whether it ran, came from the cache, or failed.
    var finished: @Sendable (LessonReport) -> Void {
        { [self] report in
            state.withLock { _ = $0.removeValue(forKey: report.path) }
            printError((isTerminal ? "\r\u{1B}[K" : "") + TerminalReport.summaryLine(report))
        }
    }

    /// Removes the live status line.
    func clear() {
        if isTerminal { printError("\r\u{1B}[K", newline: false) }
    }
}
