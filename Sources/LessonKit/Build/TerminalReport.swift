import Foundation
import LessonEvents

/// Text for the terminal: a lesson's cell outputs as `lessons run` prints them, and build summaries.
public enum TerminalReport {
    /// The output of each cell under a header naming the cell and its line; figures are written as SVG
    /// files into `figures` and their paths printed. `only` restricts the output to one cell.
    public static func cellOutputs(_ lesson: Lesson, results: LessonResults, only: Int? = nil, figures: URL) -> String {
        var text = ""
        for cell in lesson.cells where only == nil || only == cell.index {
            let result = results.cells[cell.index]
            text += "── \(cell.displayName) · \(lesson.path):\(cell.fenceLine) ──\n"
            if !cell.options.eval {
                text += "(not run: eval: false)\n"
            } else if !result.ran && result.error == nil {
                text += "(not run: the program stopped before this cell)\n"
            }
            var figureNumber = 0
            for event in result.events {
                switch event {
                case .text(let printed): text += printed
                case .value(let value): text += value + "\n"
                case .table(let table): text += table.plainText() + "\n"
                case .figure(let figure):
                    figureNumber += 1
                    let name = "\(lesson.slug)-cell\(cell.index + 1)-\(figureNumber)"
                    try? FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
                    text += "[figure\(figure.caption.map { ": \($0)" } ?? "")] "
                    text += writeFigure(figure, named: name, into: figures).joined(separator: "\n  ") + "\n"
                case .check(let check):
                    text += check.passed ? "✓ check passed: \(check.message)\n" : "✗ check failed: \(check.message) (\(check.file):\(check.line))\n"
                default: break
                }
            }
            if let error = result.error {
                text += (cell.options.error == .expected ? "expected error:\n" : "error:\n") + error + "\n"
            }
        }
        return text
    }

    /// Writes a figure as an SVG file, or a scrubbable figure as one SVG per frame; returns the paths
    /// (a frame's with its label).
    private static func writeFigure(_ figure: FigureData, named name: String, into folder: URL) -> [String] {
        guard let frames = ScrubFrames.svgs(fromHTML: figure.svg) else {
            let file = folder.appendingPathComponent(name + ".svg")
            try? Data(figure.svg.utf8).write(to: file)
            return [file.path]
        }
        let digits = String(frames.count).count
        return ["\(frames.count) frames:"] + frames.enumerated().map { index, frame in
            let number = String(repeating: "0", count: digits - String(index + 1).count) + String(index + 1)
            let file = folder.appendingPathComponent("\(name)-frame\(number).svg")
            try? Data(frame.svg.utf8).write(to: file)
            return "\(file.path) (\(frame.label))"
        }
    }

    /// One line per lesson: whether it ran (and how long it took), came from the cache, or failed.
    public static func summaryLine(_ report: LessonReport) -> String {
        let count = report.lesson?.cells.count ?? 0
        let cells = "\(count) cell\(count == 1 ? "" : "s")"
        if !report.failures.isEmpty {
            return "✗ \(report.path): failed (\(report.failures.count) error\(report.failures.count == 1 ? "" : "s"))"
        }
        if report.frozen { return "✓ \(report.path): \(cells), from its snapshot" }
        if report.cached { return "✓ \(report.path): \(cells), from the cache" }
        let seconds = String(format: "%.1f", report.results?.seconds ?? 0)
        return "✓ \(report.path): ran \(cells) in \(seconds) s"
    }
}
