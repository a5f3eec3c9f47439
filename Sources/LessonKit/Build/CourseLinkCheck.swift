import Foundation

/// Checks the links between lessons, which one lesson alone cannot: each link must name a lesson of
/// the course (an .md file of `Lessons/`, built now or not) and an anchor that lesson has.
enum CourseLinkCheck {
    /// The loaded lessons, each lesson whose links name a missing lesson or anchor turned into the
    /// failure listing them (with its other errors, if it has any), so that it fails before any cell runs.
    static func apply(to loaded: [(String, Result<Lesson, Error>)], root: URL) -> [(String, Result<Lesson, Error>)] {
        let linking = loaded.contains { !links(of: $0.1).isEmpty }
        guard linking else { return loaded }
        let course = targets(root: root, loaded: loaded)
        return loaded.map { path, parsed in
            let errors = CourseLinks.errors(of: links(of: parsed), in: path, course: course)
            guard !errors.isEmpty else { return (path, parsed) }
            var earlier: [LessonError] = []
            if case .failure(let failure) = parsed { earlier = (failure as? LessonErrors)?.errors ?? [] }
            return (path, .failure(LessonErrors(earlier + errors)))
        }
    }

    /// The links of a lesson, whether it parsed or not.
    private static func links(of parsed: Result<Lesson, Error>) -> [LessonLink] {
        switch parsed {
        case .success(let lesson): lesson.links
        case .failure(let error): (error as? LessonErrors)?.links ?? []
        }
    }

    /// Every lesson of the course by slug, with its anchors (nil for a lesson that does not parse).
    private static func targets(root: URL, loaded: [(String, Result<Lesson, Error>)]) -> [String: Set<String>?] {
        // `.some(nil)` keeps a lesson whose anchors are unknown; assigning plain nil would drop it.
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
