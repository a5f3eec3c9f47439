/// Builds the reader-facing site: lesson pages, index, stylesheet, search index and script.
public enum SiteBuilder {
    /// Every file of the site: relative path -> contents (UTF-8 text). Pages are in lesson order.
    /// `extraCSS` is appended to the stylesheet.
    public static func files(course: CourseInfo, pages: [SitePage], extraCSS: String) -> [String: String] {
        let layout = PageLayout(course: course, pages: pages)
        var files: [String: String] = [
            SiteFiles.index: layout.document(
                title: course.title, description: course.description, currentSlug: nil,
                mainHTML: IndexPageTemplate(course: course, pages: pages).mainHTML
            ),
            SiteFiles.stylesheet: Stylesheet.css + (extraCSS.isEmpty ? "" : "\n" + extraCSS + "\n"),
            SiteFiles.searchScript: SearchScript.javaScript,
            SiteFiles.scrubScript: ScrubScript.javaScript,
            SiteFiles.searchIndex: SearchIndex(pages: pages).script,
        ]
        for (index, page) in pages.enumerated() {
            let template = LessonPageTemplate(
                page: page,
                previous: index > 0 ? pages[index - 1] : nil,
                next: index + 1 < pages.count ? pages[index + 1] : nil
            )
            files[page.fileName] = layout.document(
                title: "\(page.title) · \(course.title)", description: page.summary,
                currentSlug: page.slug, mainHTML: template.mainHTML
            )
        }
        return files
    }
}
