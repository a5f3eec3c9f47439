/// A parsed and validated lesson: front matter, the annotated document, and its executable cells and
/// inline expressions.
public struct Lesson: Sendable, Equatable {
    /// The path as the user names it, e.g. `Lessons/01-what-is-a-gan.md`; used in every message.
    public var path: String
    /// The file name without `.md`; the page is `<slug>.html`.
    public var slug: String
    public var title: String
    public var summary: String
    /// The Markdown after the front matter.
    public var body: String
    /// The line of the lesson file on which `body` starts (1-based).
    public var bodyFirstLine: Int
    /// The ```` ```{swift} ```` cells, in order.
    public var cells: [Cell]
    /// The `` `{swift} expr` `` spans of the prose, in order.
    public var inlineExpressions: [InlineExpression]
    /// The body as cmark parsed it after the math scan, annotated: cells (with their annotation lists),
    /// inline values, references and formulas stand where their source was, and headings carry their
    /// ids. Render rewrites this tree with the results; nothing parses the body again.
    public var document: MarkdownNode
    /// The links of the prose, for checking that the lessons and anchors they name exist.
    public var links: [LessonLink]
    /// What `#id` can name in this lesson's page: heading ids and cell anchors.
    public var anchors: Set<String>
}

/// A link written in a lesson, where it stands.
public struct LessonLink: Sendable, Equatable {
    /// The address as written, e.g. `02-maximum-likelihood.md#the-idea`.
    public var url: String
    /// The line of the lesson file on which the link stands.
    public var line: Int
    /// The column of the address in that line, when it could be found.
    public var column: Int?
}

/// One executable code cell.
public struct Cell: Sendable, Equatable {
    /// Position among the lesson's cells, from 0.
    public var index: Int
    public var options: CellOptions
    /// The code without its option lines and with annotation markers removed.
    public var code: String
    /// The line of the lesson file holding the first line of `code`.
    public var codeFirstLine: Int
    /// The line of the opening fence.
    public var fenceLine: Int
    /// The line of the `//| id:` option, when the cell has an id.
    public var idLine: Int?
    /// Annotation markers: the 0-based line within `code` and the marker's number.
    public var annotations: [CodeAnnotation]

    /// The id of the cell's element in the page: its id, or one made from the lesson and its number.
    public func anchor(in slug: String) -> String {
        options.id ?? "\(slug)-cell-\(index + 1)"
    }

    /// The id of the explanation of annotation `number` in the page.
    public func noteAnchor(_ number: Int, in slug: String) -> String {
        "\(anchor(in: slug))-note-\(number)"
    }

    /// How the cell is named in messages: its id, or its 1-based number.
    public var displayName: String {
        options.id.map { "cell '\($0)'" } ?? "cell \(index + 1)"
    }
}

/// A `// <N>` marker at the end of a code line.
public struct CodeAnnotation: Sendable, Equatable {
    /// The 0-based line within the cell's code.
    public var codeLine: Int
    public var number: Int
    /// The 1-based column of the marker's `//` in its line, for messages.
    public var column: Int
}

/// An inline expression `` `{swift} expr` `` in the prose.
public struct InlineExpression: Sendable, Equatable {
    /// Position among the lesson's inline expressions, from 0.
    public var index: Int
    public var expression: String
    /// The line of the lesson file on which it stands.
    public var line: Int
    /// The column of its opening backtick, when known.
    public var column: Int?
}
