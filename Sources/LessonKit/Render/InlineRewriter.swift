/// Rewrites the inline nodes of one block: inline values, cross-references and math placeholders.
struct InlineRewriter {
    let lesson: Lesson
    let results: LessonResults
    let references: CrossReferences
    let math: LessonMath
    /// The line of the block in the lesson file, for messages.
    let blockLine: Int
    var nextInlineExpression: Int

    /// Returns the rewritten children of an inline container.
    mutating func rewrite(_ nodes: [MarkdownNode]) throws(LessonError) -> [MarkdownNode] {
        var output: [MarkdownNode] = []
        for node in nodes {
            switch node.kind {
            case .code(let literal) where InlineExpression.expression(in: literal) != nil:
                let index = nextInlineExpression
                nextInlineExpression += 1
                let value = results.inlineValues[index].map(HTML.escape) ?? "<span class=\"inline-missing\">?</span>"
                output.append(MarkdownNode(.customInline(html: "<span class=\"inline-value\">\(value)</span>")))
            case .text(let text):
                for piece in math.split(text) {
                    guard case .text(let plain) = piece.kind else {
                        output.append(piece)
                        continue
                    }
                    output += try rewrite(text: plain)
                }
            default:
                var copy = node
                copy.children = try rewrite(node.children)
                output.append(copy)
            }
        }
        return output
    }

    private func rewrite(text: String) throws(LessonError) -> [MarkdownNode] {
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
            guard let target = references.targets[id] else {
                throw LessonError(
                    file: lesson.path, line: blockLine, message: "unknown reference '@\(id)'",
                    hint: "give a cell '//| id: \(id)', or fix the reference; known ids: "
                        + (references.targets.keys.sorted().joined(separator: ", ").nonEmpty ?? "none"))
            }
            if match.range.lowerBound > rest.startIndex {
                nodes.append(MarkdownNode(.text(String(rest[..<match.range.lowerBound]))))
            }
            nodes.append(MarkdownNode(.link(url: "#\(target.anchor)", title: ""), children: [MarkdownNode(.text(target.label))]))
            rest = rest[match.range.upperBound...]
            searchFrom = rest.startIndex
        }
        if !rest.isEmpty { nodes.append(MarkdownNode(.text(String(rest)))) }
        return nodes
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
