/// Any workbook as a page: one table a sheet.
enum TableTemplate {
    static let page = """
        {{> head}}
        <h1>{{title}}</h1>
        {{#sheets}}
        <h2>{{name}}</h2>
        <table>
        <thead><tr>{{#headers}}<th>{{.}}</th>{{/headers}}</tr></thead>
        <tbody>{{#rows}}<tr>{{#cells}}<td{{#number}} class="num"{{/number}}>{{text}}</td>{{/cells}}</tr>{{/rows}}</tbody>
        </table>
        {{/sheets}}
        {{> foot}}
        """
}
