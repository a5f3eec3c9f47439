import Foundation

/// The lessons as the reader meets them: grouped under the course's parts, in the parts' order.
/// Lessons that no part lists follow at the end, in file-name order, under "More lessons".
struct CourseOutline: Equatable {
    /// One heading and its pages; the heading is nil for a course without parts.
    struct Section: Equatable {
        var title: String?
        var pages: [RenderedPage]
    }

    var sections: [Section]

    /// The pages arranged by the course's parts.
    init(course: CourseInfo, pages: [RenderedPage]) {
        guard !course.parts.isEmpty else {
            sections = pages.isEmpty ? [] : [Section(title: nil, pages: pages)]
            return
        }
        var placed = Set<String>()
        var sections: [Section] = []
        for part in course.parts {
            var listed: [RenderedPage] = []
            for pattern in part.lessons {
                for page in pages where !placed.contains(page.slug) && Self.matches(pattern, slug: page.slug) {
                    listed.append(page)
                    placed.insert(page.slug)
                }
            }
            if !listed.isEmpty { sections.append(Section(title: part.title, pages: listed)) }
        }
        let rest = pages.filter { !placed.contains($0.slug) }
        if !rest.isEmpty { sections.append(Section(title: "More lessons", pages: rest)) }
        self.sections = sections
    }

    /// Every page in reading order (for previous/next links).
    var pages: [RenderedPage] { sections.flatMap(\.pages) }

    /// Whether a lesson matches a part's file name or shell pattern, written with or without `.md`.
    static func matches(_ pattern: String, slug: String) -> Bool {
        fnmatch(pattern, slug + ".md", 0) == 0 || fnmatch(pattern, slug, 0) == 0
    }
}
