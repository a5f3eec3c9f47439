import LessonEvents

/// Bounds the printed text a page shows for a cell: its first and last `output-lines` lines (200 each
/// unless the cell says otherwise), with a line saying how many were left out between them. Tables,
/// figures, values and checks are kept whole. `lessons run` prints everything; the page, the cache and
/// the snapshots keep the bounded text.
public enum OutputLimit {
    /// The results with every cell's printed text bounded by its `output-lines` option.
    public static func apply(to results: LessonResults, lesson: Lesson) -> LessonResults {
        var results = results
        for cell in lesson.cells where results.cells.indices.contains(cell.index) {
            guard let lines = cell.options.outputLines else { continue }
            results.cells[cell.index] = bounded(results.cells[cell.index], keeping: lines)
        }
        return results
    }

    /// The line that stands for the `count` lines left out.
    static func marker(omitting count: Int) -> String {
        "[… \(count) lines omitted; 'lessons run' prints them all, '//| output-lines: all' shows them here …]\n"
    }

    /// A cell's result with its printed text cut to the first and last `keep` lines. Text of one
    /// line may span several `print` calls; a line is counted by the newline that ends it. A result
    /// already cut (its marker is one line) is returned unchanged.
    static func bounded(_ result: CellResult, keeping keep: Int) -> CellResult {
        var total = 0
        for case .text(let text) in result.events {
            total += text.utf8.count { $0 == UInt8(ascii: "\n") }
        }
        if let last = result.events.last(where: { if case .text = $0 { true } else { false } }),
           case .text(let text) = last, !text.isEmpty, !text.hasSuffix("\n") {
            total += 1
        }
        guard total > 2 * keep + 1 else { return result }
        let omitted = total - 2 * keep
        func isShown(_ line: Int) -> Bool { line < keep || line >= keep + omitted }
        var events: [CellEvent] = []
        var line = 0
        for event in result.events {
            guard case .text(let text) = event else {
                events.append(event)
                continue
            }
            var shown = ""
            var start = text.utf8.startIndex
            for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
                let end = text.utf8.index(after: index)
                if isShown(line) {
                    shown += text[start..<end]
                } else if line == keep {
                    shown += marker(omitting: omitted)
                }
                start = end
                line += 1
            }
            if start < text.endIndex, isShown(line) {
                shown += text[start...]
            }
            if !shown.isEmpty { events.append(.text(shown)) }
        }
        var bounded = result
        bounded.events = events
        return bounded
    }
}
