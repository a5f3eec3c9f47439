import CCmark
import Glibc

/// The one place that talks to cmark: parses Markdown into ``MarkdownNode`` values and renders them
/// back to HTML with cmark's own renderer. Every C pointer is freed before a function returns.
public enum CommonMark {
    /// Raw HTML written by the author passes through, as in Quarto and mdBook: authors are trusted.
    private static let options = CMARK_OPT_UNSAFE

    /// Parses CommonMark text into a tree of plain values.
    public static func parse(_ text: String) -> MarkdownNode {
        let root = text.withCString { cmark_parse_document($0, strlen($0), options) }!
        defer { cmark_node_free(root) }
        return convert(root)
    }

    /// Renders a tree with cmark's HTML renderer.
    public static func renderHTML(_ node: MarkdownNode) -> String {
        let root = build(node)
        defer { cmark_node_free(root) }
        return html(of: root)
    }

    /// cmark's own rendering of a text, the reference our pages are compared against.
    public static func referenceHTML(_ text: String) -> String {
        let root = text.withCString { cmark_parse_document($0, strlen($0), options) }!
        defer { cmark_node_free(root) }
        return html(of: root)
    }

    private static func html(of root: OpaquePointer) -> String {
        let rendered = cmark_render_html(root, options)!
        defer { free(rendered) }
        return String(cString: rendered)
    }

    // MARK: - C tree to values

    private static func convert(_ node: OpaquePointer) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(convert(current))
            child = cmark_node_next(current)
        }
        return MarkdownNode(
            kind(of: node), children: children,
            startLine: Int(cmark_node_get_start_line(node)), endLine: Int(cmark_node_get_end_line(node)))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        let literal = string(cmark_node_get_literal(node))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                parenDelimiter: cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal)
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal)
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), id: nil)
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(literal)
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal)
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal)
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_CUSTOM_BLOCK: return .customBlock(html: string(cmark_node_get_on_enter(node)))
        default: return .customInline(html: string(cmark_node_get_on_enter(node)))
        }
    }

    // MARK: - Values to C tree

    private static func build(_ value: MarkdownNode) -> OpaquePointer {
        let node: OpaquePointer
        switch value.kind {
        case .document: node = cmark_node_new(CMARK_NODE_DOCUMENT)
        case .blockQuote: node = cmark_node_new(CMARK_NODE_BLOCK_QUOTE)
        case let .list(ordered, start, tight, parenDelimiter):
            node = cmark_node_new(CMARK_NODE_LIST)
            cmark_node_set_list_type(node, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
            cmark_node_set_list_start(node, Int32(start))
            cmark_node_set_list_tight(node, tight ? 1 : 0)
            cmark_node_set_list_delim(node, parenDelimiter ? CMARK_PAREN_DELIM : CMARK_PERIOD_DELIM)
        case .item: node = cmark_node_new(CMARK_NODE_ITEM)
        case let .codeBlock(info, literal):
            node = cmark_node_new(CMARK_NODE_CODE_BLOCK)
            cmark_node_set_fence_info(node, info)
            cmark_node_set_literal(node, literal)
        case .htmlBlock(let literal):
            node = cmark_node_new(CMARK_NODE_HTML_BLOCK)
            cmark_node_set_literal(node, literal)
        case .paragraph: node = cmark_node_new(CMARK_NODE_PARAGRAPH)
        case .heading(let level, _):
            node = cmark_node_new(CMARK_NODE_HEADING)
            cmark_node_set_heading_level(node, Int32(level))
        case .thematicBreak: node = cmark_node_new(CMARK_NODE_THEMATIC_BREAK)
        case .text(let literal):
            node = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(node, literal)
        case .softBreak: node = cmark_node_new(CMARK_NODE_SOFTBREAK)
        case .lineBreak: node = cmark_node_new(CMARK_NODE_LINEBREAK)
        case .code(let literal):
            node = cmark_node_new(CMARK_NODE_CODE)
            cmark_node_set_literal(node, literal)
        case .htmlInline(let literal):
            node = cmark_node_new(CMARK_NODE_HTML_INLINE)
            cmark_node_set_literal(node, literal)
        case .emphasis: node = cmark_node_new(CMARK_NODE_EMPH)
        case .strong: node = cmark_node_new(CMARK_NODE_STRONG)
        case let .link(url, title):
            node = cmark_node_new(CMARK_NODE_LINK)
            cmark_node_set_url(node, url)
            cmark_node_set_title(node, title)
        case let .image(url, title):
            node = cmark_node_new(CMARK_NODE_IMAGE)
            cmark_node_set_url(node, url)
            cmark_node_set_title(node, title)
        case .customBlock(let html):
            node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(node, html)
        case .customInline(let html), .math(_, let html):
            node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
            cmark_node_set_on_enter(node, html)
        case .cell:
            // Render replaces lesson constructs; one left in renders as nothing, its children included.
            return cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        case .inlineValue, .reference:
            return cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        }
        for child in value.children {
            cmark_node_append_child(node, build(child))
        }
        return node
    }
}
