import LessonRuntime

// Stand-ins until the highlighting and table rendering branches land.
enum SwiftHighlighter {
    static func highlightLines(_ code: String) -> [String] {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { HTML.escape(String($0)) }
    }
}

extension TableData {
    func html() -> String {
        var html = "<table>\n"
        if let caption { html += "<caption>\(HTML.escape(caption))</caption>\n" }
        html += "<thead><tr>" + columns.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n" }
        return html + "</tbody>\n</table>"
    }
}

extension TableData {
    func plainText() -> String {
        ([columns] + rows).map { $0.joined(separator: "  ") }.joined(separator: "\n")
    }
}
