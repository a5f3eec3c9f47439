import Foundation

/// Links between lessons: `02-maximum-likelihood.md#the-idea` must name a lesson of the course and, after
/// `#`, a heading or cell of it; `#the-idea` must name one of this lesson. In the site, such links lead
/// to the lesson's page (`.md` becomes `.html`).
public enum CourseLinks {
    /// The lesson (`slug`, nil for this page) and anchor a link names, or nil for a link elsewhere:
    /// another site, an absolute path, a file that is not a lesson, the site's index.
    static func target(of url: String) -> (slug: String?, anchor: String?)? {
        if url.hasPrefix("#") { return (nil, String(url.dropFirst())) }
        guard url.firstMatch(of: #/^[A-Za-z][A-Za-z0-9+.\-]*:/#) == nil, !url.hasPrefix("/") else { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var file = String(parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        if file.hasPrefix("./") { file.removeFirst(2) }
        guard !file.contains("/"), file != "index.html" else { return nil }
        let anchor = parts.count > 1 ? String(parts[1]) : nil
        for suffix in [".md", ".html"] where file.hasSuffix(suffix) && file.count > suffix.count {
            return (String(file.dropLast(suffix.count)), anchor)
        }
        return nil
    }

    /// The address a link takes in the site: a lesson's `.md` file becomes its page.
    static func siteURL(_ url: String) -> String {
        guard let (slug, _) = target(of: url), let slug, let range = url.range(of: slug + ".md") else { return url }
        return url.replacingCharacters(in: range, with: slug + ".html")
    }

    /// The error of a link to `#anchor` that names nothing in this lesson, or nil.
    static func pageAnchorError(_ link: LessonLink, anchors: Set<String>, path: String) -> LessonError? {
        guard let (slug, anchor) = target(of: link.url), slug == nil, let anchor, !anchors.contains(anchor) else { return nil }
        return LessonError(
            file: path, line: link.line, column: link.column,
            message: "link to '#\(anchor)': this lesson has no heading or cell with that id",
            hint: "ids here: \(list(anchors))")
    }

    /// The errors of a lesson's links to other lessons: a lesson that does not exist, or an anchor it
    /// does not have. `course` maps the slug of every lesson of the course to its anchors (nil when that
    /// lesson does not parse, so its anchors are unknown).
    public static func errors(in lesson: Lesson, course: [String: Set<String>?]) -> [LessonError] {
        errors(of: lesson.links, in: lesson.path, course: course)
    }

    /// The errors of the links of the lesson at `path`; see ``errors(in:course:)``.
    static func errors(of links: [LessonLink], in path: String, course: [String: Set<String>?]) -> [LessonError] {
        links.compactMap { link in
            guard let (slug, anchor) = target(of: link.url), let slug else { return nil }
            guard let known = course[slug] else {
                return LessonError(
                    file: path, line: link.line, column: link.column,
                    message: "link to '\(link.url)' names no lesson of the course",
                    hint: "lessons are the .md files in Lessons/: \(list(Set(course.keys.map { $0 + ".md" })))")
            }
            guard let anchor, let anchors = known, !anchors.contains(anchor) else { return nil }
            return LessonError(
                file: path, line: link.line, column: link.column,
                message: "link to '\(link.url)': \(slug).md has no heading or cell with id '\(anchor)'",
                hint: "ids there: \(list(anchors))")
        }
    }

    private static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().joined(separator: ", ")
    }
}
