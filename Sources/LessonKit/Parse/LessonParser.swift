import Foundation

/// Parse stage: turns a lesson file's text into a validated ``Lesson``. Pure: text in, values out.
public enum LessonParser {
    /// The info string that marks an executable cell (the Quarto convention).
    public static let cellInfo = "{swift}"
    /// The prefix of an inline expression's code span.
    public static let inlinePrefix = "{swift}"

    /// Parses a lesson; `path` is how the file is named in messages, e.g. `Lessons/01-gans.md`.
    /// Every authoring error (front matter, cell options, annotations, math, references, links within
    /// the lesson) is found, and all of them are thrown together. Links to other lessons are checked
    /// by ``CourseLinks``, which knows the course.
    public static func parse(path: String, text: String) throws(LessonErrors) -> Lesson {
        var errors: [LessonError] = []
        var title: String?, summary: String?
        var body: String, bodyFirstLine: Int
        do {
            let front = try FrontMatter.parse(text, path: path)
            title = front.title
            summary = front.summary
            body = String(front.body)
            bodyFirstLine = front.bodyFirstLine
        } catch {
            errors.append(error)
            // Check the body too, when the front matter's end can be found.
            guard let rest = bodyAfterFrontMatter(text) else { throw LessonErrors(errors) }
            body = rest.body
            bodyFirstLine = rest.firstLine
        }
        let slug = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let math = LessonMath(body: body, firstLine: bodyFirstLine, path: path)
        var builder = DocumentBuilder(path: path, lineOffset: bodyFirstLine - 1, body: body, math: math)
        var document = builder.blocks(CommonMark.parse(math.markdown))
        let cells = builder.cells
        var headingIDs = HeadingIDs(reserved: Set(cells.compactMap(\.options.id)))
        document = headingIDs.assign(in: document)
        let anchors = headingIDs.used.union(cells.map { $0.anchor(in: slug) })
            .union(cells.flatMap { cell in cell.annotations.map { cell.noteAnchor($0.number, in: slug) } })
        errors += math.errors + builder.errors + duplicateIDs(cells, path: path)
        errors += unknownReferences(builder.references, cells: cells, path: path)
        errors += builder.links.compactMap { CourseLinks.pageAnchorError($0, anchors: anchors, path: path) }
        guard errors.isEmpty else { throw LessonErrors(errors, links: builder.links) }
        return Lesson(
            path: path, slug: slug, title: title ?? slug, summary: summary ?? "",
            body: body, bodyFirstLine: bodyFirstLine, cells: cells, inlineExpressions: builder.inlineExpressions,
            document: document, links: builder.links, anchors: anchors)
    }

    /// Whether a code block's info string marks it as executable.
    static func isCell(info: String) -> Bool {
        info.trimmingCharacters(in: .whitespaces) == cellInfo
    }

    /// The body after a front matter that could not be read: what follows its closing `---` line.
    private static func bodyAfterFrontMatter(_ text: String) -> (body: String, firstLine: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let closing = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else { return nil }
        return (lines[(closing + 1)...].joined(separator: "\n"), closing + 2)
    }

    private static func duplicateIDs(_ cells: [Cell], path: String) -> [LessonError] {
        var seen: [String: Cell] = [:]
        var errors: [LessonError] = []
        for cell in cells {
            guard let id = cell.options.id else { continue }
            if let first = seen[id] {
                errors.append(LessonError(
                    file: path, line: cell.idLine ?? cell.fenceLine, message: "duplicate cell id '\(id)'",
                    hint: "the id is already used by the cell at line \(first.fenceLine); ids must be unique in a lesson"))
            } else {
                seen[id] = cell
            }
        }
        return errors
    }

    private static func unknownReferences(
        _ references: [(id: String, line: Int, column: Int?)], cells: [Cell], path: String
    ) -> [LessonError] {
        let targets = cells.compactMap(\.options.id).filter { CrossReferences.kind(of: $0) != nil }
        return references.filter { !targets.contains($0.id) }.map { reference in
            LessonError(
                file: path, line: reference.line, column: reference.column, message: "unknown reference '@\(reference.id)'",
                hint: "give a cell '//| id: \(reference.id)', or fix the reference; known ids: "
                    + (targets.isEmpty ? "none" : targets.sorted().joined(separator: ", ")))
        }
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
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image, .customInline,
             .inlineValue, .reference, .math:
            return true
        default:
            return false
        }
    }
}
