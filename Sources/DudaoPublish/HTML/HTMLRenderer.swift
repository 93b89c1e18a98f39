import Mustache

/// Renders a report's context through its Mustache template, with the shared page frame
/// (`{{> head}}`, `{{> foot}}`) available to every template. Values are HTML-escaped by
/// Mustache; `{{{…}}}` is used only for the SVG charts this target writes itself.
struct HTMLRenderer {
    let library: MustacheLibrary

    /// Parses the frame and one page template; a template that does not parse is a bug in this
    /// target, caught by its tests.
    init(page: String) {
        var library = MustacheLibrary()
        do {
            try library.register(LayoutTemplate.head, named: "head")
            try library.register(LayoutTemplate.foot, named: "foot")
            try library.register(page, named: "page")
        } catch {
            preconditionFailure("report template does not parse: \(error)")
        }
        self.library = library
    }

    /// - Parameter generator: Names the program and version that made the report, for its footer.
    func render(_ context: [String: Any], generator: String) -> String {
        var context = context
        context["generator"] = generator
        return self.library.render(context, withTemplate: "page") ?? ""
    }
}
