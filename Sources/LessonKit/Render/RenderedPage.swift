/// Render stage output: a lesson's body as HTML, with what the site needs around it.
public struct RenderedPage: Sendable, Equatable {
    /// A section heading of the page, for the table of contents.
    public struct Heading: Sendable, Equatable {
        public var level: Int
        public var id: String
        public var text: String
    }

    public var slug: String
    public var title: String
    public var summary: String
    public var bodyHTML: String
    public var headings: [Heading]
    /// The page's words without markup, for the search index.
    public var plainText: String
}
