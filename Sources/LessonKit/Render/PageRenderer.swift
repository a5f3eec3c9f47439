import Foundation

/// Render stage: the lesson's Markdown with the cells' results injected, rendered by cmark.
public enum PageRenderer {
    /// Renders a lesson's body to HTML; fails on a reference to an unknown figure or table.
    public static func render(_ lesson: Lesson, results: LessonResults) throws(LessonError) -> SitePage {
        let math = try LessonMath(lesson)
        var state = RenderState(lesson: lesson, results: results, math: math)
        let document = try state.rewriteChildren(of: CommonMark.parse(math.markdown))
        return SitePage(
            slug: lesson.slug, title: lesson.title, summary: lesson.summary,
            bodyHTML: UniquePlotIDs.apply(to: CommonMark.renderHTML(document)), headings: state.headings,
            plainText: [lesson.title, lesson.summary, document.plainText].joined(separator: " "))
    }
}

/// The walk over the lesson's tree, replacing cells, headings and inline constructs.
private struct RenderState {
    let lesson: Lesson
    let results: LessonResults
    let references: CrossReferences
    let math: LessonMath
    var headings: [SiteHeading] = []
    private var usedIDs: Set<String> = []
    private var nextCell = 0
    private var nextInlineExpression = 0

    init(lesson: Lesson, results: LessonResults, math: LessonMath) {
        self.lesson = lesson
        self.results = results
        self.math = math
        self.references = CrossReferences(cells: lesson.cells)
        usedIDs = Set(lesson.cells.compactMap(\.options.id))
    }

    mutating func rewriteChildren(of node: MarkdownNode) throws(LessonError) -> MarkdownNode {
        var copy = node
        copy.children = []
        var index = 0
        while index < node.children.count {
            let child = node.children[index]
            index += 1
            switch child.kind {
            case .codeBlock(let info, _) where LessonParser.isCell(info: info):
                let cell = lesson.cells[nextCell]
                nextCell += 1
                var items: [Int: String] = [:]
                let next = node.children.indices.contains(index) ? node.children[index] : nil
                if let list = next, AnnotationList.isAnnotationList(list, for: cell) {
                    items = try annotationItems(list)
                    index += 1
                }
                let html = CellRenderer(lesson: lesson, references: references)
                    .render(cell, result: results.cells[cell.index], annotationItems: items)
                copy.children.append(MarkdownNode(.customBlock(html: html)))
            case .codeBlock(let info, let literal) where info.trimmingCharacters(in: .whitespaces) == "swift":
                let html = "<pre><code class=\"language-swift\">"
                    + SwiftHighlighter.highlightLines(literal.hasSuffix("\n") ? String(literal.dropLast()) : literal)
                        .joined(separator: "\n") + "\n</code></pre>\n"
                copy.children.append(MarkdownNode(.customBlock(html: html)))
            case .heading(let level):
                copy.children.append(try heading(child, level: level))
            default:
                if child.children.contains(where: \.isInline) {
                    copy.children.append(try rewriteInlines(of: child))
                } else {
                    copy.children.append(try rewriteChildren(of: child))
                }
            }
        }
        return copy
    }

    private mutating func rewriteInlines(of block: MarkdownNode) throws(LessonError) -> MarkdownNode {
        var rewriter = InlineRewriter(
            lesson: lesson, results: results, references: references, math: math,
            blockLine: block.startLine + lesson.bodyFirstLine - 1, nextInlineExpression: nextInlineExpression)
        var copy = block
        copy.children = try rewriter.rewrite(block.children)
        nextInlineExpression = rewriter.nextInlineExpression
        return copy
    }

    /// A heading with an id, so the table of contents and links can point at it.
    private mutating func heading(_ node: MarkdownNode, level: Int) throws(LessonError) -> MarkdownNode {
        let rewritten = try rewriteInlines(of: node)
        let id = uniqueID(for: node.plainText)
        headings.append(SiteHeading(level: level, id: id, text: node.plainText))
        let inner = inlineHTML(rewritten.children)
        let html = "<h\(level) id=\"\(id)\">\(inner) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
        return MarkdownNode(.customBlock(html: html))
    }

    private mutating func annotationItems(_ list: MarkdownNode) throws(LessonError) -> [Int: String] {
        guard case let .list(_, start, _, _) = list.kind else { return [:] }
        var items: [Int: String] = [:]
        for (offset, item) in list.children.enumerated() {
            let content = try item.children.map { child throws(LessonError) in
                child.kind == .paragraph ? try rewriteInlines(of: child) : try rewriteChildren(of: child)
            }
            items[start + offset] = content.map { node in
                node.kind == .paragraph ? inlineHTML(node.children) : CommonMark.renderHTML(MarkdownNode(.document, children: [node]))
            }.joined(separator: "\n")
        }
        return items
    }

    /// cmark's HTML for inline nodes, without the paragraph around them.
    private func inlineHTML(_ inlines: [MarkdownNode]) -> String {
        let html = CommonMark.renderHTML(MarkdownNode(.document, children: [MarkdownNode(.paragraph, children: inlines)]))
        return String(html.dropFirst("<p>".count).dropLast("</p>\n".count))
    }

    private mutating func uniqueID(for text: String) -> String {
        let base = HeadingID.slug(text)
        var id = base
        var counter = 1
        while usedIDs.contains(id) {
            counter += 1
            id = "\(base)-\(counter)"
        }
        usedIDs.insert(id)
        return id
    }
}

/// Heading ids in the style of GitHub and Quarto: lowercase words joined by dashes.
enum HeadingID {
    /// The id for a heading's text; `section` when nothing usable remains.
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if character == " " || character == "-" || character == "_", !slug.hasSuffix("-"), !slug.isEmpty {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }
}
