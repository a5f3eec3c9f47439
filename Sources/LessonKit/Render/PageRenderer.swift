/// Render stage: the lesson's annotated document rewritten with the cells' results, then rendered by
/// cmark. It parses nothing: every cell, inline value, reference and formula is a node of the document.
public enum PageRenderer {
    /// Renders a lesson's body to HTML with its results.
    public static func render(_ lesson: Lesson, results: LessonResults) -> RenderedPage {
        var state = RenderState(lesson: lesson, results: results)
        let document = state.blocks(lesson.document)
        return RenderedPage(
            slug: lesson.slug, title: lesson.title, summary: lesson.summary,
            bodyHTML: UniquePlotIDs.apply(to: CommonMark.renderHTML(document)), headings: state.headings,
            plainText: [lesson.title, lesson.summary, document.plainText].joined(separator: " "))
    }
}

/// The rewrite of a lesson's document: cells, headings, code and inline constructs become HTML.
private struct RenderState {
    let lesson: Lesson
    let results: LessonResults
    let numbering: OutputNumbering
    var headings: [PageHeading] = []

    init(lesson: Lesson, results: LessonResults) {
        self.lesson = lesson
        self.results = results
        self.numbering = OutputNumbering(lesson: lesson, results: results)
    }

    mutating func blocks(_ node: MarkdownNode) -> MarkdownNode {
        switch node.kind {
        case .cell(let index, let notes):
            let cell = lesson.cells[index]
            let items = Dictionary(uniqueKeysWithValues: zip(notes, node.children.map { annotationItem($0) }))
            let html = CellRenderer(lesson: lesson, numbering: numbering)
                .render(cell, result: results.cells[index], annotationItems: items)
            return MarkdownNode(.customBlock(html: html))
        case .codeBlock(let info, let literal) where info.trimmingCharacters(in: .whitespaces) == "swift":
            let code = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
            let html = "<pre><code class=\"language-swift\">"
                + SwiftHighlighter.highlightLines(code).joined(separator: "\n") + "\n</code></pre>\n"
            return MarkdownNode(.customBlock(html: html))
        case .heading(let level, let id):
            return heading(node, level: level, id: id ?? HeadingIDs.slug(node.headingText))
        default:
            var copy = node
            copy.children = node.children.map { $0.isInline ? inline($0) : blocks($0) }
            return copy
        }
    }

    private func inline(_ node: MarkdownNode) -> MarkdownNode {
        switch node.kind {
        case .inlineValue(let index):
            let value = results.inlineValues[index].map(HTML.escape) ?? "<span class=\"inline-missing\">?</span>"
            return MarkdownNode(.customInline(html: "<span class=\"inline-value\">\(value)</span>"))
        case .reference(let id):
            let label = numbering.referenceLabels[id] ?? id
            return MarkdownNode(.link(url: "#\(id)", title: ""), children: [MarkdownNode(.text(label))])
        case let .link(url, title):
            return MarkdownNode(.link(url: CourseLinks.siteURL(url), title: title), children: node.children.map(inline))
        default:
            var copy = node
            copy.children = node.children.map(inline)
            return copy
        }
    }

    /// A heading with its id, so the table of contents and links can point at it.
    private mutating func heading(_ node: MarkdownNode, level: Int, id: String) -> MarkdownNode {
        headings.append(PageHeading(level: level, id: id, text: node.headingText))
        let inner = inlineHTML(node.children.map(inline))
        let html = "<h\(level) id=\"\(id)\">\(inner) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
        return MarkdownNode(.customBlock(html: html))
    }

    /// One item of a cell's annotation list as HTML: a paragraph's inlines, other blocks as they are.
    private mutating func annotationItem(_ item: MarkdownNode) -> String {
        item.children.map { child in
            child.kind == .paragraph
                ? inlineHTML(child.children.map(inline))
                : CommonMark.renderHTML(MarkdownNode(.document, children: [blocks(child)]))
        }.joined(separator: "\n")
    }

    /// cmark's HTML for inline nodes, without the paragraph around them.
    private func inlineHTML(_ inlines: [MarkdownNode]) -> String {
        let html = CommonMark.renderHTML(MarkdownNode(.document, children: [MarkdownNode(.paragraph, children: inlines)]))
        return String(html.dropFirst("<p>".count).dropLast("</p>\n".count))
    }
}
