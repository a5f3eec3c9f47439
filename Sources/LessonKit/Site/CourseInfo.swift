/// The course as a whole: shown in every page header and on the index page.
public struct CourseInfo: Sendable, Equatable {
    /// The course title as plain text.
    public var title: String
    /// A short description as plain text, shown on the index page.
    public var description: String

    /// A course with the given title and description.
    public init(title: String, description: String) {
        self.title = title
        self.description = description
    }
}
