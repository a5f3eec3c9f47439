import Foundation
import TestSupport
import XCTest

/// The GitHub Actions workflow cannot run here, so its `lessons` commands are checked against the tool:
/// every subcommand it runs exists and takes every flag it passes.
final class WorkflowTests: XCTestCase {
    /// The `lessons` commands of the workflows' `run:` steps, with `${{ ... }}` expressions replaced by 1.
    static func lessonsCommands() throws -> [[String]] {
        let folder = TestSupport.packageRoot.appendingPathComponent(".github/workflows")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }
        var commands: [[String]] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                .replacing(#/\$\{\{[^}]*\}\}/#, with: "1")
            for match in text.matches(of: #/swift run lessons ([^\n#]*)/#) {
                commands.append(match.1.split(separator: " ").map(String.init))
            }
        }
        return commands
    }

    func testEveryLessonsCommandOfTheWorkflowExistsWithItsFlags() throws {
        let commands = try Self.lessonsCommands()
        XCTAssertTrue(commands.contains { $0.first == "verify" && $0.contains("--shard") && $0.contains("github") },
                      "the workflow verifies the lessons in shards with GitHub annotations: \(commands)")
        XCTAssertTrue(commands.contains { $0.first == "build" }, "the workflow builds the site")
        let course = TemporaryCourse(lessons: [:])
        for command in commands {
            let subcommand = try XCTUnwrap(command.first)
            let help = try course.lessons([subcommand, "--help"])
            XCTAssertEqual(help.status, 0, "'lessons \(subcommand)' does not exist: \(help.stderr)")
            for flag in command.dropFirst() where flag.hasPrefix("--") {
                XCTAssertTrue(help.stdout.contains(flag + " ") || help.stdout.contains(flag + "\n"),
                              "'lessons \(subcommand)' has no option \(flag)")
            }
        }
    }

    func testTheWorkflowsAreLinted() throws {
        let makefile = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        XCTAssertTrue(makefile.contains("scripts/lint-workflows.sh"), "make test runs actionlint on .github/workflows")
    }
}
