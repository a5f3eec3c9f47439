/// Turns cmark's tree of a lesson body into the annotated document: cells with their annotation lists,
/// inline values, references and formulas in place. It collects the cells, inline expressions,
/// references and links it meets, and every error on the way, without stopping at the first.
struct DocumentBuilder {
    let path: String
    /// Lines of the lesson file before the body: add to a tree line to get a file line.
    let lineOffset: Int
    /// The body's lines as written, for finding the column of what cmark only gives a line for.
    let sourceLines: [Substring]
    let math: LessonMath

    private(set) var cells: [Cell] = []
    private(set) var inlineExpressions: [InlineExpression] = []
    private(set) var references: [(id: String, line: Int, column: Int?)] = []
    private(set) var links: [LessonLink] = []
    private(set) var errors: [LessonError] = []
    /// How many occurrences of a text on a line have been located already, by line and text.
    private var located: [String: Int] = [:]

    init(path: String, lineOffset: Int, body: String, math: LessonMath) {
        self.path = path
        self.lineOffset = lineOffset
        self.sourceLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        self.math = math
    }

    /// The block `node` with its children annotated.
    mutating func blocks(_ node: MarkdownNode) -> MarkdownNode {
        var copy = node
        copy.children = []
        var index = 0
        while index < node.children.count {
            let child = node.children[index]
            index += 1
            if case let .codeBlock(info, literal) = child.kind, LessonParser.isCell(info: info) {
                let next = node.children.indices.contains(index) ? node.children[index] : nil
                let (cell, takesList) = cellNode(child, literal: literal, following: next)
                copy.children.append(cell)
                if takesList { index += 1 }
            } else if child.children.contains(where: \.isInline) {
                var block = child
                block.children = inlines(child.children, blockLine: child.startLine)
                copy.children.append(block)
            } else {
                copy.children.append(blocks(child))
            }
        }
        return copy
    }

    /// The node of a cell, holding the items of its annotation list when `next` is that list
    /// (`takesList`: the caller then skips it).
    private mutating func cellNode(
        _ block: MarkdownNode, literal: String, following next: MarkdownNode?
    ) -> (node: MarkdownNode, takesList: Bool) {
        let (cell, cellErrors) = CellParser.parse(
            literal: literal, index: cells.count, fenceLine: block.startLine + lineOffset, path: path)
        errors += cellErrors
        errors += AnnotationList.errors(cell: cell, following: next, lineOffset: lineOffset, path: path)
        cells.append(cell)
        guard let list = next, AnnotationList.isAnnotationList(list, for: cell) else {
            return (MarkdownNode(.cell(index: cell.index, notes: []), startLine: block.startLine), false)
        }
        let items = list.children.map { blocks($0) }
        let node = MarkdownNode(
            .cell(index: cell.index, notes: AnnotationList.itemNumbers(of: list)), children: items,
            startLine: block.startLine, endLine: list.endLine)
        return (node, true)
    }

    /// Inline nodes with inline expressions, formulas and references annotated and links recorded.
    private mutating func inlines(_ nodes: [MarkdownNode], blockLine: Int) -> [MarkdownNode] {
        var output: [MarkdownNode] = []
        for node in nodes {
            let line = (node.startLine > 0 ? node.startLine : blockLine) + lineOffset
            switch node.kind {
            case .code(let literal):
                guard let expression = InlineExpression.expression(in: literal) else {
                    output.append(node)
                    continue
                }
                let place = locate(LessonParser.inlinePrefix, from: line)
                inlineExpressions.append(InlineExpression(
                    index: inlineExpressions.count, expression: expression, line: place.line, column: place.column.map { $0 - 1 }))
                output.append(MarkdownNode(.inlineValue(index: inlineExpressions.count - 1)))
            case .text(let text):
                for piece in math.split(text) {
                    guard case .text(let plain) = piece.kind else {
                        output.append(piece)
                        continue
                    }
                    output += referencesIn(plain, line: line)
                }
            case .link(let url, _):
                let place = locate("(\(url)", from: line)
                links.append(LessonLink(url: url, line: place.line, column: place.column.map { $0 + 1 }))
                fallthrough
            default:
                var copy = node
                copy.children = inlines(node.children, blockLine: blockLine)
                output.append(copy)
            }
        }
        return output
    }

    /// Text split at its `@fig-` and `@tbl-` references.
    private mutating func referencesIn(_ text: String, line: Int) -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        var rest = text[...]
        var searchFrom = rest.startIndex
        while let match = rest[searchFrom...].firstMatch(of: CrossReferences.pattern) {
            let previous = match.range.lowerBound > text.startIndex ? text[text.index(before: match.range.lowerBound)] : nil
            guard CrossReferences.canStartReference(after: previous) else {
                searchFrom = match.range.upperBound
                continue
            }
            let id = String(match.1)
            let place = locate("@\(id)", from: line)
            references.append((id, place.line, place.column))
            if match.range.lowerBound > rest.startIndex {
                nodes.append(MarkdownNode(.text(String(rest[..<match.range.lowerBound]))))
            }
            nodes.append(MarkdownNode(.reference(id: id)))
            rest = rest[match.range.upperBound...]
            searchFrom = rest.startIndex
        }
        if !rest.isEmpty { nodes.append(MarkdownNode(.text(String(rest)))) }
        return nodes
    }

    /// The line and 1-based column of the next not yet located occurrence of `text`, searched from file
    /// line `line` to the end of its paragraph: cmark counts the lines of the math-scanned text, in which
    /// a formula over several lines took one, so later lines of its paragraph are found further down.
    /// Without an occurrence, the line as given and no column.
    private mutating func locate(_ text: String, from line: Int) -> (line: Int, column: Int?) {
        let start = line - lineOffset - 1
        var bodyLine = start
        while sourceLines.indices.contains(bodyLine) {
            let source = sourceLines[bodyLine]
            if bodyLine > start, source.allSatisfy(\.isWhitespace) { break }
            let key = "\(bodyLine)\u{0}\(text)"
            let seen = located[key, default: 0]
            let ranges = source.ranges(of: text)
            if seen < ranges.count {
                located[key] = seen + 1
                return (bodyLine + lineOffset + 1, source.distance(from: source.startIndex, to: ranges[seen].lowerBound) + 1)
            }
            bodyLine += 1
        }
        return (line, nil)
    }
}
