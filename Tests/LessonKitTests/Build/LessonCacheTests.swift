import LessonEvents
import TestSupport
import XCTest
@testable import LessonKit

final class LessonCacheTests: XCTestCase {
    private let text = "Prose.\n\n```{swift}\n//| error: expected\nlet s: String = 1\n```\n\n```{swift}\ncheck(true, \"fine\")\n```\n"

    private func lesson(_ text: String) throws -> Lesson {
        try LessonParser.parse(path: "Lessons/04-cache.md", text: text)
    }

    private func results() -> LessonResults {
        var results = LessonResults(cellCount: 2)
        results.cells[0].error = "Lessons/04-cache.md:5:17: error: cannot convert value of type 'Int' to specified type 'String'"
        results.cells[1].events = [.check(CheckRecord(passed: true, message: "fine", file: "Lessons/04-cache.md", line: 9))]
        return results
    }

    func testProseEditKeepsTheKeyAndMovesLocations() throws {
        let original = try lesson(text)
        let edited = try lesson("Prose, rewritten\nover two lines.\n" + text.dropFirst("Prose.\n".count))
        XCTAssertEqual(LessonCache.key(for: original, environment: "env"), LessonCache.key(for: edited, environment: "env"))
        let cache = LessonCache(folder: TestSupport.temporaryFolder("cache"))
        let key = LessonCache.key(for: original, environment: "env")
        cache.store(results(), for: original, key: key)
        let moved = try XCTUnwrap(cache.results(for: edited, key: key))
        XCTAssertEqual(moved.cells[0].error, "Lessons/04-cache.md:6:17: error: cannot convert value of type 'Int' to specified type 'String'")
        XCTAssertEqual(moved.cells[1].events, [.check(CheckRecord(passed: true, message: "fine", file: "Lessons/04-cache.md", line: 10))])
    }

    func testCodeOptionsInlineAndEnvironmentChangeTheKey() throws {
        let base = LessonCache.key(for: try lesson(text), environment: "env")
        XCTAssertNotEqual(base, LessonCache.key(for: try lesson(text.replacingOccurrences(of: "\"fine\"", with: "\"good\"")), environment: "env"))
        XCTAssertNotEqual(base, LessonCache.key(for: try lesson(text.replacingOccurrences(of: "```{swift}\ncheck", with: "```{swift}\n//| echo: false\ncheck")), environment: "env"))
        XCTAssertNotEqual(base, LessonCache.key(for: try lesson(text + "\nA value: `{swift} 1 + 1`.\n"), environment: "env"))
        XCTAssertNotEqual(base, LessonCache.key(for: try lesson(text), environment: "other toolchain"))
    }

    func testCorruptOrTruncatedEntryIsIgnored() throws {
        let lesson = try lesson(text)
        let folder = TestSupport.temporaryFolder("cache")
        let cache = LessonCache(folder: folder)
        let key = LessonCache.key(for: lesson, environment: "env")
        cache.store(results(), for: lesson, key: key)
        let entry = folder.appendingPathComponent("04-cache.json")
        let data = try Data(contentsOf: entry)
        try data.prefix(data.count / 2).write(to: entry)
        XCTAssertNil(cache.results(for: lesson, key: key))
        try Data("{\"key\":\"\(key)\",\"value\":{\"cellLines\":[5,9],\"results\":{}}}".utf8).write(to: entry)
        XCTAssertNil(cache.results(for: lesson, key: key))
    }

    func testFailedResultsAreNotStored() throws {
        let lesson = try lesson(text)
        let cache = LessonCache(folder: TestSupport.temporaryFolder("cache"))
        var failed = results()
        failed.failures = [LessonError(file: lesson.path, line: 9, message: "check failed: fine")]
        cache.store(failed, for: lesson, key: "k")
        XCTAssertNil(cache.results(for: lesson, key: "k"))
    }
}
