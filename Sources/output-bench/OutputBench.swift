import Foundation
import LessonKit
import LessonRuntime

/// How the time to handle a cell's printed output grows with its size: a cell's `print` calls are
/// written as events (as a lesson program writes them), read back in chunks (as the build reads them
/// while the program runs), bounded for the page, rendered into the page, and printed whole for
/// `lessons run`. Handling is linear when the time per line stays flat as the output grows.
@main
struct OutputBench {
    static func main() throws {
        let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let counts = sizes.isEmpty ? [10_000, 100_000, 1_000_000] : sizes
        let lesson = try LessonParser.parse(path: "Lessons/01-output.md", text: """
            ---
            title: Output
            ---
            A cell that prints a lot.

            ```{swift}
            for step in 0..<n { print("step", step, "loss", 0.693) }
            ```
            """)
        print("Output handling per printed line (write, read, bound, render page, print all; CPU seconds, median of 3)")
        _ = try measure(lesson, lines: 10_000)  // warm-up: first-use costs of the encoders and the renderer
        print(row(["lines", "write s", "read s", "bound s", "page s", "run s", "total s", "µs/line"]))
        var perLine: [Double] = []
        for count in counts {
            let runs = try (0..<3).map { _ in try measure(lesson, lines: count) }
            let times = (0..<5).map { phase in runs.map { $0[phase] }.sorted()[1] }
            let total = times.reduce(0, +)
            perLine.append(total / Double(count) * 1e6)
            let columns = [String(count)] + (times + [total]).map { String(format: "%.3f", $0) }
                + [String(format: "%.2f", perLine.last!)]
            print(row(columns))
        }
        let spread = (perLine.max() ?? 0) / max(perLine.min() ?? 1, 1e-12)
        print("largest / smallest time per line: " + String(format: "%.2f", spread) + " (linear within 2x: \(spread <= 2 ? "yes" : "NO"))")
        if spread > 2 { exit(1) }
    }

    /// Seconds spent writing, reading, bounding, rendering and printing `lines` printed lines.
    static func measure(_ lesson: Lesson, lines: Int) throws -> [Double] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("output-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("events.jsonl")
        let log = EventLog(url: file)
        let sink = EventSink(path: file.path)
        var clock = cpuSeconds()
        func lap() -> Double {
            let now = cpuSeconds()
            defer { clock = now }
            return now - clock
        }
        // The build polls while the program writes; here every 4096 lines.
        var readSeconds = 0.0
        sink.emit(.cellStarted(cell: 0))
        for step in 0..<lines {
            sink.emit(.text("step \(step) loss 0.693\n"))
            if step % 4096 == 4095 {
                let before = cpuSeconds()
                log.poll()
                readSeconds += cpuSeconds() - before
            }
        }
        let write = lap() - readSeconds
        log.poll()
        var results = LessonResults(cellCount: 1)
        results.cells[0].ran = true
        results.cells[0].events = log.events.filter { if case .cellStarted = $0 { false } else { true } }
        let read = readSeconds + lap()
        let bounded = OutputLimit.apply(to: results, lesson: lesson)
        let bound = lap()
        _ = PageRenderer.render(lesson, results: bounded)
        let page = lap()
        let terminal = TerminalReport.cellOutputs(lesson, results: results, figures: folder)
        FileHandle.nullDevice.write(Data(terminal.utf8))
        let run = lap()
        return [write, read, bound, page, run]
    }

    /// CPU time of this process: what the work costs, whatever else the machine is doing.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Columns right-aligned in fields of 10 characters.
    static func row(_ columns: [String]) -> String {
        columns.map { String(repeating: " ", count: max(0, 10 - $0.count)) + $0 }.joined(separator: " ")
    }
}
