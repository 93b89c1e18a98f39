/// Small SVG charts written out as text, so a report is one file that needs no script and
/// prints sharply. Every chart carries its title inside the SVG and as its accessible name.
public enum SVGChart {
    /// One bar: its label, its value, the text shown at its end and whether it falls short.
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        public var text: String
        public var short: Bool

        public init(label: String, value: Double, text: String, short: Bool = false) {
            self.label = label
            self.value = value
            self.text = text
            self.short = short
        }
    }

    static let ink = "#1f2933"
    static let pass = "#2f7d4f"
    static let fail = "#b23a3a"
    static let neutral = "#4a6fa5"
    static let grid = "#d5dbe1"

    /// Horizontal bars, one a row, with an optional reference line (a target or a limit).
    public static func horizontalBars(title: String, bars: [Bar], reference: (value: Double, label: String)? = nil, rowHeight: Double = 18) -> String {
        let labelWidth = 150.0
        let width = 640.0
        let plotWidth = width - labelWidth - 70
        let top = 34.0
        let height = top + Double(bars.count) * rowHeight + 24
        let maximum = max(bars.map(\.value).max() ?? 0, reference?.value ?? 0, 1e-9) * 1.05
        let minimum = min(bars.map(\.value).min() ?? 0, 0)
        let span = maximum - minimum
        func x(_ value: Double) -> Double { labelWidth + (value - minimum) / span * plotWidth }
        var body = self.titleText(title, x: width / 2)
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let barWidth = max(1, x(bar.value) - x(0))
            body += #"<text x="\#(labelWidth - 6)" y="\#(self.n(y + rowHeight * 0.7))" text-anchor="end" font-size="11">\#(XMLText.escape(bar.label))</text>"#
            body += #"<rect x="\#(self.n(x(0)))" y="\#(self.n(y + 2))" width="\#(self.n(barWidth))" height="\#(self.n(rowHeight - 5))" fill="\#(bar.short ? self.fail : self.neutral)"/>"#
            body += #"<text x="\#(self.n(x(0) + barWidth + 4))" y="\#(self.n(y + rowHeight * 0.7))" font-size="10">\#(XMLText.escape(bar.text))</text>"#
        }
        if let reference {
            let rx = x(reference.value)
            body += #"<line x1="\#(self.n(rx))" y1="\#(top - 4)" x2="\#(self.n(rx))" y2="\#(self.n(height - 20))" stroke="\#(self.fail)" stroke-dasharray="4 3"/>"#
            body += #"<text x="\#(self.n(rx))" y="\#(self.n(height - 6))" text-anchor="middle" font-size="10" fill="\#(self.fail)">\#(XMLText.escape(reference.label))</text>"#
        }
        return self.svg(title: title, width: width, height: height, body: body)
    }

    /// Vertical columns over labelled bins (a histogram of counts).
    public static func histogram(title: String, bins: [(label: String, count: Int)], xLabel: String, yLabel: String) -> String {
        let width = 640.0
        let height = 260.0
        let left = 46.0
        let bottom = height - 44
        let top = 40.0
        let plotWidth = width - left - 16
        let maximum = Double(max(bins.map(\.count).max() ?? 1, 1))
        let columnWidth = plotWidth / Double(max(bins.count, 1))
        var body = self.titleText(title, x: width / 2)
        body += #"<line x1="\#(left)" y1="\#(bottom)" x2="\#(width - 16)" y2="\#(bottom)" stroke="\#(self.ink)"/>"#
        for step in 0...4 {
            let value = maximum * Double(step) / 4
            let y = bottom - (bottom - top) * Double(step) / 4
            body += #"<line x1="\#(left)" y1="\#(self.n(y))" x2="\#(width - 16)" y2="\#(self.n(y))" stroke="\#(self.grid)"/>"#
            body += #"<text x="\#(left - 6)" y="\#(self.n(y + 4))" text-anchor="end" font-size="10">\#(self.n(value.rounded()))</text>"#
        }
        for (index, bin) in bins.enumerated() {
            let h = (bottom - top) * Double(bin.count) / maximum
            let x = left + Double(index) * columnWidth
            body += #"<rect x="\#(self.n(x + 2))" y="\#(self.n(bottom - h))" width="\#(self.n(columnWidth - 4))" height="\#(self.n(h))" fill="\#(self.neutral)"/>"#
            if bin.count > 0 {
                body += #"<text x="\#(self.n(x + columnWidth / 2))" y="\#(self.n(bottom - h - 3))" text-anchor="middle" font-size="10">\#(bin.count)</text>"#
            }
            body += #"<text x="\#(self.n(x + columnWidth / 2))" y="\#(self.n(bottom + 14))" text-anchor="middle" font-size="10">\#(XMLText.escape(bin.label))</text>"#
        }
        body += #"<text x="\#(self.n(left + plotWidth / 2))" y="\#(self.n(height - 8))" text-anchor="middle" font-size="11">\#(XMLText.escape(xLabel))</text>"#
        body += #"<text x="12" y="\#(self.n(top + (bottom - top) / 2))" text-anchor="middle" font-size="11" transform="rotate(-90 12 \#(self.n(top + (bottom - top) / 2)))">\#(XMLText.escape(yLabel))</text>"#
        return self.svg(title: title, width: width, height: height, body: body)
    }

    /// One point per school on a horizontal scale, with the standard as a line: who falls short.
    public static func strip(title: String, points: [(label: String, value: Double, short: Bool)], standard: Double?, format: (Double) -> String) -> String {
        let width = 640.0
        let rowHeight = 16.0
        let left = 150.0
        let plotWidth = width - left - 70
        let top = 34.0
        let height = top + Double(points.count) * rowHeight + 26
        let values = points.map(\.value) + (standard.map { [$0] } ?? [])
        let low = min(values.min() ?? 0, 0)
        let high = max(values.max() ?? 1, 1e-9) * 1.05
        func x(_ value: Double) -> Double { left + (value - low) / (high - low) * plotWidth }
        var body = self.titleText(title, x: width / 2)
        for (index, point) in points.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            body += #"<line x1="\#(left)" y1="\#(self.n(y))" x2="\#(self.n(left + plotWidth))" y2="\#(self.n(y))" stroke="\#(self.grid)"/>"#
            body += #"<text x="\#(left - 6)" y="\#(self.n(y + 4))" text-anchor="end" font-size="10">\#(XMLText.escape(point.label))</text>"#
            body += #"<circle cx="\#(self.n(x(point.value)))" cy="\#(self.n(y))" r="4" fill="\#(point.short ? self.fail : self.pass)"/>"#
            body += #"<text x="\#(self.n(left + plotWidth + 6))" y="\#(self.n(y + 4))" font-size="10">\#(XMLText.escape(format(point.value)))</text>"#
        }
        if let standard {
            let sx = x(standard)
            body += #"<line x1="\#(self.n(sx))" y1="\#(top - 4)" x2="\#(self.n(sx))" y2="\#(self.n(height - 22))" stroke="\#(self.fail)" stroke-dasharray="4 3"/>"#
            body += #"<text x="\#(self.n(sx))" y="\#(self.n(height - 8))" text-anchor="middle" font-size="10" fill="\#(self.fail)">标准 \#(XMLText.escape(format(standard)))</text>"#
        }
        return self.svg(title: title, width: width, height: height, body: body)
    }

    static func titleText(_ title: String, x: Double) -> String {
        #"<text x="\#(self.n(x))" y="20" text-anchor="middle" font-size="14" font-weight="bold">\#(XMLText.escape(title))</text>"#
    }

    static func svg(title: String, width: Double, height: Double, body: String) -> String {
        #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(self.n(width)) \#(self.n(height))" width="100%" role="img" aria-label="\#(XMLText.escape(title))" font-family="sans-serif" fill="\#(self.ink)"><title>\#(XMLText.escape(title))</title>\#(body)</svg>"#
    }

    /// A coordinate with at most one decimal, so the SVG stays small.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
