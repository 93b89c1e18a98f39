import DudaoCore

/// What a batch cut off before its end (the daemon died, the connection broke) left behind:
/// which inputs were stored, which were answered without a record, and which got no answer.
///
/// The daemon commits each item's record before it sends the item, so an item received with a
/// record id is stored and every input without one is not: the user re-sends exactly those.
struct BatchCutOff {
    var total: Int
    /// Positions (0-based) of the inputs answered with a stored record.
    var stored: Set<Int>
    /// Positions of every input answered, stored or not.
    var answered: Set<Int>

    /// Positions of the inputs that got no answer at all.
    var unanswered: [Int] { (0..<self.total).filter { !self.answered.contains($0) } }

    /// Positions of the inputs answered without a record (an error, or a daemon keeping none).
    var answeredNotStored: [Int] { self.answered.subtracting(self.stored).sorted() }

    /// The summary written to standard error, after the items already listed there.
    func message(_ error: DudaoError) -> String {
        var lines = [
            "the batch was cut off (\(error.code.name): \(error.message)) after \(self.answered.count) of \(self.total) items: "
                + "\(self.stored.count) stored, each listed above with its record id; \(self.total - self.stored.count) not stored"
        ]
        if !self.answeredNotStored.isEmpty {
            lines.append("  answered but not stored: inputs \(Self.ranges(self.answeredNotStored.map { $0 + 1 }))")
        }
        if !self.unanswered.isEmpty {
            lines.append("  not answered, not stored: inputs \(Self.ranges(self.unanswered.map { $0 + 1 }))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `1–3, 7, 9–12`: sorted positions as ranges, so ten thousand unanswered inputs fit a line.
    static func ranges(_ positions: [Int]) -> String {
        var parts: [String] = []
        var index = positions.startIndex
        while index < positions.endIndex {
            var end = index
            while end + 1 < positions.endIndex, positions[end + 1] == positions[end] + 1 { end += 1 }
            parts.append(end == index ? "\(positions[index])" : "\(positions[index])–\(positions[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
