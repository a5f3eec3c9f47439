/// The relative paths of the files every site contains besides its pages.
enum SiteFiles {
    static let index = "index.html"
    static let stylesheet = "assets/style.css"
    static let searchScript = "assets/search.js"
    /// Plays scrubbable figures (`ScrubScript`).
    static let scrubScript = "assets/scrub.js"
    /// A script defining the search index as a global, so search works from `file://`.
    static let searchIndex = "search-index.js"
    /// Written only when the course names its published address.
    static let sitemap = "sitemap.xml"
}
