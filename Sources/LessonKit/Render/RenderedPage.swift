/// Render's output: one lesson as HTML, with what the site needs around it.
public struct RenderedPage: Sendable, Equatable, Codable {
    /// The file name without extension, e.g. `03-maximum-likelihood`.
    public var slug: String
    /// The lesson title as plain text.
    public var title: String
    /// A one-sentence summary as plain text.
    public var summary: String
    /// The lesson body as HTML, without the title; inserted as is.
    public var bodyHTML: String
    /// The h2/h3 headings of the body, in order, with their ids.
    public var headings: [PageHeading]
    /// The lesson as plain text, for the search index.
    public var plainText: String

    /// A page with the given fields.
    public init(
        slug: String, title: String, summary: String, bodyHTML: String,
        headings: [PageHeading], plainText: String
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.bodyHTML = bodyHTML
        self.headings = headings
        self.plainText = plainText
    }
}
