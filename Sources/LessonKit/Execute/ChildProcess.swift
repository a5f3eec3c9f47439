import Foundation
import Glibc

/// Runs a program in a process group of its own, its output sent to files, so that a time limit can stop
/// it together with every child it started.
struct ChildProcess {
    /// How a child process ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Stopped by us because the monitor asked for it (a time limit).
        case stopped
    }

    var executable: String
    var arguments: [String]
    var environment: [String: String] = ProcessInfo.processInfo.environment
    var standardOutput: String
    var standardError: String

    /// Starts the process and waits for it, calling `shouldStop` about every 20 ms; when it returns
    /// true the whole process group is killed.
    func run(shouldStop: () -> Bool = { false }) throws(UsageError) -> Termination {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw UsageError("cannot start '\(executable)': \(String(cString: strerror(status))); is it installed and on PATH?")
        }
        return wait(for: pid, shouldStop: shouldStop)
    }

    private func wait(for pid: pid_t, shouldStop: () -> Bool) -> Termination {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return .exited(-1) }
            if shouldStop() {
                // Children that left the group (Foundation's Process starts a new session) are found
                // by their parent links before the program dies and its children are re-parented.
                let family = Self.descendants(of: pid)
                kill(-pid, SIGKILL)
                for member in family { kill(member, SIGKILL) }
                waitpid(pid, &status, 0)
                return .stopped
            }
            usleep(20_000)
        }
        // The program is gone; make sure nothing it started lives on.
        kill(-pid, SIGKILL)
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// Every process descended from `root`, read from the parent links in `/proc`.
    static func descendants(of root: pid_t) -> [pid_t] {
        var parents: [pid_t: [pid_t]] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")")
            else { continue }
            // After the command name in parentheses: state, then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = pid_t(fields[1]) { parents[parent, default: []].append(pid) }
        }
        var found: [pid_t] = []
        var queue = [root]
        while let next = queue.popLast() {
            let children = parents[next] ?? []
            found += children
            queue += children
        }
        return found
    }
}
