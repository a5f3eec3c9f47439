/// Gives every heading of a lesson a unique id, in the style of GitHub and Quarto: lowercase words
/// joined by dashes, numbered from the second use on (`results`, `results-2`).
struct HeadingIDs {
    /// Every id taken so far: the reserved ones and those given to headings.
    private(set) var used: Set<String>

    /// Starts with `reserved` ids (the cells') taken.
    init(reserved: Set<String>) {
        used = reserved
    }

    /// `node` with an id on every heading in it, in document order.
    mutating func assign(in node: MarkdownNode) -> MarkdownNode {
        var copy = node
        if case .heading(let level, nil) = node.kind {
            copy.kind = .heading(level: level, id: unique(Self.slug(node.headingText)))
        }
        copy.children = node.children.map { assign(in: $0) }
        return copy
    }

    private mutating func unique(_ base: String) -> String {
        var id = base
        var counter = 1
        while used.contains(id) {
            counter += 1
            id = "\(base)-\(counter)"
        }
        used.insert(id)
        return id
    }

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
