/// Builds the reader-facing site: lesson pages, index, stylesheet, search index and script, and a
/// sitemap when the course names the address it is published at.
public enum SiteBuilder {
    /// Every file of the site: relative path -> contents (UTF-8 text). Pages are given in file-name
    /// order and read in the order of the course's parts. `extraCSS` is appended to the stylesheet.
    public static func files(course: CourseInfo, pages: [RenderedPage], extraCSS: String) -> [String: String] {
        let outline = CourseOutline(course: course, pages: pages)
        let ordered = outline.pages
        let layout = PageLayout(course: course, outline: outline)
        var files: [String: String] = [
            SiteFiles.index: layout.document(
                title: course.title, description: course.description, fileName: SiteFiles.index, currentSlug: nil,
                mainHTML: IndexPageTemplate(course: course, outline: outline).mainHTML
            ),
            SiteFiles.stylesheet: Stylesheet.css + (extraCSS.isEmpty ? "" : "\n" + extraCSS + "\n"),
            SiteFiles.searchScript: SearchScript.javaScript,
            SiteFiles.scrubScript: ScrubScript.javaScript,
            SiteFiles.searchIndex: SearchIndex(pages: ordered).script,
        ]
        for (index, page) in ordered.enumerated() {
            let template = LessonPageTemplate(
                page: page,
                previous: index > 0 ? ordered[index - 1] : nil,
                next: index + 1 < ordered.count ? ordered[index + 1] : nil,
                editURL: course.editURL(slug: page.slug)
            )
            files[page.fileName] = layout.document(
                title: "\(page.title) · \(course.title)", description: page.summary, fileName: page.fileName,
                currentSlug: page.slug, mainHTML: template.mainHTML
            )
        }
        if let sitemap = sitemap(course: course, pages: ordered) {
            files[SiteFiles.sitemap] = sitemap
        }
        return files
    }

    /// A sitemap listing the index and every lesson at their published addresses.
    static func sitemap(course: CourseInfo, pages: [RenderedPage]) -> String? {
        guard course.baseURL != nil else { return nil }
        let urls = ([""] + pages.map(\.fileName)).compactMap { course.publishedURL(of: $0) }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + urls.map { "  <url><loc>\(HTML.escape($0))</loc></url>\n" }.joined()
            + "</urlset>\n"
    }
}
