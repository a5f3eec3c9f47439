/// The course as a whole, as `course.yml` describes it: shown in every page header and footer and
/// on the index page.
public struct CourseInfo: Sendable, Equatable {
    /// The course title as plain text.
    public var title: String
    /// A short description as plain text, shown on the index page.
    public var description: String
    /// The authors' names, shown in every page's footer.
    public var authors: [String] = []
    /// The licence of the course's text and code, as plain text (e.g. "CC BY 4.0").
    public var licence: String?
    /// The web address of the course's repository, e.g. `https://github.com/owner/course`; with it,
    /// every lesson page links to `REPOSITORY/edit/BRANCH/Lessons/NAME.md`.
    public var repository: String?
    /// The branch the "edit this page" links open.
    public var branch = "main"
    /// The address the site is published at, e.g. `https://owner.github.io/course/`: pages name their
    /// canonical address with it, and the site gets a `sitemap.xml`.
    public var baseURL: String?
    /// The parts that group the lessons in the sidebar and on the index, in order; no parts means one
    /// list of every lesson.
    public var parts: [CoursePart] = []
    /// How far a number may move, relative to its size, before `lessons verify` reports it as a
    /// difference from the snapshot (so that the last bits of another machine's libm are not drift).
    public var snapshotTolerance = 1e-9

    /// A course with the given title and description, and nothing else set.
    public init(title: String, description: String) {
        self.title = title
        self.description = description
    }

    /// The "edit this page" address of the lesson with this slug, when the repository is known.
    func editURL(slug: String) -> String? {
        repository.map { "\($0.hasSuffix("/") ? String($0.dropLast()) : $0)/edit/\(branch)/Lessons/\(slug).md" }
    }

    /// The published address of a file of the site, when the base address is known.
    func publishedURL(of fileName: String) -> String? {
        baseURL.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + fileName }
    }
}

/// A heading under which some lessons are listed, e.g. "I. The idea".
public struct CoursePart: Sendable, Equatable {
    /// The heading as plain text.
    public var title: String
    /// Lesson file names or shell patterns (`01-*.md`, `0[4-7]-*.md`) matched against the files in
    /// `Lessons/`, in the order listed; a name that matches no file (a lesson not yet written) lists
    /// nothing.
    public var lessons: [String]

    /// A part with this heading and these lesson names or patterns.
    public init(title: String, lessons: [String]) {
        self.title = title
        self.lessons = lessons
    }
}
