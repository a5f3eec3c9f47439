/// The main content of the index page: the course title, its description and the lessons in order.
struct IndexPageTemplate {
    var course: CourseInfo
    var pages: [RenderedPage]

    /// The HTML that goes inside `<main>`.
    var mainHTML: String {
        let items = pages.map { page in
            """
            <li>
            <a class="lesson-link" href="\(HTML.escape(page.fileName))">\(HTML.escape(page.title))</a>
            <p class="lesson-summary">\(HTML.escape(page.summary))</p>
            </li>
            """
        }
        return """
        <header class="course-header">
        <h1>\(HTML.escape(course.title))</h1>
        <p class="course-description">\(HTML.escape(course.description))</p>
        </header>
        <section class="lesson-list" aria-labelledby="lessons-title">
        <h2 id="lessons-title">Lessons</h2>
        <ol>
        \(items.joined(separator: "\n"))
        </ol>
        </section>
        """
    }
}
