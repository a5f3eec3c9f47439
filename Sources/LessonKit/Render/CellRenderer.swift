import LessonEvents

/// Renders one executable cell: its code with annotation badges, then what it showed, then the
/// explanations of its annotations.
struct CellRenderer {
    let lesson: Lesson
    let numbering: OutputNumbering

    /// The cell's HTML; `annotationItems` are the rendered items of the list that follows the cell.
    func render(_ cell: Cell, result: CellResult, annotationItems: [Int: String]) -> String {
        let anchor = cell.anchor(in: lesson.slug)
        var html = "<div class=\"cell\" id=\"\(HTML.escape(anchor))\">\n"
        if cell.options.echo {
            html += code(cell)
        }
        if cell.options.output || result.error != nil {
            html += outputs(cell, result: result)
        }
        if !annotationItems.isEmpty {
            html += "<ol class=\"annotations\">\n"
            for (number, item) in annotationItems.sorted(by: { $0.key < $1.key }) {
                html += "<li value=\"\(number)\" id=\"\(HTML.escape(cell.noteAnchor(number, in: lesson.slug)))\">\(item)</li>\n"
            }
            html += "</ol>\n"
        }
        return html + "</div>\n"
    }

    private func code(_ cell: Cell) -> String {
        var lines = SwiftHighlighter.highlightLines(cell.code)
        for annotation in cell.annotations where lines.indices.contains(annotation.codeLine) {
            let target = HTML.escape(cell.noteAnchor(annotation.number, in: lesson.slug))
            lines[annotation.codeLine] += " <a class=\"annotation-badge\" href=\"#\(target)\" "
                + "aria-label=\"Note \(annotation.number)\">\(annotation.number)</a>"
        }
        return "<pre class=\"cell-code\"><code class=\"language-swift\">" + lines.joined(separator: "\n") + "</code></pre>\n"
    }

    private func outputs(_ cell: Cell, result: CellResult) -> String {
        var html = ""
        var text = ""
        func flushText() {
            guard !text.isEmpty else { return }
            html += "<pre class=\"cell-output\">\(HTML.escape(text))</pre>\n"
            text = ""
        }
        if cell.options.output {
            let labels = numbering.outputLabels[cell.index] ?? [:]
            for (index, event) in result.events.enumerated() {
                if case .text(let printed) = event {
                    text += printed
                    continue
                }
                flushText()
                html += render(event, cell: cell, label: labels[index])
            }
            flushText()
        }
        if let error = result.error {
            let expected = cell.options.error == .expected
            html += "<div class=\"cell-error\(expected ? " cell-error-expected" : "")\" role=\"\(expected ? "note" : "alert")\">"
                + "<p class=\"cell-error-title\">\(expected ? "Expected error" : "Error")</p><pre>\(HTML.escape(error))</pre></div>\n"
        }
        return html.isEmpty ? "" : "<div class=\"cell-outputs\">\n\(html)</div>\n"
    }

    private func render(_ event: CellEvent, cell: Cell, label: OutputNumbering.Label?) -> String {
        switch event {
        case .value(let value):
            return "<pre class=\"cell-output cell-value\">\(HTML.escape(value))</pre>\n"
        case .table(let table):
            var table = table
            table.caption = caption(table.caption, cell: cell, label: label)
            return table.html() + "\n"
        case .figure(let figure):
            var html = "<figure class=\"cell-figure\">\n\(figure.svg)\n"
            if let caption = caption(figure.caption, cell: cell, label: label) {
                html += "<figcaption>\(HTML.escape(caption))</figcaption>\n"
            }
            return html + "</figure>\n"
        case .check(let check):
            let mark = check.passed ? "✓" : "✗"
            let kind = check.passed ? "check-passed" : "check-failed"
            let role = check.passed ? "" : " role=\"alert\""
            let location = check.passed ? "" : " <span class=\"check-location\">(\(HTML.escape(check.file)):\(check.line))</span>"
            return "<div class=\"\(kind)\"\(role)>\(mark) \(HTML.escape(check.message))\(location)</div>\n"
        case .text, .cellStarted, .reached, .progress, .inlineValue, .finished:
            return ""
        }
    }

    /// The caption shown for a figure or table, prefixed with its number when it has one. The cell's
    /// caption stands in for a missing own caption, except on a further output of a numbered cell.
    private func caption(_ own: String?, cell: Cell, label: OutputNumbering.Label?) -> String? {
        let usesCellCaption = label?.isPrimary ?? true
        let text = usesCellCaption ? own ?? cell.options.caption : own
        guard let label else { return text }
        return text.map { "\(label.text): \($0)" } ?? label.text
    }
}
