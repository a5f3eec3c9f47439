import LessonEvents
import TestSupport
import XCTest
@testable import LessonKit

/// Runs real lesson programs: each test compiles one small lesson against the runtime libraries,
/// which are built once for the whole test run.
final class SwiftEngineTests: XCTestCase {
    static let engine: Result<SwiftEngine, UsageError> = Result { () throws(UsageError) in
        try SwiftEngine.prepare(
            packageRoot: TestSupport.packageRoot,
            cache: TestSupport.packageRoot.appendingPathComponent(".lessons-cache"), defaultCellTimeout: 60)
    }

    private func execute(_ text: String) throws -> (Lesson, LessonResults) {
        let lesson = try LessonParser.parse(path: "Lessons/05-engine.md", text: text)
        return (lesson, try Self.engine.get().execute(lesson))
    }

    private func texts(_ result: CellResult) -> String {
        result.events.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }

    func testCellsShareStateAndOutputsArePerCell() throws {
        let (_, results) = try execute("```{swift}\nlet x = 6 * 7\nprint(\"x = \\(x)\")\n```\n\n```{swift}\nshow(0.1 + 0.2)\nprint(x + 1)\n```\n\nInline `{swift} x / 2`.\n")
        XCTAssertEqual(results.failures, [])
        XCTAssertEqual(texts(results.cells[0]), "x = 42\n")
        XCTAssertEqual(results.cells[1].events, [.value("0.3"), .text("43\n")])
        XCTAssertEqual(results.inlineValues, [0: "21"])
    }

    func testLessonProgramsApplyGANCoresTrainingSettings() throws {
        let (_, results) = try execute("```{swift}\nshow(ComputeSettings.current.keepsFreedMemory)\n```\n")
        XCTAssertEqual(results.failures, [])
        XCTAssertEqual(results.cells[0].events, [.value("true")])
    }

    func testCompileErrorPointsAtTheLessonLine() throws {
        let (_, results) = try execute("Intro.\n\n```{swift}\nlet a = 1\nlet b = missingName + a\n```\n")
        XCTAssertEqual(results.failures.count, 1)
        XCTAssertEqual(results.failures[0].location, "Lessons/05-engine.md:5:9")
        XCTAssertEqual(results.failures[0].message, "cannot find 'missingName' in scope")
        XCTAssertEqual(results.cells[0].error, "Lessons/05-engine.md:5:9: error: cannot find 'missingName' in scope")
    }

    func testCrashKeepsEarlierOutputAndNamesTheCell() throws {
        let (_, results) = try execute("```{swift}\nprint(\"kept\")\n```\n\n```{swift}\nprint(\"also kept\")\nlet xs = [1]\nprint(xs[3])\n```\n\n```{swift}\nprint(\"never\")\n```\n")
        XCTAssertEqual(texts(results.cells[0]), "kept\n")
        XCTAssertEqual(texts(results.cells[1]), "also kept\n")
        XCTAssertFalse(results.cells[2].ran)
        XCTAssertEqual(results.failures.count, 1)
        XCTAssertEqual(results.failures[0].location, "Lessons/05-engine.md:8")
        XCTAssertTrue(results.failures[0].message.hasPrefix("cell 2 crashed at a failed runtime check"), results.failures[0].message)
    }

    func testFatalErrorNamesItsLine() throws {
        let (_, results) = try execute("```{swift}\nprint(\"one\")\nfatalError(\"the forger gave up\")\n```\n")
        XCTAssertEqual(results.failures.first?.location, "Lessons/05-engine.md:3")
        XCTAssertTrue(results.failures.first?.message.hasSuffix(": the forger gave up") ?? false)
        XCTAssertEqual(texts(results.cells[0]), "one\n")
    }

    func testGANCoreShapeErrorNamesBothShapesAndItsLine() throws {
        let (_, results) = try execute(
            "Text.\n\n```{swift}\nlet a = Tensor([[1, 2], [3, 4]])\nlet b = Tensor([[1, 2, 3]])\nprint(a.matmul(b))\n```\n")
        XCTAssertEqual(results.failures.first?.location, "Lessons/05-engine.md:6")
        XCTAssertTrue(results.failures.first?.message.hasSuffix(": matmul: shapes [2, 2] and [1, 3] do not fit") ?? false,
                      results.failures.first?.message ?? "no failure")
    }

