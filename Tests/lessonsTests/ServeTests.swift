import Foundation
import TestSupport
import XCTest

/// `lessons serve` as a user runs it: a real server in a temporary course, spoken to over HTTP.
final class ServeTests: XCTestCase {
    private var servers: [BackgroundCommand] = []

    override func tearDown() {
        servers.forEach { $0.stop() }
        servers = []
    }

    /// A one-cell lesson with this prose, and this option line (with its newline) in its cell.
    private func lesson(prose: String, option: String = "") -> String {
        "---\ntitle: Live\nsummary: A lesson being edited.\n---\n\(prose)\n\n```{swift}\n\(option)print(\"x = \\(6*7)\")\n```\n"
    }

    /// Starts `lessons serve` on a free port and waits for its first build; returns the port.
    private func serve(_ course: TemporaryCourse) throws -> Int {
        let port = PlainHTTP.freePort()
        let server = try course.launch(["serve", "--port", "\(port)", "--jobs", "1"])
        servers.append(server)
        let line = "serving http://127.0.0.1:\(port)/ (Ctrl-C to stop)"
        XCTAssertTrue(server.waitForErrorOutput(line, timeout: 300), server.errorOutput)
        return port
    }

    /// The build status the pages poll.
    private func status(port: Int) throws -> (build: Int, error: String?) {
        let response = try XCTUnwrap(PlainHTTP.get("/__lessons/status", port: port))
        XCTAssertEqual(response.status, 200)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
        return (try XCTUnwrap(json["build"] as? Int), json["error"] as? String)
    }

    /// Waits until the build counter passes `build`, then returns the status.
    private func status(after build: Int, port: Int) throws -> (build: Int, error: String?) {
        var latest = try status(port: port)
        _ = TestSupport.wait(timeout: 60) {
            latest = (try? status(port: port)) ?? latest
            return latest.build > build
        }
        XCTAssertGreaterThan(latest.build, build, "no rebuild within 60 s")
        return latest
    }

    func testServesThePagesWithLiveReloadAndRebuildsOnAnEdit() throws {
        let course = TemporaryCourse(lessons: ["01-live.md": lesson(prose: "The first version.")])
        let port = try serve(course)

        let index = try XCTUnwrap(PlainHTTP.get("/", port: port))
        XCTAssertEqual(index.status, 200)
        XCTAssertTrue(index.body.contains("01-live.html"), index.body)
        XCTAssertTrue(index.body.contains("fetch(\"/__lessons/status\""), index.body)
        let page = try XCTUnwrap(PlainHTTP.get("/01-live.html", port: port))
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("The first version."))
        XCTAssertTrue(page.body.contains("x = 42"))
        XCTAssertTrue(page.body.contains("const servedBuild = 1;"))
        XCTAssertFalse(try XCTUnwrap(course.read("Output/01-live.html")).contains("__lessons"), "the file on disk is untouched")
        XCTAssertEqual(PlainHTTP.get("/missing.html", port: port)?.status, 404)
        XCTAssertEqual(PlainHTTP.get("/../../etc/passwd", port: port)?.status, 404)
        XCTAssertEqual(PlainHTTP.get("/%2e%2e/%2e%2e/%2e%2e/etc/passwd", port: port)?.status, 404)
        let first = try status(port: port)
        XCTAssertEqual(first.build, 1)
        XCTAssertNil(first.error)

        course.write(Data(lesson(prose: "The second, edited version.").utf8), to: "01-live.md")
        let second = try status(after: first.build, port: port)
        XCTAssertNil(second.error)
        let edited = try XCTUnwrap(PlainHTTP.get("/01-live.html", port: port))
        XCTAssertTrue(edited.body.contains("The second, edited version."), edited.body)

        course.write(Data(lesson(prose: "Broken.", option: "//| colour: red\n").utf8), to: "01-live.md")
        let failed = try status(after: second.build, port: port)
        XCTAssertTrue(failed.error?.contains("Lessons/01-live.md:") == true, failed.error ?? "no error")
        XCTAssertTrue(servers[0].waitForErrorOutput("still holds the previous build", timeout: 5), servers[0].errorOutput)
        let kept = try XCTUnwrap(PlainHTTP.get("/01-live.html", port: port))
        XCTAssertTrue(kept.body.contains("The second, edited version."), "a failed build keeps the previous site")
    }

    func testAPortInUseIsABadUsageNamingThePort() throws {
        let course = TemporaryCourse(lessons: ["01-live.md": lesson(prose: "Prose.")])
        let port = try serve(course)
        let second = try course.lessons(["serve", "--port", "\(port)"])
        XCTAssertEqual(second.status, 2)
        XCTAssertEqual(
            second.stderr,
            "error: port \(port) is in use (another 'lessons serve'?); stop that server or choose another port, e.g. --port \(port + 1)\n")
    }

    func testAPortOutOfRangeOrNoLessonsFolderIsABadUsage() throws {
        let course = TemporaryCourse(lessons: ["01-live.md": lesson(prose: "Prose.")])
        let outOfRange = try course.lessons(["serve", "--port", "70000"])
        XCTAssertEqual(outOfRange.status, 2)
        XCTAssertEqual(outOfRange.stderr, "error: --port takes a number from 1 to 65535, not 70000; e.g. --port 8000\n")
        let noLessons = try TemporaryCourse(lessons: nil).lessons(["serve"])
        XCTAssertEqual(noLessons.status, 2)
        XCTAssertTrue(noLessons.stderr.hasPrefix("error: no Lessons/ folder in "), noLessons.stderr)
    }
}
