/// The main content of the index page: the course title, its description and the lessons, grouped
/// by the course's parts.
struct IndexPageTemplate {
    var course: CourseInfo
    var outline: CourseOutline

    /// The HTML that goes inside `<main>`.
    var mainHTML: String {
        var number = 0
        let lists = outline.sections.map { section in
            let items = section.pages.map { page in
                """
                <li>
                <a class="lesson-link" href="\(HTML.escape(page.fileName))">\(HTML.escape(page.title))</a>
                <p class="lesson-summary">\(HTML.escape(page.summary))</p>
                </li>
                """
            }
            // Numbering runs on across parts, as in the sidebar's reading order.
            let start = number + 1
            number += section.pages.count
            let heading = section.title.map { "<h3 class=\"lesson-part\">\(HTML.escape($0))</h3>\n" } ?? ""
            return heading + "<ol start=\"\(start)\">\n" + items.joined(separator: "\n") + "\n</ol>"
        }
        let description = course.description.isEmpty ? "" : "\n<p class=\"course-description\">\(HTML.escape(course.description))</p>"
        return """
        <header class="course-header">
        <h1>\(HTML.escape(course.title))</h1>\(description)
        </header>
        <section class="lesson-list" aria-labelledby="lessons-title">
        <h2 id="lessons-title">Lessons</h2>
        \(lists.joined(separator: "\n"))
        </section>
        """
    }
}
