/// Compares a fresh record of a lesson's results with its committed snapshot, section by section (one
/// section per cell), numbers within a relative tolerance, and describes each difference as a short
/// readable diff.
struct SnapshotComparison {
    /// One section that differs: its header and the diff lines (`- snapshot`, `+ this run`).
    struct Difference: Equatable {
        var header: String
        var diff: [String]
    }

    /// Numbers a and b are the same when |a - b| <= tolerance * max(|a|, |b|).
    var tolerance: Double
    /// At most twice this many changed lines are shown per section.
    var maxLines = 12

    /// The sections of `fresh` that differ from `snapshot`, in the order of `fresh` (sections only in the
    /// snapshot last).
    func differences(snapshot: String, fresh: String) -> [Difference] {
        let old = Self.sections(snapshot), new = Self.sections(fresh)
        var differences: [Difference] = []
        for (header, lines) in new {
            let before = old.first { $0.header == header }?.lines ?? []
            if let diff = diff(before, lines) { differences.append(Difference(header: header, diff: diff)) }
        }
        for (header, lines) in old where !new.contains(where: { $0.header == header }) {
            differences.append(Difference(header: header, diff: Array(lines.prefix(maxLines).map { "- " + $0 })))
        }
        return differences
    }

    /// The text split at `## ` headers; lines before the first header (the file's comment) are ignored.
    static func sections(_ text: String) -> [(header: String, lines: [String])] {
        var sections: [(header: String, lines: [String])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                sections.append((String(line), []))
            } else if !sections.isEmpty, !line.isEmpty {
                sections[sections.count - 1].lines.append(String(line))
            }
        }
        return sections
    }

    /// The changed lines, each removed line followed by the line that replaced it, or nil when none
    /// changed. Lines are matched by their longest common subsequence (numbers within the tolerance)
    /// between the common beginning and end.
    private func diff(_ old: [String], _ new: [String]) -> [String]? {
        var prefix = 0
        while prefix < old.count, prefix < new.count, same(old[prefix], new[prefix]) { prefix += 1 }
        if prefix == old.count && prefix == new.count { return nil }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              same(old[old.count - 1 - suffix], new[new.count - 1 - suffix]) { suffix += 1 }
        let removed = Array(old[prefix..<(old.count - suffix)]), added = Array(new[prefix..<(new.count - suffix)])
        var lines: [String] = []
        for (before, after) in hunks(removed, added) {
            for index in 0..<max(before.count, after.count) {
                if index < before.count { lines.append("- " + before[index]) }
                if index < after.count { lines.append("+ " + after[index]) }
            }
        }
        return lines.count > 2 * maxLines ? Array(lines.prefix(2 * maxLines)) + ["… \(lines.count - 2 * maxLines) more changed lines"] : lines
    }

    /// The runs of removed and added lines between the lines both have in common. Long sections are
    /// one run: matching them line by line would cost their product.
    private func hunks(_ old: [String], _ new: [String]) -> [([String], [String])] {
        guard old.count * new.count <= 250_000 else { return [(old, new)] }
        // common[i][j]: the length of the longest common subsequence of old[i...] and new[j...].
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = same(old[i], new[j]) ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var hunks: [([String], [String])] = []
        var current: ([String], [String]) = ([], [])
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, same(old[i], new[j]) {
                if !current.0.isEmpty || !current.1.isEmpty { hunks.append(current) }
                current = ([], [])
                i += 1
                j += 1
            } else if j < new.count, i == old.count || common[i][j + 1] >= common[i + 1][j] {
                current.1.append(new[j])
                j += 1
            } else {
                current.0.append(old[i])
                i += 1
            }
        }
        if !current.0.isEmpty || !current.1.isEmpty { hunks.append(current) }
        return hunks
    }

    /// Whether two lines are the same, numbers compared within the tolerance.
    func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let pattern = #/-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/#
        let numbersA = a.matches(of: pattern), numbersB = b.matches(of: pattern)
        guard numbersA.count == numbersB.count, !numbersA.isEmpty,
              a.replacing(pattern, with: "#") == b.replacing(pattern, with: "#")
        else { return false }
        for (x, y) in zip(numbersA, numbersB) {
            guard let u = Double(x.output), let v = Double(y.output) else { return false }
            if abs(u - v) > tolerance * max(abs(u), abs(v)) { return false }
        }
        return true
    }
}
