import DudaoCore
import Foundation

/// Checks a region's code against its name in the GB/T 2260 list the repository ships
/// (`Tools/data/zhejiang-divisions.csv`): a code copied from the wrong row files a county's
/// figures under another county, and nothing else would notice.
enum RegionNames {
    /// A warning in both languages when the code is a listed one and the name is not its name
    /// (either may carry the other: 杭州市余杭区 for 余杭区 is fine).
    static func mismatch(_ subject: Subject) -> String? {
        guard [.province, .city, .county].contains(subject.kind), let official = self.table[subject.code] else { return nil }
        let name = subject.name.trimmingCharacters(in: .whitespaces)
        guard !name.contains(official), !official.contains(name) else { return nil }
        return "warning: region code \(subject.code) is \(official) in GB/T 2260, but the input names it \(name); check the code\n"
            + "提示：行政区划代码 \(subject.code) 在 GB/T 2260 中为“\(official)”，输入中的名称为“\(name)”，请核对代码\n"
    }
}
