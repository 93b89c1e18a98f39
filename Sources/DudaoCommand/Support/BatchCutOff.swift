import DudaoCore
import DudaoReport

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
    func message(_ error: DudaoError, language: Language = .zh) -> String {
        let l = language
        let notStored = self.total - self.stored.count
        var lines = [
            l.pick(
                "批量评估中断（\(error.code.name)：\(error.message)），已收到 \(self.answered.count)/\(self.total) 项："
                    + "已保存 \(self.stored.count) 项（上方逐项列出记录编号），未保存 \(notStored) 项",
                "the batch was cut off (\(error.code.name): \(error.message)) after \(self.answered.count) of \(self.total) items: "
                    + "\(self.stored.count) stored, each listed above with its record id; \(notStored) not stored"
            )
        ]
        if !self.answeredNotStored.isEmpty {
            lines.append(l.pick("  已答复但未保存：第 ", "  answered but not stored: inputs ") + Self.ranges(self.answeredNotStored.map { $0 + 1 }) + l.pick(" 项", ""))
        }
        if !self.unanswered.isEmpty {
            lines.append(l.pick("  未答复、未保存：第 ", "  not answered, not stored: inputs ") + Self.ranges(self.unanswered.map { $0 + 1 }) + l.pick(" 项", ""))
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
