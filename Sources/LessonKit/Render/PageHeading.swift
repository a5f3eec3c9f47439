/// A section heading of a lesson (h2 or h3), listed in the page's table of contents.
public struct PageHeading: Sendable, Equatable, Codable {
    /// 2 or 3.
    public var level: Int
    /// The heading's `id` attribute in the body HTML, without `#`.
    public var id: String
    /// The heading as plain text.
    public var text: String

    /// A heading of the given level, id and plain text.
    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}
