import Foundation

/// Runs `swiftc` and reports its diagnostics.
struct SwiftCompiler: Sendable {
    /// Flags every lesson program is compiled with; part of the cache key.
    static let programFlags = ["-O", "-swift-version", "6"]
    /// Flags the runtime libraries are compiled with; part of the cache key. As in Package.swift, they are
    /// compiled for this machine's CPU (GANCore's results are the same on every CPU, only faster here)
    /// and without errno, so square roots are vector instructions.
    static let libraryFlags = [
        "-O", "-wmo", "-parse-as-library", "-swift-version", "6", "-target-cpu", "native", "-Xcc", "-fno-math-errno",
    ]

    /// The compiler's self-description (`swiftc --version`), which changes with every toolchain.
    let version: String

    /// Asks the installed `swiftc` for its version; fails when no Swift toolchain is on PATH.
    /// Asking takes a noticeable part of a second, so the answer is remembered in `scratch` for as
    /// long as the compiler binary (path, size and modification time) stays the same.
    static func installed(scratch: URL) throws(UsageError) -> SwiftCompiler {
        let identity = executableIdentity()
        let remembered = scratch.appendingPathComponent("toolchain.txt")
        if let identity, let text = try? String(contentsOf: remembered, encoding: .utf8),
           text.hasPrefix(identity + "\n") {
            return SwiftCompiler(version: String(text.dropFirst(identity.count + 1)))
        }
        let result = try run(["--version"], scratch: scratch)
        guard result.succeeded else {
            throw UsageError("'swiftc --version' failed: \(result.output); is a Swift toolchain installed?")
        }
        let version = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        if let identity { try? (identity + "\n" + version).write(to: remembered, atomically: true, encoding: .utf8) }
        return SwiftCompiler(version: version)
    }

    /// Path, size and modification time of the `swiftc` found on PATH, or nil when there is none.
    private static func executableIdentity() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc").resolvingSymlinksInPath()
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: candidate.path),
                  let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
            else { continue }
            return "\(candidate.path) \(size) \(modified.timeIntervalSince1970)"
        }
        return nil
    }

    /// What one compiler run printed and whether it succeeded.
    struct Result {
        var succeeded: Bool
        var output: String
    }

    /// Compiles with the given arguments; output and errors are collected together.
    func compile(_ arguments: [String], scratch: URL) throws(UsageError) -> Result {
        try Self.run(arguments, scratch: scratch)
    }

    private static func run(_ arguments: [String], scratch: URL) throws(UsageError) -> Result {
        let log = scratch.appendingPathComponent("swiftc-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let process = ChildProcess(
            executable: "swiftc", arguments: arguments,
            standardOutput: log.path, standardError: log.path + ".err")
        defer { try? FileManager.default.removeItem(atPath: log.path + ".err") }
        let termination = try process.run()
        let output = ((try? String(contentsOf: log, encoding: .utf8)) ?? "")
            + ((try? String(contentsOfFile: log.path + ".err", encoding: .utf8)) ?? "")
        return Result(succeeded: termination == .exited(0), output: output)
    }
}
