import Foundation

/// Parse stage: turns a lesson file's text into a ``Lesson``. Pure: text in, values out.
public enum LessonParser {
    /// The info string that marks an executable cell (the Quarto convention).
    public static let cellInfo = "{swift}"
    /// The prefix of an inline expression's code span.
    public static let inlinePrefix = "{swift}"

    /// Parses a lesson; `path` is how the file is named in messages, e.g. `Lessons/01-gans.md`.
    public static func parse(path: String, text: String) throws(LessonError) -> Lesson {
        let front = try FrontMatter.parse(text, path: path)
        let body = String(front.body)
        let slug = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var walker = Walker(path: path, lineOffset: front.bodyFirstLine - 1, bodyLines: body.split(separator: "\n", omittingEmptySubsequences: false))
        try walker.visit(CommonMark.parse(body))
        try checkUniqueIDs(walker.cells, path: path)
        return Lesson(
            path: path, slug: slug, title: front.title ?? slug, summary: front.summary ?? "",
            body: body, bodyFirstLine: front.bodyFirstLine,
            cells: walker.cells, inlineExpressions: walker.inlineExpressions)
    }

    /// Whether a code block's info string marks it as executable.
    static func isCell(info: String) -> Bool {
        info.trimmingCharacters(in: .whitespaces) == cellInfo
    }

    private static func checkUniqueIDs(_ cells: [Cell], path: String) throws(LessonError) {
        var seen: [String: Cell] = [:]
        for cell in cells {
            guard let id = cell.options.id else { continue }
            if let first = seen[id] {
                throw LessonError(
                    file: path, line: cell.fenceLine + 1, message: "duplicate cell id '\(id)'",
                    hint: "the id is already used by the cell at line \(first.fenceLine); ids must be unique in a lesson")
            }
            seen[id] = cell
        }
    }
}

/// Walks the cmark tree collecting cells, their annotation lists and inline expressions.
private struct Walker {
    let path: String
    let lineOffset: Int
    let bodyLines: [Substring]
    var cells: [Cell] = []
    var inlineExpressions: [InlineExpression] = []

    mutating func visit(_ node: MarkdownNode) throws(LessonError) {
        var index = 0
        while index < node.children.count {
            let child = node.children[index]
            if case let .codeBlock(info, literal) = child.kind, LessonParser.isCell(info: info) {
                let cell = try CellParser.parse(
                    literal: literal, index: cells.count, fenceLine: child.startLine + lineOffset, path: path)
                let next = node.children.indices.contains(index + 1) ? node.children[index + 1] : nil
                try AnnotationList.validate(cell: cell, following: next, lineOffset: lineOffset, path: path)
                cells.append(cell)
            } else if child.children.contains(where: \.isInline) {
                collectInlines(in: child, block: child)
            } else {
                try visit(child)
            }
            index += 1
        }
    }

    private mutating func collectInlines(in node: MarkdownNode, block: MarkdownNode) {
        var occurrence = 0
        func walk(_ node: MarkdownNode, _ walker: inout Walker) {
            if case .code(let literal) = node.kind, let expression = InlineExpression.expression(in: literal) {
                let line = walker.line(ofOccurrence: occurrence, in: block)
                occurrence += 1
                walker.inlineExpressions.append(
                    InlineExpression(index: walker.inlineExpressions.count, expression: expression, line: line))
            }
            for child in node.children { walk(child, &walker) }
        }
        walk(node, &self)
    }

    /// The file line of the n-th inline expression of a block, found in the block's source lines.
    private func line(ofOccurrence occurrence: Int, in block: MarkdownNode) -> Int {
        var remaining = occurrence
        let first = max(block.startLine, 1), last = max(block.endLine, first)
        for number in first...last where number - 1 < bodyLines.count {
            let count = bodyLines[number - 1].ranges(of: LessonParser.inlinePrefix).count
            if remaining < count { return number + lineOffset }
            remaining -= count
        }
        return first + lineOffset
    }
}

extension InlineExpression {
    /// The expression of a code span that reads `{swift} expr`, or nil for ordinary code.
    static func expression(in literal: String) -> String? {
        guard literal.hasPrefix(LessonParser.inlinePrefix) else { return nil }
        let expression = literal.dropFirst(LessonParser.inlinePrefix.count).trimmingCharacters(in: .whitespaces)
        return expression.isEmpty ? nil : expression
    }
}

extension MarkdownNode {
    /// Whether the node is an inline (text-level) node.
    var isInline: Bool {
        switch kind {
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image, .customInline:
            return true
        default:
            return false
        }
    }
}