    func testNearestNeighboursOfImagesOfAnotherSizeNamesBothWidthsAndTheLine() throws {
        let (_, results) = try execute(
            "```{swift}\nlet digits = DigitImages(count: 3, seed: 1)\nlet small = Tensor([[0, 1, 0]])\n"
                + "print(nearestNeighbours(of: small, in: digits.images))\n```\n")
        XCTAssertEqual(results.failures.first?.location, "Lessons/05-engine.md:4")
        XCTAssertTrue(results.failures.first?.message.hasSuffix(
            ": nearestNeighbours: samples have 3 values per row, the reference set 256") ?? false,
            results.failures.first?.message ?? "no failure")
    }

    func testForceUnwrapOfNilIsACrash() throws {
        let (_, results) = try execute("```{swift}\nlet missing: Int? = nil\nprint(missing!)\n```\n")
        XCTAssertEqual(results.failures.first?.location, "Lessons/05-engine.md:3")
    }

    func testCellThatNeverEndsIsStopped() throws {
        let started = Date()
        let (_, results) = try execute("```{swift}\n//| timeout: 1\nprint(\"started\")\nwhile true {}\n```\n")
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(results.failures.first?.location, "Lessons/05-engine.md:4")
        XCTAssertEqual(results.failures.first?.message, "cell 1 did not finish within 1 s and was stopped")
        XCTAssertEqual(texts(results.cells[0]), "started\n")
    }

    func testTimeLimitStopsTheChildrenACellStarted() throws {
        let marker = "37.\(Int.random(in: 100...999))"
        let (_, results) = try execute("""
        ```{swift}
        //| timeout: 1
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["\(marker)"]
        try child.run()
        while true {}
        ```
        """)
        XCTAssertEqual(results.failures.first?.message, "cell 1 did not finish within 1 s and was stopped")
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let survivors = processes.filter { entry in
            guard Int(entry) != nil, let commandLine = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return false }
            return String(decoding: commandLine, as: UTF8.self).contains(marker)
        }
        XCTAssertEqual(survivors, [], "the sleep started by the cell is still running")
    }

    func testFailedCheckFailsTheLessonAtItsLine() throws {
        let (_, results) = try execute("```{swift}\ncheck(1 + 1 == 2, \"sums\")\nexpectClose(0.5, 0.7, tolerance: 0.1)\n```\n")
        XCTAssertEqual(results.failures.map(\.location), ["Lessons/05-engine.md:3"])
        XCTAssertEqual(results.failures.first?.message, "check failed: 0.5 is not within 0.1 of 0.7 (off by 0.2)")
    }

    func testExpectedErrorsAreShownAndLaterCellsRun() throws {
        let (_, results) = try execute("""
        ```{swift}
        let n = 3
        ```

        ```{swift}
        //| error: expected
        let s: String = n
        ```

        ```{swift}
        //| error: expected
        let xs = [1]
        print(xs[n])
        ```

        ```{swift}
        print("after", n)
        ```
        """)
        XCTAssertEqual(results.failures, [])
        XCTAssertEqual(results.cells[1].error, "Lessons/05-engine.md:7:17: error: cannot convert value of type 'Int' to specified type 'String'")
        XCTAssertTrue(results.cells[2].error?.hasPrefix("cell 3 crashed") ?? false)
        XCTAssertEqual(texts(results.cells[3]), "after 3\n")
    }

    func testExpectedErrorThatDoesNotHappenIsAFailure() throws {
        let (_, results) = try execute("```{swift}\n//| error: expected\nlet fine = 1\n```\n")
        XCTAssertEqual(results.failures.first?.location, "Lessons/05-engine.md:1")
        XCTAssertEqual(results.failures.first?.message, "cell 1 is marked 'error: expected' but ran without error")
    }

    func testEvalFalseCellsDoNotRun() throws {
        let (_, results) = try execute("```{swift}\n//| eval: false\nfatalError()\n```\n\n```{swift}\nprint(\"ran\")\n```\n")
        XCTAssertEqual(results.failures, [])
        XCTAssertFalse(results.cells[0].ran)
        XCTAssertEqual(texts(results.cells[1]), "ran\n")
    }

    func testBadInlineExpressionIsACompileErrorOnItsLine() throws {
        let (_, results) = try execute("```{swift}\nlet m = 1\n```\n\nText.\nThe value `{swift} m.nothing` here.\n")
        XCTAssertEqual(results.failures.first?.file, "Lessons/05-engine.md")
        XCTAssertEqual(results.failures.first?.line, 6)
    }
}
