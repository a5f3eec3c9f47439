extension TableData {
    /// The table as HTML: `<table>` with `<caption>`, `<thead>` and `<tbody>`; every text is escaped,
    /// and right or centred columns carry a `text-align` style.
    public func html() -> String {
        func style(_ column: Int) -> String {
            let alignment = column < alignments.count ? alignments[column] : .left
            return alignment == .left ? "" : " style=\"text-align: \(alignment.rawValue)\""
        }
        var html = "<table>\n"
        if let caption { html += "<caption>\(MarkupEscaping.escape(caption))</caption>\n" }
        html += "<thead>\n<tr>"
        for (index, name) in columns.enumerated() {
            html += "<th scope=\"col\"\(style(index))>\(MarkupEscaping.escape(name))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                html += "<td\(style(index))>\(MarkupEscaping.escape(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The table as plain text for the terminal: caption, headings, a rule, and aligned columns.
    public func plainText() -> String {
        let widths = columns.indices.map { column in
            ([columns[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            columns.indices.map { column in
                let text = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: widths[column] - text.count)
                switch column < alignments.count ? alignments[column] : .left {
                case .left: return text + padding
                case .right: return padding + text
                case .center:
                    let left = padding.count / 2
                    return String(padding.prefix(left)) + text + String(padding.dropFirst(left))
                }
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines: [String] = []
        if let caption { lines.append(caption) }
        lines.append(line(columns))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string without spaces at its end, so right-padded last columns leave no trailing blanks.
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.hasSuffix(" ") { text.removeLast() }
        return String(text)
    }
}
