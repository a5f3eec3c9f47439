import Foundation

/// Checks the links between lessons, which one lesson alone cannot: each link must name a lesson of
/// the course (an .md file of `Lessons/`, built now or not) and an anchor that lesson has.
enum CourseLinkCheck {
    /// The loaded lessons, each parsed lesson whose links name a missing lesson or anchor turned into
    /// the failure listing them, so that it fails before any cell runs.
    static func apply(to loaded: [(String, Result<Lesson, Error>)], root: URL) -> [(String, Result<Lesson, Error>)] {
        let linking = loaded.contains { _, parsed in (try? parsed.get())?.links.isEmpty == false }
        guard linking else { return loaded }
        let course = targets(root: root, loaded: loaded)
        return loaded.map { path, parsed in
            guard case .success(let lesson) = parsed else { return (path, parsed) }
            let errors = CourseLinks.errors(in: lesson, course: course)
            return (path, errors.isEmpty ? parsed : .failure(LessonErrors(errors)))
        }
    }

    /// Every lesson of the course by slug, with its anchors (nil for a lesson that does not parse).
    private static func targets(root: URL, loaded: [(String, Result<Lesson, Error>)]) -> [String: Set<String>?] {
        var course: [String: Set<String>?] = [:]
        for (path, parsed) in loaded {
            course[slug(of: path)] = .some((try? parsed.get())?.anchors)
        }
        for path in (try? LessonLoader.lessonPaths(root: root, requested: [])) ?? [] where course[slug(of: path)] == nil {
            course[slug(of: path)] = .some((try? LessonLoader.load(path, root: root))?.anchors)
        }
        return course
    }

    private static func slug(of path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }
}
