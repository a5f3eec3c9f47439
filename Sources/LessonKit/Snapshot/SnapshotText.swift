import Foundation
import LessonEvents

/// The reviewable record of what a lesson's cells showed: printed text, values, tables, a summary of
/// each figure's data, checks, errors and the inline values, one section per cell. It holds no line
/// numbers, so an edit of the prose leaves it unchanged; it is what `lessons verify` compares.
enum SnapshotText {
    /// The record of `results` for `lesson`.
    static func render(_ lesson: Lesson, results: LessonResults) -> String {
        var text = "# \(lesson.path): what its cells show, recorded by 'lessons verify --update'.\n"
        for cell in lesson.cells where results.cells.indices.contains(cell.index) {
            text += "\n" + header(of: cell) + "\n"
            text += body(of: results.cells[cell.index], cell: cell)
        }
        if !lesson.inlineExpressions.isEmpty {
            text += "\n## inline values\n"
            for inline in lesson.inlineExpressions {
                text += "`\(inline.expression)` = \(results.inlineValues[inline.index].map(oneLine) ?? "(not computed)")\n"
            }
        }
        return text
    }

    /// The section header of a cell: its number, and its id when it has one.
    static func header(of cell: Cell) -> String {
        "## cell \(cell.index + 1)" + (cell.options.id.map { " (\($0))" } ?? "")
    }

    private static func body(of result: CellResult, cell: Cell) -> String {
        if !cell.options.eval { return "not run (eval: false)\n" }
        if !result.ran && result.error == nil { return "not run\n" }
        var text = ""
        var printed = ""
        func flush() {
            guard !printed.isEmpty else { return }
            text += "text:\n" + indented(printed)
            printed = ""
        }
        for event in result.events {
            if case .text(let chunk) = event {
                printed += chunk
                continue
            }
            flush()
            switch event {
            case .value(let value): text += "value:\n" + indented(value)
            case .table(let table): text += "table:\n" + indented(table.plainText())
            case .figure(let figure): text += "figure: \((figure.caption ?? cell.options.caption).map(oneLine) ?? "")\n" + indented(FigureSummary(svg: figure.svg).lines)
            case .check(let check): text += "check \(check.passed ? "passed" : "FAILED"): \(oneLine(check.message))\n"
            case .text, .cellStarted, .reached, .progress, .inlineValue, .finished: break
            }
        }
        flush()
        if let error = result.error {
            text += (cell.options.error == .expected ? "expected error:\n" : "error:\n") + indented(error)
        }
        return text
    }

    /// Every line of `text` indented by two spaces, so that no line of output can look like a header.
    static func indented(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { "  " + $0 + "\n" }.joined()
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }
}

/// What a figure shows, in a few lines: how many marks of each kind, its labels, and the count, sum,
/// smallest and largest of the numbers that place its marks. Enough to see that a figure changed,
/// without committing its SVG.
struct FigureSummary {
    let svg: String

    /// The summary as indented-free lines, each ending in a newline.
    var lines: String {
        var counts: [String: Int] = [:]
        for match in svg.matches(of: #/<([a-zA-Z]+)[\s>\/]/#) {
            counts[String(match.1), default: 0] += 1
        }
        let marks = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let labels = svg.matches(of: #/<text[^>]*>([^<]*)<\/text>/#).map { String($0.1) }
        var numbers: [Double] = []
        for attribute in svg.matches(of: #/ (?:d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|points)="([^"]*)"/#) {
            for number in attribute.1.matches(of: #/-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/#) {
                if let value = Double(number.output) { numbers.append(value) }
            }
        }
        var text = "marks: \(marks)\n"
        if !labels.isEmpty { text += "labels: \(labels.joined(separator: " | "))\n" }
        if let smallest = numbers.min(), let largest = numbers.max() {
            text += "coordinates: \(numbers.count), sum \(format(numbers.reduce(0, +))), min \(format(smallest)), max \(format(largest))\n"
        }
        return text
    }

    /// Ten significant digits: more than a figure can show, few enough to read.
    private func format(_ value: Double) -> String {
        String(format: "%.10g", value)
    }
}
