/// A CommonMark node as a plain Swift value: what cmark parsed, what Parse annotated, or what the
/// renderer built.
public struct MarkdownNode: Sendable, Equatable {
    /// The node's type with the attributes that type carries.
    public enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool, parenDelimiter: Bool)
        case item
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        /// A heading; Parse gives it the unique `id` its anchor uses.
        case heading(level: Int, id: String?)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(url: String, title: String)
        case image(url: String, title: String)
        // Lesson constructs: Parse puts them where cmark saw their source, Render replaces them with
        // results. cmark's renderer never sees them (they would render as nothing).
        /// Executable cell `index`, whose children are the items of its annotation list, numbered `notes`.
        case cell(index: Int, notes: [Int])
        /// The value of inline expression `index`.
        case inlineValue(index: Int)
        /// A cross-reference to the numbered cell with this id.
        case reference(id: String)
        /// A formula: its TeX source and the MathML it was converted to.
        case math(tex: String, mathML: String)
        /// Trusted HTML produced by the renderer, standing where a block was.
        case customBlock(html: String)
        /// Trusted HTML produced by the renderer, standing where an inline was.
        case customInline(html: String)
    }

    public var kind: Kind
    public var children: [MarkdownNode]
    /// 1-based line of the node's first line in the parsed text (0 when unknown, as for most inlines).
    public var startLine: Int
    /// 1-based line of the node's last line in the parsed text (0 when unknown).
    public var endLine: Int

    /// Creates a node; the renderer leaves the lines at 0 for nodes it builds.
    public init(_ kind: Kind, children: [MarkdownNode] = [], startLine: Int = 0, endLine: Int = 0) {
        self.kind = kind
        self.children = children
        self.startLine = startLine
        self.endLine = endLine
    }

    /// The text of the node and its descendants, without markup, for search. Formulas are left out:
    /// their TeX is not words a reader would search for.
    public var plainText: String { text(withFormulas: false) }

    /// The text as a reader would name it, for heading ids and the table of contents: formulas count
    /// as their TeX source.
    public var headingText: String { text(withFormulas: true) }

    private func text(withFormulas: Bool) -> String {
        switch kind {
        case .text(let text), .code(let text): return text
        case .math(let tex, _): return withFormulas ? tex : ""
        case .softBreak, .lineBreak: return " "
        case .codeBlock(_, let literal): return literal
        default: return children.map { $0.text(withFormulas: withFormulas) }.joined()
        }
    }
}
