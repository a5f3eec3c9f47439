/// How prose refers to numbered cells: `@fig-ID` and `@tbl-ID` name a cell whose id starts with
/// `fig-` or `tbl-`.
enum CrossReferences {
    /// The kinds of numbered things: the id prefix and the word a label reads.
    enum Kind: String, CaseIterable, Sendable {
        case figure = "fig-"
        case table = "tbl-"

        /// The word in a label: "Figure" or "Table".
        var name: String { self == .figure ? "Figure" : "Table" }
    }

    /// The kind of a cell id, or nil when the id is not a reference target.
    static func kind(of id: String) -> Kind? {
        Kind.allCases.first { id.hasPrefix($0.rawValue) }
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
