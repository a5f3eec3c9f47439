extension RenderedPage {
    /// The page's file name, relative to the site root.
    var fileName: String { slug + ".html" }
}
