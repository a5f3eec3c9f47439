/// The numbered targets of `@fig-ID` and `@tbl-ID`: cells whose id starts with `fig-` or `tbl-`,
/// numbered in order per lesson.
struct CrossReferences {
    /// A reference target: what a reference reads and where it links.
    struct Target: Equatable {
        var label: String
        var anchor: String
    }

    private(set) var targets: [String: Target] = [:]

    /// Numbers the figure and table cells of a lesson.
    init(cells: [Cell]) {
        var counts: [String: Int] = [:]
        for cell in cells {
            guard let id = cell.options.id, let kind = Self.kind(of: id) else { continue }
            counts[kind.prefix, default: 0] += 1
            targets[id] = Target(label: "\(kind.name) \(counts[kind.prefix]!)", anchor: id)
        }
    }

    /// The reference kinds: id prefix and the word a reference reads.
    static func kind(of id: String) -> (prefix: String, name: String)? {
        if id.hasPrefix("fig-") { return ("fig-", "Figure") }
        if id.hasPrefix("tbl-") { return ("tbl-", "Table") }
        return nil
    }

    /// A reference in prose: `@fig-` or `@tbl-` and an id.
    static var pattern: Regex<(Substring, Substring)> { #/@((?:fig|tbl)-[A-Za-z0-9_-]*[A-Za-z0-9])/# }

    /// Whether an `@` preceded by this character starts a reference; after a letter, digit, dot or
    /// another `@` it is part of an e-mail address or a handle and is left alone.
    static func canStartReference(after previous: Character?) -> Bool {
        guard let previous else { return true }
        return !(previous.isLetter || previous.isNumber || previous == "." || previous == "_" || previous == "@")
    }
}
