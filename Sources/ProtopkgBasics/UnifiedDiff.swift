/// `diff -u` output between two texts, by lines, with three lines of context: what
/// `protopkg format --diff` prints. The edit script is Myers' shortest one, so the hunks are
/// the ones `diff` itself would usually show.
public enum UnifiedDiff {
    enum Edit: Equatable { case keep, delete, insert }

    /// The hunks (`@@ -a,b +c,d @@` and their lines), or "" when the texts are equal. Headers
    /// (`--- a` / `+++ b`) are the caller's.
    public static func hunks(old: String, new: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        if a == b { return "" }
        let script = edits(a, b)
        var out = ""
        // Positions in a and b at each script step, to cut hunks with their context.
        var i = 0, j = 0
        var steps: [(Edit, Int, Int)] = []
        for e in script {
            steps.append((e, i, j))
            switch e {
            case .keep: i += 1; j += 1
            case .delete: i += 1
            case .insert: j += 1
            }
        }
        var k = 0
        while k < steps.count {
            guard steps[k].0 != .keep else { k += 1; continue }
            var start = k
            var kept = 0
            while start > 0 && steps[start - 1].0 == .keep && kept < context { start -= 1; kept += 1 }
            var end = k
            var run = 0
            while end < steps.count {
                if steps[end].0 == .keep {
                    run += 1
                    if run > 2 * context { break }
                } else {
                    run = 0
                }
                end += 1
            }
            // Trim trailing context to `context` lines.
            var last = end - 1
            var trailingKeeps = 0
            while last > k && steps[last].0 == .keep { trailingKeeps += 1; last -= 1 }
            last += min(trailingKeeps, context)
            let aStart = steps[start].1, bStart = steps[start].2
            var aCount = 0, bCount = 0
            var body = ""
            for s in steps[start...last] {
                switch s.0 {
                case .keep: aCount += 1; bCount += 1; body += " " + a[s.1]
                case .delete: aCount += 1; body += "-" + a[s.1]
                case .insert: bCount += 1; body += "+" + b[s.2]
                }
            }
            out += "@@ -\(range(aStart, aCount)) +\(range(bStart, bCount)) @@\n" + body
            k = last + 1
        }
        return out
    }

    static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    /// Lines with their newline; a last line without one gets diff's marker.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text {
            current.append(c)
            if c == "\n" {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current + "\n\\ No newline at end of file\n") }
        return out
    }

    /// Myers' shortest edit script on what lies between the common head and tail. Past
    /// `maxCost` edits (a file rewritten throughout) the middle is replaced as one block, which
    /// is still a correct diff, to keep memory bounded.
    static func edits(_ a: [String], _ b: [String], maxCost: Int = 1000) -> [Edit] {
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x0 = Array(a[head..<(a.count - tail)]), y0 = Array(b[head..<(b.count - tail)])
        let middle = myers(x0, y0, maxCost: maxCost)
            ?? Array(repeating: .delete, count: x0.count) + Array(repeating: .insert, count: y0.count)
        return Array(repeating: .keep, count: head) + middle + Array(repeating: .keep, count: tail)
    }

    static func myers(_ a: [String], _ b: [String], maxCost: Int) -> [Edit]? {
        let n = a.count, m = b.count
        let offset = n + m + 1
        var v = [Int](repeating: 0, count: 2 * offset + 2)
        // snapshots[d] holds v[-d...d] after round d.
        var snapshots: [[Int]] = []
        var found = false
        for d in 0...(n + m) {
            if d > maxCost { return nil }
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true }
            }
            snapshots.append(Array(v[(offset - d)...(offset + d)]))
            if found { break }
        }
        var script: [Edit] = []
        var x = n, y = m
        var d = snapshots.count - 1
        while d > 0 {
            let previous = snapshots[d - 1]
            func at(_ k: Int) -> Int { previous[k + d - 1] }
            let k = x - y
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                script.append(.keep)
                x -= 1; y -= 1
            }
            script.append(x == previousX ? .insert : .delete)
            x = previousX; y = previousY
            d -= 1
        }
        while x > 0 && y > 0 {
            script.append(.keep)
            x -= 1; y -= 1
        }
        return script.reversed()
    }
}
