/// Small helpers for the benchmark's text columns.
extension String {
    func padding(_ width: Int) -> String {
        self.count >= width ? self : self + String(repeating: " ", count: width - self.count)
    }
}

extension Duration {
    var milliseconds: Double { self.seconds * 1000 }
}
